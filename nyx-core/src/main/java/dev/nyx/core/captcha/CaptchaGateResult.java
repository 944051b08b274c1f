package dev.nyx.core.captcha;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaSolution;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What one pass of the {@link CaptchaGate} ended with.
 *
 * @param solutions what solved each challenge on the page (empty when there was none)
 * @param stopAs    empty when the page may be submitted; otherwise the status the application must
 *                  take: {@link ApplicationStatus#NEEDS_INPUT} (a hand-off is configured) or
 *                  {@link ApplicationStatus#FAILED}
 * @param reason    why it stopped, with every solver's error (codes included); empty when not stopped
 * @param costUsd   what the solvers charged in this pass (to add to the application's cost)
 * @param handled   the challenges this pass solved or stopped at, in page order (empty when there was none)
 */
public record CaptchaGateResult(List<CaptchaSolution> solutions, Optional<ApplicationStatus> stopAs, String reason,
                                BigDecimal costUsd, List<CaptchaChallenge> handled) {
    public CaptchaGateResult {
        solutions = List.copyOf(requireNonNull(solutions, "solutions is null"));
        requireNonNull(stopAs, "stopAs is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(costUsd, "costUsd is null");
        handled = List.copyOf(requireNonNull(handled, "handled is null"));
    }

    /** A pass that found nothing to solve. */
    public static CaptchaGateResult nothingToSolve() {
        return new CaptchaGateResult(List.of(), Optional.empty(), "", BigDecimal.ZERO, List.of());
    }

    /** Whether the page may be submitted. */
    public boolean passed() {
        return stopAs.isEmpty();
    }
}
