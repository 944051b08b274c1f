package dev.nyx.core.captcha;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaSolution;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.CaptchaDetector;
import dev.nyx.spi.support.CaptchaInjector;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CAPTCHA gate: detects CAPTCHAs on a page, asks the {@link CaptchaSolver} extensions in the
 * configured order (each call behind the {@link PluginGuard}) within a total time and cost budget,
 * and injects the token. When every solver fails, the application stops as
 * {@link ApplicationStatus#NEEDS_INPUT} if a hand-off is configured, else as
 * {@link ApplicationStatus#FAILED}, with every solver's error (and so the services' codes) in the reason.
 *
 * <p>Called by the pipeline before the submit click and again when a challenge appears after it.
 * Thread-safe (no mutable state; one thread per {@link Page} at a time). Solver failures never
 * escape: they become the result. The solvers guarantee that keys and tokens are not in their
 * messages; the gate never logs tokens.
 */
public final class CaptchaGate {
    private static final Logger LOG = LoggerFactory.getLogger(CaptchaGate.class);

    private final Map<String, CaptchaSolver> solversByName;
    private final PluginGuard guard;
    private final Clock clock;
    private final CaptchaGateSettings settings;
    private final CaptchaDetector detector = new CaptchaDetector();
    private final CaptchaInjector injector = new CaptchaInjector();

    @Inject
    public CaptchaGate(Set<CaptchaSolver> solvers, PluginGuard guard, Clock clock, CaptchaGateSettings settings) {
        requireNonNull(solvers, "solvers is null");
        this.solversByName = solvers.stream()
                .collect(Collectors.toUnmodifiableMap(CaptchaSolver::name, Function.identity(), (first, second) -> first));
        this.guard = requireNonNull(guard, "guard is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * Detects, solves and injects every CAPTCHA on {@code page}; a page without one passes at once.
     *
     * @param screenshotFile where to save the page's screenshot for a human hand-off
     */
    public CaptchaGateResult pass(Page page, Path screenshotFile) {
        return pass(page, screenshotFile, BigDecimal.ZERO, challenge -> true);
    }

    /**
     * Detects the CAPTCHAs on {@code page} and solves and injects the ones {@code solveNow} accepts
     * (e.g. {@link #solvableBeforeClick}), stopping at the first that no solver clears.
     *
     * @param screenshotFile where to save the page's screenshot for a human hand-off
     * @param spentUsd       what the application already spent on CAPTCHAs (counts against the budget)
     * @param solveNow       which of the detected challenges to solve in this pass
     */
    public CaptchaGateResult pass(Page page, Path screenshotFile, BigDecimal spentUsd,
                                  Predicate<CaptchaChallenge> solveNow) {
        requireNonNull(page, "page is null");
        requireNonNull(spentUsd, "spentUsd is null");
        requireNonNull(solveNow, "solveNow is null");
        List<CaptchaChallenge> challenges = detector.detect(page, screenshotFile).stream().filter(solveNow).toList();
        List<CaptchaSolution> solutions = new ArrayList<>();
        List<CaptchaChallenge> handled = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (CaptchaChallenge challenge : challenges) {
            handled.add(challenge);
            CaptchaGateResult solved = solve(challenge, spentUsd.add(cost));
            cost = cost.add(solved.costUsd());
            if (!solved.passed()) {
                return new CaptchaGateResult(solutions, solved.stopAs(), solved.reason(), cost, handled);
            }
            CaptchaSolution solution = solved.solutions().get(0);
            if (solution.hasToken()) {
                injector.inject(page, challenge, solution);
            }
            solutions.add(solution);
        }
        return new CaptchaGateResult(solutions, Optional.empty(), "", cost, handled);
    }

    /** The CAPTCHAs on {@code page}, found without solving anything (a dry run notes them). */
    public List<CaptchaChallenge> detect(Page page) {
        return detector.detect(requireNonNull(page, "page is null"));
    }

    /**
     * Whether a challenge may be solved before the submit click. Not an invisible widget (the invisible
     * reCAPTCHA v2, the invisible hCaptcha Lever runs on submit): its callback usually submits the form
     * itself, so injecting its token before the click would send the application before
     * {@code SUBMITTING} is stored; it is solved after the click, when the page shows its challenge.
     */
    public static boolean solvableBeforeClick(CaptchaChallenge challenge) {
        return !challenge.invisible();
    }

    /** Asks the solvers in order for one challenge; {@code spentUsd} is what this application already spent. */
    public CaptchaGateResult solve(CaptchaChallenge challenge, BigDecimal spentUsd) {
        requireNonNull(challenge, "challenge is null");
        requireNonNull(spentUsd, "spentUsd is null");
        Instant deadline = clock.instant().plus(settings.totalTimeout());
        List<String> failures = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (String name : settings.order()) {
            CaptchaSolver solver = solversByName.get(name);
            if (solver == null || !solver.isEnabled() || !solver.kinds().contains(challenge.kind())) {
                continue;
            }
            if (!clock.instant().isBefore(deadline)) {
                failures.add("out of time (captcha.totalTimeout " + settings.totalTimeout() + ") before " + name);
                break;
            }
            if (spentUsd.add(cost).compareTo(settings.maxCostUsd()) >= 0) {
                failures.add("cost budget of " + settings.maxCostUsd() + " USD spent before " + name);
                break;
            }
            try {
                CaptchaSolution solution = guard.call(solver, name, () -> solver.solve(challenge));
                cost = cost.add(solution.costUsd());
                LOG.info("{} solved the {} CAPTCHA on {} (cost {} USD)", name, challenge.kind(),
                        challenge.pageUrl().getHost(), solution.costUsd());
                return new CaptchaGateResult(List.of(solution), Optional.empty(), "", cost, List.of(challenge));
            } catch (NyxException failed) {
                LOG.info("solver {} failed on the {} CAPTCHA: {}", name, challenge.kind(), failed.getMessage());
                failures.add(name + ": " + failed.code() + " " + failed.getMessage());
            }
        }
        boolean handoff = settings.handoff().map(solversByName::get).filter(CaptchaSolver::isEnabled).isPresent();
        String reason = "no solver cleared the " + challenge.kind() + " CAPTCHA on " + challenge.pageUrl() + ": "
                + (failures.isEmpty() ? "no enabled solver handles it (configure a key, e.g. plugins.settings.captcha.2captcha.key or NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY)"
                : String.join("; ", failures));
        return new CaptchaGateResult(List.of(),
                Optional.of(handoff ? ApplicationStatus.NEEDS_INPUT : ApplicationStatus.FAILED), reason, cost,
                List.of(challenge));
    }
}
