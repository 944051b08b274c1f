package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;

/**
 * Where the helpers search and how long they may wait.
 *
 * @param page    the page (popups appended to {@code <body>} are searched here)
 * @param root    the container searches are scoped to
 * @param name    the container as named in messages ("the page", "form#application-form")
 * @param timeout the longest a single wait may take (usually {@code ApplyContext.stepTimeout()})
 */
record Scope(Page page, Locator root, String name, Duration timeout) {
    private static final Duration QUICK_CAP = Duration.ofMillis(1500);

    Scope {
        requireNonNull(page, "page is null");
        requireNonNull(root, "root is null");
        requireNonNull(name, "name is null");
        requireNonNull(timeout, "timeout is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "The form-filling timeout must be positive, got " + timeout + "; pass the step timeout.");
        }
    }

    double timeoutMillis() {
        return timeout.toMillis();
    }

    /** A short wait for a first attempt before a fallback: a quarter of the timeout, at most 1.5 s. */
    Duration quick() {
        return timeout.dividedBy(4).compareTo(QUICK_CAP) < 0 ? timeout.dividedBy(4) : QUICK_CAP;
    }

    /** Runs a browser-side function on {@code target}, waiting at most the timeout for it to be attached. */
    Object eval(Locator target, String script) {
        return eval(target, script, null);
    }

    /** Like {@link #eval(Locator, String)} with an argument. */
    Object eval(Locator target, String script, Object arg) {
        return target.evaluate(script, arg, new Locator.EvaluateOptions().setTimeout(timeoutMillis()));
    }

    /** A locator for an element the browser-side helpers marked with {@code attribute=token}, in the root's document. */
    Locator marked(String attribute, String token) {
        // anywhere in the root's document (popups sit in <body>, outside the root), which is the frame's
        // document when the form is embedded in an iframe
        return root.locator("xpath=ancestor-or-self::html//*[@" + attribute + "='" + token + "']");
    }

    /** The {@code <html>} element of the root's document (the frame's, for a form in an iframe). */
    Locator documentElement() {
        return root.locator("xpath=ancestor-or-self::html");
    }
}
