package dev.nyx.ats.lever.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lever's pages in the browser: opening a posting's apply form (from the posting page, the apply page or
 * a company page embedding it), telling closed and missing postings apart, the fingerprint of a Lever form
 * on another host, and the facts a page shows (title, company, location, description, language).
 * Stateless; call from the thread that drives the page.
 */
public final class LeverPage {
    /** The application form. */
    public static final String FORM = "form#application-form";
    private static final String IS_LEVER_FORM = """
            () => {
              const form = document.querySelector('form#application-form');
              if (!form) { return false; }
              const lever = form.querySelector('[name="name"]') && (form.querySelector('#btn-submit, [data-qa=btn-submit]')
                || form.querySelector('input[name="resume"]') || form.querySelector('[name^="cards["], [name^="urls["]'));
              return !!lever;
            }""";
    private static final String FACTS = """
            () => {
              const text = s => { const e = document.querySelector(s); return e ? e.textContent.replace(/\\s+/g, ' ').trim() : ''; };
              const logo = document.querySelector('.main-header-logo img');
              const description = Array.from(document.querySelectorAll('[data-qa=job-description], .posting-page .section.page-centered[data-qa], .section-wrapper .section[data-qa=job-description]'))
                .map(e => e.innerText.trim()).filter(t => t).join('\\n\\n');
              return { title: text('.posting-headline h2'), location: text('.posting-categories .location'),
                       logo: logo ? (logo.getAttribute('alt') || '') : '', pageTitle: document.title || '',
                       description: description, language: (document.documentElement.getAttribute('lang') || '') };
            }""";

    private static final String APPLY_LINKS = "'a.postings-btn[href*=\"/apply\"], a[data-qa=btn-apply-bottom],"
            + " a[data-qa=show-page-apply], a[href$=\"/apply\"]'";
    private static final String HAS_APPLY_LINK = "() => !!document.querySelector(" + APPLY_LINKS + ")";

    private LeverPage() {
    }

    /** What a Lever page shows about its posting. */
    public record Facts(String title, Optional<String> company, Optional<String> location, String description,
                        Optional<String> language) {
    }

    /** Whether the page, or one of its frames, carries a Lever application form or embeds one. */
    public static boolean recognises(Page page) {
        requireNonNull(page, "page is null");
        try {
            for (Frame frame : page.frames()) {
                if (Boolean.TRUE.equals(frame.evaluate(IS_LEVER_FORM))) {
                    return true;
                }
            }
            // an embedded form, or Lever's posting page (its headline and its apply button to .../apply)
            return Boolean.TRUE.equals(page.evaluate("() => !!document.querySelector('iframe[src*=\"jobs.lever.co/\"],"
                    + " iframe[src*=\"jobs.eu.lever.co/\"]') || (!!document.querySelector('.posting-headline')"
                    + " && !!document.querySelector('a.postings-btn[href$=\"/apply\"], a[data-qa=btn-apply-bottom]'))"));
        } catch (PlaywrightException notReadable) {
            return false;
        }
    }

    /** The frame showing the Lever form now, if any. */
    public static Optional<Frame> formFrame(Page page) {
        for (Frame frame : page.frames()) {
            try {
                if (!frame.isDetached() && Boolean.TRUE.equals(frame.evaluate(IS_LEVER_FORM))) {
                    return Optional.of(frame);
                }
            } catch (PlaywrightException navigating) {
                // a frame that goes away while looked at holds no form
            }
        }
        return Optional.empty();
    }

