package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.captcha.CaptchaGate;
import dev.nyx.core.captcha.CaptchaGateResult;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaSolution;
import dev.nyx.model.EventType;
import dev.nyx.spi.CaptchaPass;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.core.storage.ApplicationPatch;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CAPTCHA gate inside one application run. Before the submit click ({@link #beforeClick}) it
 * solves what the page shows, moving {@code FILLING → AWAITING_CAPTCHA}, or stops the application
 * with the gate's status and reason before any claim is taken; a dry run only notes what it finds.
 * After the click ({@link #afterClick}, reached through {@code ApplyContext.passCaptchas()}) it
 * solves what the click brought up and returns the result to the adapter, which throws its refusal
 * ({@code CAPTCHA_UNSOLVED}) for the run to record. Every pass adds its cost to the application and stores one
 * {@link EventType#CAPTCHA} event (kinds, solvers, cost; never a token).
 *
 * <p>One per application run; used by the run's thread (and the adapter's guarded call, which the
 * run's thread waits for); not thread-safe.
 */
final class CaptchaStep {
    private final PipelineParts parts;
    private final ApplicationTracker tracker;
    private final PageContext context;
    private final boolean dryRun;
    private final OutcomeBuilder outcome;

    CaptchaStep(PipelineParts parts, ApplicationTracker tracker, PageContext context, boolean dryRun,
                OutcomeBuilder outcome) {
        this.parts = requireNonNull(parts, "parts is null");
        this.tracker = requireNonNull(tracker, "tracker is null");
        this.context = requireNonNull(context, "context is null");
        this.dryRun = dryRun;
        this.outcome = requireNonNull(outcome, "outcome is null");
    }

    /**
     * Solves the CAPTCHAs the filled page shows before the click (not the invisible reCAPTCHA v2: see
     * {@link CaptchaGate#solvableBeforeClick}). In a dry run it only notes them and pays nothing.
     *
     * @return whether the application may go on to the submission; when not, it has been moved to
     *         the gate's status ({@code NEEDS_INPUT} or {@code FAILED}) with the gate's reason
     */
    boolean beforeClick() {
        List<CaptchaChallenge> found = parts.captchaGate.detect(context.page());
        List<CaptchaChallenge> now = found.stream().filter(CaptchaGate::solvableBeforeClick).toList();
        if (found.size() > now.size()) {
            tracker.note(kindsOf(found.stream().filter(challenge -> !now.contains(challenge)).toList())
                    + " runs when the form is submitted: solved after the click if it shows a challenge");
        }
        if (now.isEmpty()) {
            return true;
        }
        if (dryRun) {
            tracker.note(EventType.CAPTCHA, "Dry run: the page has a " + kindsOf(now) + " CAPTCHA; no solver was"
                    + " asked", Map.of("when", "before-click", "kinds", kindsOf(now), "result", "not solved (dry run)"));
            return true;
        }
        if (tracker.status() != ApplicationStatus.AWAITING_CAPTCHA) {
            tracker.move(ApplicationStatus.AWAITING_CAPTCHA, Optional.of("the page has a " + kindsOf(now)
                    + " CAPTCHA"), false);
        }
        CaptchaGateResult result = parts.captchaGate.pass(context.page(), screenshotFile("captcha"), spentSoFar(),
                CaptchaGate::solvableBeforeClick);
        record(result, "before-click");
        if (result.passed()) {
            return true;
        }
        ApplicationStatus stopAs = result.stopAs().orElseThrow();
        tracker.move(stopAs, Optional.of(result.reason()), false);
        String reason = tracker.application().failureReason().orElse(result.reason());
        outcome.reason(reason);
        if (stopAs == ApplicationStatus.FAILED) {
            outcome.failure(ApplyOutcome.Failure.of(ErrorCode.CAPTCHA_UNSOLVED, reason));
        }
        return false;
    }

    /**
     * Solves what the submit click brought up. The application stays {@code SUBMITTING}: the claim
     * is taken and the click happened, so whatever follows is decided by the submit's outcome.
     *
     * @return whether every challenge now on the page was solved, and why not
     */
    CaptchaPass afterClick() {
        CaptchaGateResult result = parts.captchaGate.pass(context.page(), screenshotFile("captcha-after-click"),
                spentSoFar(), challenge -> true);
        record(result, "after-click");
        return result.passed() ? CaptchaPass.clearedPass() : CaptchaPass.refused(result.reason());
    }

    private void record(CaptchaGateResult result, String when) {
        if (result.costUsd().signum() > 0) {
            parts.applications.update(tracker.id(), ApplicationPatch.none().addingCaptchaSpend(result.costUsd()));
        }
        if (result.handled().isEmpty()) {
            tracker.note(EventType.CAPTCHA, "No CAPTCHA on the page " + when.replace('-', ' '),
                    Map.of("when", when, "result", "none"));
            return;
        }
        String solvers = result.solutions().stream().map(CaptchaSolution::solver).collect(Collectors.joining(","));
        String message = result.passed()
                ? "Solved the " + kindsOf(result.handled()) + " CAPTCHA " + when.replace('-', ' ') + " with "
                        + solvers + " for " + result.costUsd().toPlainString() + " USD"
                : "No solver cleared the " + kindsOf(result.handled()) + " CAPTCHA " + when.replace('-', ' ')
                        + " (" + result.costUsd().toPlainString() + " USD spent)";
        tracker.note(EventType.CAPTCHA, message, Map.of("when", when, "kinds", kindsOf(result.handled()),
                "solvers", solvers, "costUsd", result.costUsd().toPlainString(),
                "result", result.passed() ? "solved" : "stopped as " + result.stopAs().orElseThrow()));
    }

    private BigDecimal spentSoFar() {
        return tracker.reload().captchaCostUsd();
    }

    private Path screenshotFile(String name) {
        Path folder = context.evidenceDirectory();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.STORAGE_FAILURE, "cannot create the evidence folder '" + folder
                    + "': check that the data directory is writable", e);
        }
        return folder.resolve(name + "-" + parts.clock.millis() + ".png");
    }

    private static String kindsOf(List<CaptchaChallenge> challenges) {
        return challenges.stream().map(challenge -> challenge.kind().name()
                        + (challenge.invisible() ? " (invisible)" : "")).distinct()
                .collect(Collectors.joining(", "));
    }
}
