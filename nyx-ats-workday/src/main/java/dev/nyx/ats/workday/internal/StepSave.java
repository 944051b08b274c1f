package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Presses a step's forward button once ("Save and Continue" on a step, "Submit" on Review: legacy
 * {@code bottom-navigation-next-button}, fkit {@code pageFooterNextButton}, ATS-NOTES 3.3) and waits for what it led
 * to: the page moved on (the step's container went away, the progress bar's active step changed, or the account
 * page shows), or the {@code errorBanner} shows, whose messages (and the step's field messages) are read back.
 * Never presses twice. Stateless.
 */
public final class StepSave {
    /** The forward button of a step, in either generation. */
    public static final String NEXT = "[data-automation-id=bottom-navigation-next-button]:visible, "
            + "[data-automation-id=pageFooterNextButton]:visible";
    private static final Pattern SESSION_EXPIRED = Pattern.compile(
            "(?i)session.{0,40}(expired|timed? ?out)|sign in again|signed out|log ?in again");
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String STATE_SCRIPT = """
            (container) => {
              if (!container.isConnected) return {state: 'moved'};
              const shown = element => !!element && !element.hidden && element.getClientRects().length > 0
                  && getComputedStyle(element).visibility !== 'hidden';
              const clean = text => text.replace(/\\s+/g, ' ').trim();
              const banner = [...document.querySelectorAll('[data-automation-id=errorBanner]')].find(shown);
              if (banner) {
                const items = [...banner.querySelectorAll('li')].map(item => clean(item.textContent)).filter(t => t);
                const fields = [...container.querySelectorAll('[data-automation-id=errorMessage]')].filter(shown)
                    .map(item => clean(item.textContent)).filter(t => t);
                const all = [...new Set([...items, ...fields])];
                if (!all.length) all.push(clean(banner.textContent));
                return {state: 'banner', errors: all};
              }
              const account = ['signInSubmitButton', 'createAccountSubmitButton']
                  .some(id => shown(document.querySelector('[data-automation-id="' + id + '"]')));
              if (account) return {state: 'moved'};
              if (!shown(container)) return {state: 'moved'};
              const active = document.querySelector('[data-automation-id=progressBarActiveStep]');
              return {state: 'waiting', active: active ? clean(active.textContent) : ''};
            }""";

    /** What pressing led to. */
    public enum Result { MOVED, SESSION_EXPIRED }

    private StepSave() {
    }

    /**
     * Presses the step's forward button and waits up to {@code timeout} for the result.
     *
     * @param screen the step shown (its container and title name it in messages)
     * @param what   the button's name ("Save and Continue")
     * @return {@link Result#MOVED} when the page moved on; {@link Result#SESSION_EXPIRED} when the banner says the
     *         session expired (the caller signs in again)
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} with every error message when the banner shows;
     *                      {@link ErrorCode#TIMEOUT} when nothing happens in time (the button is not pressed again)
     */
    public static Result press(Page page, WizardScreen screen, String what, Clock clock, Duration timeout) {
        requireNonNull(screen, "screen is null");
        ElementHandle container = page.querySelector("[data-automation-id=\"" + screen.container() + "\"]");
        if (container == null) {
            return Result.MOVED;
        }
        String before = active(container);
        WorkdayClicks.press(page, page.locator(NEXT).first(), what, timeout);
        Instant deadline = clock.instant().plus(timeout);
        while (clock.instant().isBefore(deadline)) {
            Map<?, ?> state = state(container);
            Object kind = state.get("state");
            if ("moved".equals(kind) || "waiting".equals(kind) && !before.equals(state.get("active"))) {
                return Result.MOVED;
            }
            if ("banner".equals(kind)) {
                List<String> errors = ((List<?>) state.get("errors")).stream().map(String::valueOf).toList();
                if (errors.stream().anyMatch(error -> SESSION_EXPIRED.matcher(error).find())) {
                    return Result.SESSION_EXPIRED;
                }
                throw new NyxException(ErrorCode.FORM_REJECTED, "Workday did not accept the step '" + screen.name()
                        + "'" + (screen.position().isBlank() ? "" : " (" + screen.position() + ")") + " after '"
                        + what + "': " + String.join("; ", errors) + ". Nothing was submitted.");
            }
            page.waitForTimeout(POLL.toMillis());
        }
        throw new NyxException(ErrorCode.TIMEOUT, "Workday did not move on from the step '" + screen.name()
                + "' within " + timeout + " after '" + what + "' (it was pressed once, not again); try again later.");
    }

    private static String active(ElementHandle container) {
        Object value = state(container).get("active");
        return value == null ? "" : value.toString();
    }

    private static Map<?, ?> state(ElementHandle container) {
        try {
            Object raw = container.evaluate(STATE_SCRIPT);
            return raw instanceof Map<?, ?> values ? values : Map.of("state", "waiting");
        } catch (PlaywrightException navigated) {
            return Map.of("state", "moved");
        }
    }

    /** The forward button's label on the page, for a check before pressing it. */
    static String nextLabel(Page page) {
        Locator next = page.locator(NEXT).first();
        return next.count() == 0 ? "" : next.innerText().strip();
    }
}