    /**
     * Opens {@code url} (a posting page, an apply page, or a company page with the form) and returns the
     * frame with the application form; from a posting page it follows the apply link. What it read on the
     * posting page on the way goes to {@code seen}.
     *
     * @throws NyxException {@link ErrorCode#POSTING_CLOSED} for a closed posting (HTTP 410, or a 404 page that
     *                      says so), {@link ErrorCode#POSTING_NOT_FOUND} for a 404 or a page without a Lever
     *                      form, {@link ErrorCode#NETWORK} for 5xx and network errors, {@link ErrorCode#TIMEOUT}
     */
    public static Frame open(Page page, URI url, Optional<LeverUrl> parsed, Duration timeout,
                             Consumer<Facts> seen) {
        requireNonNull(page, "page is null");
        requireNonNull(url, "url is null");
        Optional<Frame> shown = formFrame(page);
        if (shown.isPresent() && samePosting(page.url(), parsed)) {
            return shown.get();
        }
        navigate(page, url, timeout);
        Optional<Frame> form = awaitForm(page, Duration.ofMillis(Math.min(2000, timeout.toMillis())));
        if (form.isPresent()) {
            return form.get();
        }
        seen.accept(facts(page.mainFrame()));
        Object apply = page.evaluate("() => { const a = document.querySelector(" + APPLY_LINKS + "); return a ? a.href : null; }");
        if (apply instanceof String applyUrl && !applyUrl.isBlank()) {
            navigate(page, URI.create(applyUrl), timeout);
            form = awaitForm(page, timeout);
            if (form.isPresent()) {
                return form.get();
            }
        }
        throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "The page " + url + " shows no Lever application form;"
                + " give the posting's jobs.lever.co address.");
    }

    /** What the frame's page shows about the posting. */
    public static Facts facts(Frame frame) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) frame.evaluate(FACTS);
        String title = string(facts, "title");
        String pageTitle = string(facts, "pageTitle");
        String logo = string(facts, "logo").replaceAll("(?i)\\s*logo$", "").strip();
        Optional<String> company = !logo.isBlank() ? Optional.of(logo)
                : pageTitle.contains(" - ") ? Optional.of(pageTitle.substring(0, pageTitle.indexOf(" - ")).strip())
                : Optional.empty();
        if (title.isBlank() && pageTitle.contains(" - ")) {
            title = pageTitle.substring(pageTitle.indexOf(" - ") + 3).strip();
        }
        String language = string(facts, "language");
        return new Facts(title, company, optional(string(facts, "location")), string(facts, "description"),
                language.length() >= 2 ? Optional.of(language.substring(0, 2).toLowerCase(java.util.Locale.ROOT))
                        : Optional.empty());
    }

    private static void navigate(Page page, URI url, Duration timeout) {
        Response response;
        try {
            response = page.navigate(url.toString(), new Page.NavigateOptions().setTimeout(timeout.toMillis()));
        } catch (TimeoutError slow) {
            throw new NyxException(ErrorCode.TIMEOUT, "Opening the Lever page " + url + " took longer than "
                    + timeout.toSeconds() + " s; try again later.", slow);
        } catch (PlaywrightException failed) {
            throw new NyxException(ErrorCode.NETWORK, "Opening the Lever page " + url + " failed: "
                    + failed.getMessage().lines().findFirst().orElse("network error") + "; try again later.", failed);
        }
        int status = response == null ? 200 : response.status();
        if (status == 410 || status == 404) {
            String words = page.evaluate("() => document.body ? document.body.innerText : ''").toString();
            boolean closed = status == 410 || words.matches("(?is).*(no longer (open|available|accepting)|has been filled"
                    + "|position (is|was) (closed|filled)|not accepting applications).*");
            if (closed) {
                throw new NyxException(ErrorCode.POSTING_CLOSED, "The Lever posting at " + url
                        + " is closed (HTTP " + status + "): it no longer takes applications.");
            }
            throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "Lever has no posting at " + url + " (HTTP " + status
                    + "); check the address.");
        }
        if (status >= 500) {
            throw new NyxException(ErrorCode.NETWORK, "The Lever page " + url + " answered HTTP " + status
                    + "; try again later.");
        }
        if (status >= 400) {
            throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "The Lever page " + url + " answered HTTP " + status
                    + "; check the address.");
        }
    }

    /** Waits for the form to show, up to {@code limit}; a posting page with its apply link ends the wait at once. */
    private static Optional<Frame> awaitForm(Page page, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        do {
            Optional<Frame> frame = formFrame(page);
            if (frame.isPresent() || Boolean.TRUE.equals(page.evaluate(HAS_APPLY_LINK))) {
                return frame;
            }
            page.waitForTimeout(100);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    private static boolean samePosting(String pageUrl, Optional<LeverUrl> parsed) {
        return parsed.isEmpty() || pageUrl.toLowerCase(java.util.Locale.ROOT).contains(parsed.get().postingId());
    }

    /** The posting a form names in its action ({@code .../<site>/<uuid>/apply}), for forms found by fingerprint. */
    public static Optional<LeverUrl> postingOfForm(Frame frame) {
        Object action = frame.evaluate("() => { const f = document.querySelector('form#application-form');"
                + " return f ? f.action : ''; }");
        List<String> candidates = List.of(action == null ? "" : action.toString(), frame.url());
        for (String candidate : candidates) {
            try {
                Optional<LeverUrl> parsed = LeverUrl.parseLenient(URI.create(candidate));
                if (parsed.isPresent()) {
                    return parsed;
                }
            } catch (IllegalArgumentException notAUrl) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private static String string(Map<String, Object> facts, String key) {
        Object value = facts.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
