package dev.nyx.core.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A hand-written {@link ChatModel} for unit tests: replies with a function of the user message,
 * reports fixed usage per call, records the prompts, and can throw instead.
 */
public final class FakeChatModel implements ChatModel {
    private final Function<String, String> replies;
    private final int inputTokens;
    private final int outputTokens;
    private final List<String> prompts = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;
    private volatile boolean withoutUsage;

    public FakeChatModel(Function<String, String> replies, int inputTokens, int outputTokens) {
        this.replies = replies;
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
    }

    public static FakeChatModel replying(String text) {
        return new FakeChatModel(user -> text, 100, 20);
    }

    public FakeChatModel failingWith(RuntimeException exception) {
        this.failure = exception;
        return this;
    }

    public FakeChatModel withoutUsage() {
        this.withoutUsage = true;
        return this;
    }

    /** System and user prompt of every call, joined by a newline. */
    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        StringBuilder text = new StringBuilder();
        String user = "";
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage system) {
                text.append(system.text()).append('\n');
            } else if (message instanceof UserMessage userMessage) {
                user = userMessage.singleText();
                text.append(user);
            }
        }
        prompts.add(text.toString());
        if (failure != null) {
            throw failure;
        }
        ChatResponse.Builder response = ChatResponse.builder().aiMessage(AiMessage.from(replies.apply(user)));
        if (!withoutUsage) {
            response.tokenUsage(new TokenUsage(inputTokens, outputTokens));
        }
        return response.build();
    }
}
