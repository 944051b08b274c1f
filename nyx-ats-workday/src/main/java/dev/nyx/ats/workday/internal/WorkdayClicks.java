package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;

/**
 * Presses Workday's buttons the way a person does (ATS-NOTES 3.3): Workday covers its submit buttons with a
 * {@code div[data-automation-id=click_filter]} overlay that takes the click, so {@code el.click()} on the button may
 * do nothing and Playwright's own click waits for the overlay to go away. A full pointer sequence (move, down, up)
 * at the button's centre reaches whatever is on top there: the overlay when there is one, else the button.
 * Stateless.
 */
public final class WorkdayClicks {
    private WorkdayClicks() {
    }

    /**
     * Presses {@code control} once.
     *
     * @param what the control's name for the error message ("Save and Continue")
     * @throws NyxException {@link ErrorCode#TIMEOUT} when the control does not show in time,
     *                      {@link ErrorCode#FILL_FAILED} when it has no box to press
     */
    public static void press(Page page, Locator control, String what, Duration timeout) {
        requireNonNull(page, "page is null");
        requireNonNull(control, "control is null");
        try {
            control.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                    .setTimeout(timeout.toMillis()));
            control.scrollIntoViewIfNeeded(new Locator.ScrollIntoViewIfNeededOptions().setTimeout(timeout.toMillis()));
            BoundingBox box = control.boundingBox(new Locator.BoundingBoxOptions().setTimeout(timeout.toMillis()));
            if (box == null || box.width <= 0 || box.height <= 0) {
                throw new NyxException(ErrorCode.FILL_FAILED, "Workday's '" + what + "' button has no size on the page;"
                        + " it cannot be pressed.");
            }
            page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "Workday's '" + what + "' button did not show within " + timeout
                    + ".", e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.FILL_FAILED, "Workday's '" + what + "' button could not be pressed: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
