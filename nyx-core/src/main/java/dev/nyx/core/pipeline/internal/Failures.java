package dev.nyx.core.pipeline.internal;

import com.microsoft.playwright.TimeoutError;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.Optional;

/** Turns whatever a step threw into a redacted {@link ApplyOutcome.Failure}. Stateless. */
final class Failures {
    private Failures() {
    }

    /**
     * The failure for a throwable: a {@link NyxException} keeps its code, except that a guarded call
     * that failed on a browser time-out is reported as {@link ErrorCode#TIMEOUT} (retryable, not a
     * plugin bug); anything else is {@link ErrorCode#INTERNAL}. A plugin's own code
     * ({@code ErrorCodeSupplier}) is recorded as the host code it refines, its name leading the reason.
     */
    static ApplyOutcome.Failure of(Throwable thrown, SensitiveValues sensitive) {
        return of(thrown, sensitive, Optional.empty());
    }

    /** Like {@link #of(Throwable, SensitiveValues)}; a time-out's message starts with the step it happened in. */
    static ApplyOutcome.Failure of(Throwable thrown, SensitiveValues sensitive, Optional<String> step) {
        ErrorCode code = thrown instanceof NyxException nyx ? nyx.code() : ErrorCode.INTERNAL;
        if (code == ErrorCode.PLUGIN_FAILED && causedByTimeout(thrown)) {
            code = ErrorCode.TIMEOUT;
        }
        String message = thrown.getMessage() != null ? thrown.getMessage() : thrown.getClass().getSimpleName();
        if (thrown instanceof NyxException nyx && nyx.errorCode() != nyx.code()) {
            message = nyx.errorCode().name() + ": " + message;
        }
        if (code == ErrorCode.TIMEOUT && step.isPresent()) {
            message = ApplyOutcome.timedOutPhrase(step.get()) + ": " + message;
        }
        return ApplyOutcome.Failure.of(code, sensitive.redact(firstLines(message)));
    }

    private static boolean causedByTimeout(Throwable thrown) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (current instanceof TimeoutError) {
                return true;
            }
        }
        return false;
    }

    // Playwright appends call logs to its messages; keep reasons short and readable
    private static String firstLines(String message) {
        String[] lines = message.strip().split("\\R");
        StringBuilder kept = new StringBuilder();
        for (int index = 0; index < lines.length && index < 3; index++) {
            if (index > 0) {
                kept.append(' ');
            }
            kept.append(lines[index].strip());
        }
        return kept.length() > 1000 ? kept.substring(0, 1000) + "…" : kept.toString();
    }
}
