package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.nyx.core.llm.internal.LlmErrors;
import dev.nyx.model.TokenUsage;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request to the configured chat model and returns the reply with the tokens from the
 * response's {@code usage} and their cost from the {@link PriceTable}. Tokens are never estimated:
 * a response without {@code usage} fails the call.
 *
 * <p>Built by {@link LlmClients}; called by the answer engine's LLM stage. Thread-safe (the
 * underlying langchain4j model is). Refuses a prompt that contains the API key
 * ({@link ErrorCode#UNSAFE_PROMPT}); callers check profile values themselves with
 * {@code SensitiveValues}. Failures are {@link NyxException}s: {@link ErrorCode#RATE_LIMITED},
 * {@link ErrorCode#TIMEOUT} and {@link ErrorCode#NETWORK} are retryable (after langchain4j's own
 * retries); a rejected key is {@link ErrorCode#INVALID_CONFIGURATION} naming {@code llm.apiKey}.
 * Logs sizes and token counts, never prompts or replies.
 */
public final class LlmClient {
    private static final Logger LOG = LoggerFactory.getLogger(LlmClient.class);

    private final ChatModel chatModel;
    private final String model;
    private final PriceTable prices;
    private final Optional<String> apiKey;

    public LlmClient(ChatModel chatModel, String model, PriceTable prices, Optional<String> apiKey) {
        this.chatModel = requireNonNull(chatModel, "chatModel is null");
        this.model = requireNonNull(model, "model is null");
        this.prices = requireNonNull(prices, "prices is null");
        this.apiKey = requireNonNull(apiKey, "apiKey is null").filter(key -> !key.isBlank());
    }

    /** The model name sent with every request. */
    public String model() {
        return model;
    }

    /** The price table costs are computed with. */
    public PriceTable prices() {
        return prices;
    }

    /** Secrets that must never appear in a prompt (the API key), for callers building their own checks. */
    public List<String> secrets() {
        return apiKey.map(List::of).orElse(List.of());
    }

    /** Sends the request; see the class comment for what it throws. */
    public LlmReply chat(LlmRequest request) {
        requireNonNull(request, "request is null");
        if (apiKey.isPresent() && request.fullText().contains(apiKey.get())) {
            throw new NyxException(ErrorCode.UNSAFE_PROMPT,
                    "refused to send a prompt that contains the LLM API key; this is a bug in the prompt builder");
        }
        ChatRequest chatRequest = ChatRequest.builder()
                .messages(List.of(SystemMessage.from(request.systemPrompt()), UserMessage.from(request.userPrompt())))
                .maxOutputTokens(request.maxOutputTokens())
                .build();
        ChatResponse response;
        try {
            response = chatModel.chat(chatRequest);
        } catch (RuntimeException failure) {
            throw LlmErrors.translate(failure, model);
        }
        dev.langchain4j.model.output.TokenUsage usage = response.tokenUsage();
        if (usage == null || usage.inputTokenCount() == null || usage.outputTokenCount() == null) {
            throw new NyxException(ErrorCode.LLM_REQUEST_REJECTED, "the LLM endpoint answered without 'usage' token"
                    + " counts; Nyx needs an OpenAI-compatible endpoint that reports usage to account for cost");
        }
        TokenUsage tokens = new TokenUsage(usage.inputTokenCount(), usage.outputTokenCount());
        BigDecimal cost = prices.cost(model, tokens);
        String text = response.aiMessage() == null || response.aiMessage().text() == null ? ""
                : response.aiMessage().text().strip();
        LOG.debug("LLM call to {}: prompt {} chars, reply {} chars, tokens {}+{}, cost {} USD", model,
                request.fullText().length(), text.length(), tokens.input(), tokens.output(), cost.toPlainString());
        return new LlmReply(text, model, tokens, cost);
    }
}
