package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a Workday apply page shows now, read in one pass over the page: the "Start Your Application" dialog, the
 * posting with its Apply button, the candidate account page (sign in or create account), a wizard step (its page
 * container, ATS-NOTES 3.4, and the progress bar's active step title), a step the adapter does not know (a progress
 * bar but no known container), the "Something went wrong" page, a page saying the application was submitted already
 * (its sentence as the title), or nothing yet (still loading).
 *
 * @param kind      what it is
 * @param step      the known step, for {@link Kind#STEP}
 * @param container the step's container {@code data-automation-id}, for {@link Kind#STEP}
 * @param title     the progress bar's active step title without "current step N of M", or empty
 * @param position  "step N of M" when the progress bar says so, or empty
 */
public record WizardScreen(Kind kind, Optional<WizardStep> step, String container, String title, String position) {
    /** What the page shows. */
    public enum Kind { LOADING, POSTING, DIALOG, ACCOUNT, STEP, UNKNOWN_STEP, WENT_WRONG, SUBMITTED }

    /** How long a progress bar without a known container must stay so before the step counts as unknown. */
    private static final Duration SETTLE = Duration.ofMillis(800);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String SCRIPT = """
            (containers) => {
              const shown = element => !!element && !element.hidden && element.getClientRects().length > 0
                  && getComputedStyle(element).visibility !== 'hidden';
              const find = selector => [...document.querySelectorAll(selector)].find(shown);
              const by = id => find('[data-automation-id="' + id + '"]');
              const bar = by('progressBar');
              let title = '', position = '';
              const active = bar && bar.querySelector('[data-automation-id=progressBarActiveStep]');
              if (active) {
                const copy = active.cloneNode(true);
                for (const part of copy.querySelectorAll('*')) {
                  if (/current step/i.test(part.textContent)) {
                    const match = part.textContent.match(/step\\s+(\\d+)\\s+of\\s+(\\d+)/i);
                    if (match) position = 'step ' + match[1] + ' of ' + match[2];
                    part.remove();
                  }
                }
                title = copy.textContent.replace(/\\s+/g, ' ').trim();
              }
              if (by('signInSubmitButton') || by('createAccountSubmitButton')) return {kind: 'ACCOUNT', title, position};
              for (const id of containers) {
                if (by(id)) return {kind: 'STEP', container: id, title, position};
              }
              if (bar) return {kind: 'UNKNOWN_STEP', title, position};
              if (by('applyManually') || by('autofillWithResume') || by('useMyLastApplication')) return {kind: 'DIALOG'};
              const error = find('[data-automation-id=errorMessage]');
              if (error && /something went wrong/i.test(error.textContent)) return {kind: 'WENT_WRONG'};
              if (by('adventureButton')) return {kind: 'POSTING'};
              const text = document.body ? document.body.innerText : '';
              const done = text.match(/[^\\n]*(already applied|application (has been |was )?submitted|thank you for applying)[^\\n]*/i);
              if (done) return {kind: 'SUBMITTED', title: done[0].trim()};
              return {kind: 'LOADING'};
            }""";

    public WizardScreen {
        requireNonNull(kind, "kind is null");
        requireNonNull(step, "step is null");
        requireNonNull(container, "container is null");
        requireNonNull(title, "title is null");
        requireNonNull(position, "position is null");
    }

    /** The page as it is now; {@link Kind#LOADING} while it navigates. */
    public static WizardScreen read(Page page) {
        try {
            Object raw = page.evaluate(SCRIPT, WizardStep.allContainers());
            if (!(raw instanceof Map<?, ?> values)) {
                return loading();
            }
            Kind kind = Kind.valueOf(text(values, "kind"));
            String container = text(values, "container");
            return new WizardScreen(kind, WizardStep.byContainer(container), container, text(values, "title"),
                    text(values, "position"));
        } catch (PlaywrightException navigating) {
            return loading();
        }
    }

    /**
     * Waits until the page shows something the adapter can act on (not {@link Kind#LOADING}); an
     * {@link Kind#UNKNOWN_STEP} only once it stayed so for a moment (the step's container may render after the
     * progress bar).
     *
     * @throws NyxException {@link ErrorCode#TIMEOUT} naming the page when nothing shows within {@code timeout}
     */
    public static WizardScreen await(Page page, Clock clock, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        Optional<Instant> unknownSince = Optional.empty();
        while (true) {
            WizardScreen screen = read(page);
            if (screen.kind() == Kind.UNKNOWN_STEP) {
                Instant now = clock.instant();
                unknownSince = unknownSince.or(() -> Optional.of(now));
                if (!now.isBefore(unknownSince.get().plus(SETTLE))) {
                    return screen;
                }
            } else if (screen.kind() != Kind.LOADING) {
                return screen;
            } else {
                unknownSince = Optional.empty();
            }
            if (clock.instant().isAfter(deadline)) {
                throw new NyxException(ErrorCode.TIMEOUT, "The Workday page " + page.url() + " showed neither the"
                        + " application dialog, the account page nor a wizard step within " + timeout + ".");
            }
            page.waitForTimeout(POLL.toMillis());
        }
    }

    /** The step's name for messages: its title, else its key. */
    public String name() {
        return !title.isBlank() ? title : step.map(WizardStep::key).orElse("(untitled)");
    }

    private static WizardScreen loading() {
        return new WizardScreen(Kind.LOADING, Optional.empty(), "", "", "");
    }

    private static String text(Map<?, ?> values, String key) {
        Object value = values.get(key);
        return value == null ? "" : value.toString();
    }
}
