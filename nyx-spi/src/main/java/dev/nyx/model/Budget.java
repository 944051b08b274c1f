package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * What one application may spend.
 *
 * @param maxTokens    language-model tokens (input + output)
 * @param maxCostUsd   language-model and solver cost
 * @param coverLetter  whether a cover letter is written
 * @param llmReview    whether a language model reviews the answers before submit
 */
public record Budget(long maxTokens, BigDecimal maxCostUsd, boolean coverLetter, boolean llmReview) {
    public Budget {
        requireNonNull(maxCostUsd, "maxCostUsd is null");
        if (maxTokens < 0 || maxCostUsd.signum() < 0) {
            throw new IllegalArgumentException("budget must not be negative");
        }
    }

    /** No language model, no cover letter. */
    public static Budget none() {
        return new Budget(0, BigDecimal.ZERO, false, false);
    }
}
