package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;

/**
 * One chat call: a system prompt, one user message and a cap on the reply's length.
 *
 * @param systemPrompt    how the model must behave; written by Nyx, never from a web page
 * @param userPrompt      the task, with untrusted text wrapped as data
 * @param maxOutputTokens the most tokens the reply may take
 */
public record LlmRequest(String systemPrompt, String userPrompt, int maxOutputTokens) {
    public LlmRequest {
        requireNonNull(systemPrompt, "systemPrompt is null");
        requireNonNull(userPrompt, "userPrompt is null");
        if (userPrompt.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "LLM user prompt is blank; give the model a task");
        }
        if (maxOutputTokens <= 0) {
            throw new NyxException(ErrorCode.INVALID_INPUT,
                    "maxOutputTokens must be positive, got " + maxOutputTokens);
        }
    }

    /** Both prompts, as they are sent (for safety checks). */
    public String fullText() {
        return systemPrompt + "\n" + userPrompt;
    }

    /** Prompts may hold profile facts: only their sizes are printed. */
    @Override
    public String toString() {
        return "LlmRequest[system=" + systemPrompt.length() + " chars, user=" + userPrompt.length()
                + " chars, maxOutputTokens=" + maxOutputTokens + "]";
    }
}
