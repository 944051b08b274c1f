package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Finds a Greenhouse application form on a page: in the page itself (classic
 * {@code form#application_form}, new {@code form#application-form}) or inside the embedded board's
 * {@code iframe#grnhse_iframe}; tells closed and missing postings apart. Stateless; call from the
 * thread that drives the page.
 */
public final class GreenhousePage {
    /** The application form of either page style. */
    public static final String FORM = "form#application_form, form#application-form, form.application--form";
    private static final String EMBED_FRAME = "iframe#grnhse_iframe, #grnhse_app iframe";
    private static final Pattern CLOSED = Pattern.compile("(?i)no longer (open|accepting applications|available)"
            + "|(job|position|posting) (has been|was) (filled|closed)|job you are looking for is no longer");
    private static final String FINGERPRINT = """
            () => {
              const d = document;
              if (d.querySelector('#grnhse_app, iframe#grnhse_iframe')) { return true; }
              if (Array.from(d.scripts).some(s => /greenhouse\\.io\\/embed\\//.test(s.src || ''))) { return true; }
              const classic = d.querySelector('form#application_form');
              if (classic && classic.querySelector('[name^="job_application["]')) { return true; }
              const modern = d.querySelector('form#application-form, form.application--form');
              return !!modern && !!modern.querySelector('#first_name, #email, .select__input, .file-upload, input[name="first_name"]');
            }""";

    private GreenhousePage() {
    }

    /** Whether the page (or one of its frames) carries a Greenhouse form or the embed script. */
    public static boolean recognises(Page page) {
        requireNonNull(page, "page is null");
        try {
            if (Boolean.TRUE.equals(page.evaluate(FINGERPRINT))) {
                return true;
            }
            for (Frame frame : page.frames()) {
                if (frame != page.mainFrame() && Boolean.TRUE.equals(frame.evaluate(FINGERPRINT))) {
                    return true;
                }
            }
            return false;
        } catch (PlaywrightException e) {
            // a page that navigates or closes while we look carries no form we could use
            return false;
        }
    }

    /**
     * Opens {@code url} and returns the frame holding the application form.
     *
     * @throws NyxException {@link ErrorCode#POSTING_NOT_FOUND} (404, no form), {@link ErrorCode#POSTING_CLOSED}
     *                      (the board's "no longer open" notice or {@code ?error=true} redirect),
     *                      {@link ErrorCode#TIMEOUT} or {@link ErrorCode#NETWORK}
     */
    public static Frame open(Page page, URI url, Duration timeout) {
        Response response = navigate(page, url, timeout);
        return formFrame(page, url, response, timeout);
    }

    /**
     * Opens {@code url} only to find out why the API has no such job: throws
     * {@link ErrorCode#POSTING_CLOSED} when the board says it is closed, returns otherwise.
     */
    public static void navigateForState(Page page, URI url, Duration timeout) {
        navigate(page, url, timeout);
        if (looksClosed(page)) {
            throw closed(url);
        }
    }

    /** The frame with the form if the page already shows it, else after opening {@code url}. */
    public static Frame current(Page page, URI url, Duration timeout) {
        Optional<Frame> frame = findFormFrame(page);
        return frame.orElseGet(() -> open(page, url, timeout));
    }

    /** The frame that holds the application form now, if any. */
    public static Optional<Frame> findFormFrame(Page page) {
        if (page.mainFrame().locator(FORM).count() > 0) {
            return Optional.of(page.mainFrame());
        }
        for (Frame frame : page.frames()) {
            if (frame != page.mainFrame() && frame.locator(FORM).count() > 0) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    /** The application form in {@code frame}. */
    public static Locator form(Frame frame) {
        return frame.locator(FORM).first();
    }

    static Response navigate(Page page, URI url, Duration timeout) {
        try {
            return page.navigate(url.toString(), new Page.NavigateOptions().setTimeout(timeout.toMillis()));
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "Opening " + url + " took longer than " + timeout.toMillis()
                    + " ms; try again later.", e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "Could not open " + url + ": " + firstLine(e)
                    + "; check the URL and the network.", e);
        }
    }

    private static Frame formFrame(Page page, URI url, Response response, Duration timeout) {
        if (response != null && (response.status() == 404 || response.status() == 410)) {
            if (looksClosed(page)) {
                throw closed(url);
            }
            throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "There is no Greenhouse posting at " + url
                    + " (HTTP " + response.status() + "); check the link.");
        }
        if (response != null && response.status() >= 500) {
            throw new NyxException(ErrorCode.NETWORK, "The board answered HTTP " + response.status() + " for " + url
                    + "; try again later.");
        }
        if (looksClosed(page)) {
            throw closed(url);
        }
        try {
            // the embed script injects its iframe after load: wait for either form or frame
            page.waitForFunction("([form, frame]) => !!document.querySelector(form) || !!document.querySelector(frame)",
                    java.util.List.of(FORM, EMBED_FRAME), new Page.WaitForFunctionOptions().setTimeout(timeout.toMillis()));
            if (page.mainFrame().locator(FORM).count() > 0) {
                return page.mainFrame();
            }
            Frame frame = page.locator(EMBED_FRAME).first().elementHandle().contentFrame();
            if (frame == null) {
                throw noForm(url);
            }
            frame.waitForSelector(FORM, new Frame.WaitForSelectorOptions().setTimeout(timeout.toMillis()));
            return frame;
        } catch (TimeoutError e) {
            throw looksClosed(page) ? closed(url) : noForm(url);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "The page " + url + " failed while loading its form: "
                    + firstLine(e) + "; try again later.", e);
        }
    }

    /** The board's "closed" signs: the classic {@code ?error=true} redirect and the notices. */
    public static boolean looksClosed(Page page) {
        try {
            String finalUrl = page.url();
            if (finalUrl.matches(".*[?&]error=true(&.*)?$")) {
                return true;
            }
            // a live posting's own description may use the words; only a page without a form counts
            if (findFormFrame(page).isPresent()) {
                return false;
            }
            Object text = page.evaluate("() => document.body ? document.body.innerText : ''");
            return text instanceof String body && CLOSED.matcher(body).find();
        } catch (PlaywrightException e) {
            return false;
        }
    }

    static NyxException closed(URI url) {
        return new NyxException(ErrorCode.POSTING_CLOSED, "The Greenhouse posting at " + url
                + " is no longer accepting applications; nothing to apply to.");
    }

    private static NyxException noForm(URI url) {
        return new NyxException(ErrorCode.POSTING_NOT_FOUND, "The page " + url
                + " shows no Greenhouse application form; check the link or force another adapter.");
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
