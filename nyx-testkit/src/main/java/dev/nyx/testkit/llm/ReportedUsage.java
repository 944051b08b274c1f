package dev.nyx.testkit.llm;

/**
 * The {@code usage} the {@link OpenAiCompatibleServer} reported with one completion.
 *
 * @param promptTokens     {@code prompt_tokens}
 * @param completionTokens {@code completion_tokens}
 */
public record ReportedUsage(int promptTokens, int completionTokens) {
    public ReportedUsage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /** {@code total_tokens}. */
    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
