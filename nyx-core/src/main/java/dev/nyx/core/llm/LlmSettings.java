package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;

/**
 * How calls to the language model behave, beyond what {@code llm.*} configures.
 *
 * @param timeout     how long one HTTP attempt may take
 * @param maxRetries  further attempts after a time-out, 429 or 5xx (langchain4j backs off between them)
 * @param temperature sampling temperature; low, since answers should be sober
 */
public record LlmSettings(Duration timeout, int maxRetries, double temperature) {
    public LlmSettings {
        requireNonNull(timeout, "timeout is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "LLM timeout must be positive, got " + timeout);
        }
        if (maxRetries < 0 || maxRetries > 5) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "LLM maxRetries must be between 0 and 5, got " + maxRetries);
        }
        if (temperature < 0 || temperature > 2) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "LLM temperature must be between 0 and 2, got " + temperature);
        }
    }

    /** 60 s per attempt, 2 retries, temperature 0.3. */
    public static LlmSettings defaults() {
        return new LlmSettings(Duration.ofSeconds(60), 2, 0.3);
    }
}
