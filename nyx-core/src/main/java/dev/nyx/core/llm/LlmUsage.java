package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.TokenUsage;
import java.math.BigDecimal;

/**
 * What language-model calls cost, summed: per answer, per application or per session.
 *
 * @param calls   chat calls made (each successful response counts once; retries inside a call do not)
 * @param tokens  tokens from the responses' {@code usage}
 * @param costUsd USD from the price table
 */
public record LlmUsage(long calls, TokenUsage tokens, BigDecimal costUsd) {
    public static final LlmUsage NONE = new LlmUsage(0, TokenUsage.NONE, BigDecimal.ZERO);

    public LlmUsage {
        requireNonNull(tokens, "tokens is null");
        requireNonNull(costUsd, "costUsd is null");
        if (calls < 0 || costUsd.signum() < 0) {
            throw new IllegalArgumentException("calls and cost must not be negative");
        }
    }

    public LlmUsage plus(LlmUsage other) {
        requireNonNull(other, "other is null");
        return new LlmUsage(calls + other.calls, tokens.plus(other.tokens), costUsd.add(other.costUsd));
    }
}
