package dev.nyx.core.captcha;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.ApplicationStatus;
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
 */
public record CaptchaGateResult(List<CaptchaSolution> solutions, Optional<ApplicationStatus> stopAs, String reason,
                                BigDecimal costUsd) {
    public CaptchaGateResult {
        solutions = List.copyOf(requireNonNull(solutions, "solutions is null"));
        requireNonNull(stopAs, "stopAs is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(costUsd, "costUsd is null");
    }

    /** Whether the page may be submitted. */
    public boolean passed() {
        return stopAs.isEmpty();
    }
}
