package dev.nyx.model;

/** Language-model tokens as reported by the provider's {@code usage}, never estimated. */
public record TokenUsage(long input, long output) {
    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (input < 0 || output < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(input + other.input, output + other.output);
    }

    public long total() {
        return input + output;
    }
}
