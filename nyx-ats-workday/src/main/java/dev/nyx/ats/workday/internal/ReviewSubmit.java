package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.model.Confirmation;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submits a Workday application from its Review step: presses "Submit" (the step's forward button, through its
 * {@code click_filter} overlay) exactly once and waits for Workday's answer: a confirmation ("Application
 * Submitted", "Thank you for applying"), "already applied" ({@link ErrorCode#ALREADY_SUBMITTED}), or the error
 * banner ({@link ErrorCode#FORM_REJECTED} with its messages). No answer in time is {@link ErrorCode#TIMEOUT}: the
 * click may have reached Workday, so it is never pressed again. Stateless.
 */
public final class ReviewSubmit {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String OUTCOME_SCRIPT = """
            (review) => {
              const shown = element => !!element && !element.hidden && element.getClientRects().length > 0
                  && getComputedStyle(element).visibility !== 'hidden';
              const clean = text => text.replace(/\\s+/g, ' ').trim();
              const lines = (document.body ? document.body.innerText : '').split('\\n').map(clean).filter(t => t);
              const already = lines.find(line => /already (applied|submitted)|have applied for this/i.test(line));
              if (already) return {state: 'already', text: already};
              const banner = [...document.querySelectorAll('[data-automation-id=errorBanner]')].find(shown);
              if (banner) {
                const items = [...banner.querySelectorAll('li')].map(item => clean(item.textContent)).filter(t => t);
                return {state: 'banner', errors: items.length ? items : [clean(banner.textContent)]};
              }
              const at = lines.findIndex(line => /application (has been |was )?(submitted|received)|thank you for (applying|your application)|successfully (submitted|applied)|(we('ve| have)|has been) received your application/i.test(line));
              if (at >= 0 && !(review && review.isConnected && shown(review))) {
                return {state: 'done', text: lines.slice(at, at + 2).join(' ').slice(0, 300)};
              }
              return {state: 'waiting'};
            }""";

    private ReviewSubmit() {
    }

    /**
     * Submits the application shown on Review.
     *
     * @throws NyxException {@link ErrorCode#INVALID_STATE} when the page is not on Review (nothing is pressed);
     *                      the codes of the class comment
     */
    public static Confirmation submit(ApplyContext context) {
        requireNonNull(context, "context is null");
        Page page = context.page();
        WizardScreen screen = WizardScreen.read(page);
        if (screen.kind() != WizardScreen.Kind.STEP || screen.step().orElseThrow() != WizardStep.REVIEW) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The Workday application is not on its Review step (the"
                    + " page " + page.url() + " shows " + screen.kind() + "); nothing was submitted. Fill it first.");
        }
        ElementHandle review = page.querySelector("[data-automation-id=\"" + screen.container() + "\"]");
        WorkdayClicks.press(page, page.locator(StepSave.NEXT).first(), "Submit", context.stepTimeout());
        Instant deadline = context.clock().instant().plus(context.stepTimeout());
        while (context.clock().instant().isBefore(deadline)) {
            Map<?, ?> state = state(page, review);
            Object kind = state.get("state");
            if ("done".equals(kind)) {
                return new Confirmation(URI.create(page.url()), String.valueOf(state.get("text")), Optional.empty());
            }
            if ("already".equals(kind)) {
                throw new NyxException(ErrorCode.ALREADY_SUBMITTED, "Workday says you already applied to this posting"
                        + " ('" + state.get("text") + "'); nothing new was submitted.");
            }
            if ("banner".equals(kind)) {
                List<String> errors = ((List<?>) state.get("errors")).stream().map(String::valueOf).toList();
                throw new NyxException(ErrorCode.FORM_REJECTED, "Workday did not accept the application on Review: "
                        + String.join("; ", errors) + ".");
            }
            page.waitForTimeout(POLL.toMillis());
        }
        throw new NyxException(ErrorCode.TIMEOUT, "Workday showed no confirmation within " + context.stepTimeout()
                + " after 'Submit' (pressed once, not again): check your email or the tenant's candidate home before"
                + " applying again.");
    }

    private static Map<?, ?> state(Page page, ElementHandle review) {
        Object raw;
        try {
            raw = page.evaluate(OUTCOME_SCRIPT, review);
        } catch (PlaywrightException otherDocument) {
            try {
                raw = page.evaluate(OUTCOME_SCRIPT, null); // the Review page was left: its handle is gone
            } catch (PlaywrightException navigating) {
                raw = null;
            }
        }
        return raw instanceof Map<?, ?> values ? values : Map.of("state", "waiting");
    }
}
