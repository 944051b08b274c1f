package dev.nyx.testkit.llm;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A chat-completions request as the {@link OpenAiCompatibleServer} received it, whether it was
 * answered, failed on purpose or timed out.
 *
 * @param model         the {@code model} field
 * @param messages      the messages in order
 * @param authorization the {@code Authorization} header, if sent
 * @param maxTokens     {@code max_completion_tokens} or {@code max_tokens}, if sent
 * @param body          the raw JSON body
 * @param receivedAt    when it arrived (the server's clock)
 */
public record RecordedChatRequest(String model, List<RecordedMessage> messages, Optional<String> authorization,
                                  Optional<Integer> maxTokens, String body, Instant receivedAt) {
    public RecordedChatRequest {
        requireNonNull(model, "model is null");
        messages = List.copyOf(messages);
        requireNonNull(authorization, "authorization is null");
        requireNonNull(maxTokens, "maxTokens is null");
        requireNonNull(body, "body is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }

    /** The last {@code user} message, or empty text when there is none. */
    public String lastUserMessage() {
        for (int index = messages.size() - 1; index >= 0; index--) {
            if (messages.get(index).role().equals("user")) {
                return messages.get(index).content();
            }
        }
        return "";
    }

    /** The {@code system} messages joined. */
    public String systemPrompt() {
        return messages.stream().filter(message -> message.role().equals("system")).map(RecordedMessage::content)
                .collect(Collectors.joining("\n"));
    }

    /** Every message's text, joined: what a prompt scan must look at. */
    public String promptText() {
        return messages.stream().map(RecordedMessage::content).collect(Collectors.joining("\n"));
    }
}
