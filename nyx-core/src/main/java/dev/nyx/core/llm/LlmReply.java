package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.TokenUsage;
import java.math.BigDecimal;

/**
 * The model's reply to one {@link LlmRequest}.
 *
 * @param text    the reply text, stripped
 * @param model   the model that answered (as configured)
 * @param tokens  input and output tokens from the response's {@code usage}
 * @param costUsd the price table applied to {@code tokens}
 */
public record LlmReply(String text, String model, TokenUsage tokens, BigDecimal costUsd) {
    public LlmReply {
        requireNonNull(text, "text is null");
        requireNonNull(model, "model is null");
        requireNonNull(tokens, "tokens is null");
        requireNonNull(costUsd, "costUsd is null");
    }

    /** What this call cost, as one {@link LlmUsage}. */
    public LlmUsage usage() {
        return new LlmUsage(1, tokens, costUsd);
    }

    /** The reply may quote profile facts: only its size is printed. */
    @Override
    public String toString() {
        return "LlmReply[" + text.length() + " chars, model=" + model + ", tokens=" + tokens + ", costUsd="
                + costUsd.toPlainString() + "]";
    }
}
