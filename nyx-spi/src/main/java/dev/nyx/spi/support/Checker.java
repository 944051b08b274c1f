package dev.nyx.spi.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks and unchecks checkboxes and radios: native, hidden behind their label, or ARIA. */
final class Checker {

    private static final Logger LOG = LoggerFactory.getLogger(Checker.class);
    private static final String IS_CHECKED = "e => e.matches('input') ? e.checked : e.getAttribute('aria-checked') === 'true'";
    private static final String IS_RADIO = "e => e.matches('input[type=radio], [role=radio]')";

    private Checker() {
    }

    static boolean isChecked(Scope scope, Locator control) {
        return Boolean.TRUE.equals(scope.eval(control, IS_CHECKED));
    }

    /** Brings {@code control} to the wanted state; does nothing when it is already there. */
    static void setChecked(Scope scope, Locator control, boolean wanted, String label) {
        if (isChecked(scope, control) == wanted) {
            return;
        }
        if (!wanted && Boolean.TRUE.equals(scope.eval(control, IS_RADIO))) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The radio '" + label
                    + "' cannot be unchecked; choose another option of its group instead.");
        }
        // a real click on the control, or on its label when the input is visually hidden
        String target = (String) scope.eval(control, Scripts.CLICK_TARGET);
        try {
            scope.marked("data-nyx-target", target).click(new Locator.ClickOptions()
                    .setTimeout(scope.quick().toMillis()));
        } catch (PlaywrightException e) {
            LOG.debug("Clicking '{}' failed, falling back to a DOM click: {}", label, firstLine(e));
        }
        if (isChecked(scope, control) != wanted) {
            scope.eval(control, Scripts.DOM_CLICK);
        }
        if (isChecked(scope, control) != wanted) {
            throw new NyxException(ErrorCode.FILL_FAILED, "'" + label + "' stays " + (wanted ? "unchecked" : "checked")
                    + " after clicking it and its label; the widget may need a site-specific helper.");
        }
    }

    /** The gist of a Playwright error: its "message='…'" line when present, else the first line. */
    static String firstLine(Throwable error) {
        String message = String.valueOf(error.getMessage());
        int gist = message.indexOf("message='");
        if (gist >= 0) {
            message = message.substring(gist + "message='".length());
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
