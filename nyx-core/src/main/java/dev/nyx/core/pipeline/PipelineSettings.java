package dev.nyx.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;

/**
 * Tunables of the apply pipeline. Bound by the {@link PipelineModule}: the re-post window from
 * {@code matching.sameJobWindow}, the rest from {@link #defaults()}; a host overrides them with
 * {@code Nyx.builder().module(binder -> binder.bind(PipelineSettings.class).toInstance(...))}.
 *
 * @param repostWindow   how far back a posting of the same company with the same (normalised)
 *                       title counts as the same role re-posted
 * @param recoveryMargin how many times the longest step (browser step or plugin call time-out) an
 *                       application may sit in {@code SUBMITTING} before recovery decides its
 *                       process died; must exceed 1 so a live worker in another JVM is never flipped
 */
public record PipelineSettings(Duration repostWindow, int recoveryMargin) {
    public PipelineSettings {
        requireNonNull(repostWindow, "repostWindow is null");
        if (repostWindow.isNegative()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "repostWindow is " + repostWindow
                    + ": use zero (no re-post detection) or a positive duration such as P30D");
        }
        if (recoveryMargin < 2) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "recoveryMargin is " + recoveryMargin
                    + ": use 2 or more, so a submission still running in another process is never taken for dead");
        }
    }

    /** 30 days re-post window, recovery after 3 × the longest step time-out. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(Duration.ofDays(30), 3);
    }
}
