package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Where the helpers search and how long they may wait.
 *
 * @param page    the page (popups appended to {@code <body>} are searched here)
 * @param root    the container searches are scoped to
 * @param name    the container as named in messages ("the page", "form#application-form")
 * @param timeout the longest a single wait may take (usually {@code ApplyContext.stepTimeout()})
 * @param frame   the frame the root is in, when known: browser-side helpers then run as one call in
 *                that frame instead of through a locator (see {@link #eval(Locator, String, Object)})
 */
record Scope(Page page, Locator root, String name, Duration timeout, Optional<Frame> frame) {
    private static final Duration QUICK_CAP = Duration.ofMillis(1500);
    private static final String GONE = "nyx:element-gone";
    /**
     * CSS addresses of the locators this class made (root, marked elements), keyed by identity
     * (locators do not override equals): a locator known here can be evaluated without resolving it.
     */
    private static final Map<Locator, Address> ADDRESSES = Collections.synchronizedMap(new WeakHashMap<>());

    private record Address(Frame frame, String css) {
    }

    Scope {
        requireNonNull(page, "page is null");
        requireNonNull(root, "root is null");
        requireNonNull(name, "name is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(frame, "frame is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "The form-filling timeout must be positive, got " + timeout + "; pass the step timeout.");
        }
    }

    /** A scope for {@code frame}, searching inside the first element matching {@code rootSelector}. */
    static Scope inFrame(Page page, Frame frame, String rootSelector, String name, Duration timeout) {
        Locator root = frame.locator(rootSelector).first();
        ADDRESSES.put(root, new Address(frame, rootSelector));
        return new Scope(page, root, name, timeout, Optional.of(frame));
    }

    /** The same scope with another timeout. */
    Scope withTimeout(Duration newTimeout) {
        return new Scope(page, root, name, newTimeout, frame);
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

    /**
     * Like {@link #eval(Locator, String)} with an argument. A locator resolved by Playwright costs
     * about one rendered frame per call; for a target this scope addressed itself (its root, marked
     * elements) the script runs directly in the frame on the element found by CSS, which takes about
     * a millisecond. When that element is not there (yet), the locator's own waiting takes over.
     */
    Object eval(Locator target, String script, Object arg) {
        Address address = ADDRESSES.get(target);
        if (address != null) {
            try {
                Object result = address.frame().evaluate("([css, arg]) => { const root = document.querySelector(css);"
                        + " return root ? (" + script + ")(root, arg) : '" + GONE + "'; }", Arrays.asList(address.css(), arg));
                if (!GONE.equals(result)) {
                    return result;
                }
            } catch (PlaywrightException detached) {
                // the frame navigated or went away: let the locator find the element again
            }
        }
        return target.evaluate(script, arg, new Locator.EvaluateOptions().setTimeout(timeoutMillis()));
    }

    /** A locator for an element the browser-side helpers marked with {@code attribute=token}, in the root's document. */
    Locator marked(String attribute, String token) {
        // anywhere in the root's document (popups sit in <body>, outside the root), which is the frame's
        // document when the form is embedded in an iframe
        Locator marked = root.locator("xpath=ancestor-or-self::html//*[@" + attribute + "='" + token + "']");
        frame.ifPresent(known -> ADDRESSES.put(marked, new Address(known, "[" + attribute + "='" + token + "']")));
        return marked;
    }

    /** The {@code <html>} element of the root's document (the frame's, for a form in an iframe). */
    Locator documentElement() {
        Locator html = root.locator("xpath=ancestor-or-self::html");
        frame.ifPresent(known -> ADDRESSES.put(html, new Address(known, "html")));
        return html;
    }
}
