package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A Workday posting page in the browser (the fallback when the CXS API cannot be read). The page is a
 * single-page application that renders the posting from the same API: the adapter waits for the posting
 * header ({@code [data-automation-id=jobPostingHeader]}) and reads the title, the description
 * ({@code jobPostingDescription}), the location ({@code locations}), whether the Apply button
 * ({@code a[data-automation-id=adventureButton]}) is shown, the page language and, from the schema.org
 * {@code JobPosting} JSON-LD when the page has one, the hiring organisation. A page that says "Something went
 * wrong" (Workday's transient failure) is reloaded, up to three loads in all.
 *
 * <p>Static helpers on the caller's page; not thread-safe beyond what one page allows.
 */
public final class WorkdayPage {
    /** The posting header every Workday posting page shows. */
    public static final String HEADER = "[data-automation-id=jobPostingHeader]";
    /** The Apply button that opens the "Start Your Application" dialog. */
    public static final String APPLY_BUTTON = "[data-automation-id=adventureButton]";
    /** Workday's transient failure: a page that says "Something went wrong" instead of the posting; a reload helps. */
    private static final String FAILURE = "[data-automation-id=errorMessage]:has-text(\"Something went wrong\")";
    /** Loads of a page that keeps failing before giving up. */
    private static final int LOADS = 3;
    private static final String FACTS_SCRIPT = """
            () => {
              const text = selector => {
                const element = document.querySelector(selector);
                return element ? element.innerText.trim() : '';
              };
              let organisation = '';
              for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
                try {
                  const data = JSON.parse(script.textContent);
                  for (const item of (Array.isArray(data) ? data : [data])) {
                    if (item && item['@type'] === 'JobPosting' && item.hiringOrganization && item.hiringOrganization.name) {
                      organisation = String(item.hiringOrganization.name);
                    }
                  }
                } catch (ignored) { /* not JSON: no organisation */ }
              }
              const locations = document.querySelector('[data-automation-id=locations]');
              let location = '';
              if (locations) {
                const value = locations.querySelector('dd');
                location = (value ? value.innerText : locations.innerText).trim();
              }
              return {
                title: text('[data-automation-id=jobPostingHeader]'),
                description: text('[data-automation-id=jobPostingDescription]'),
                location: location,
                organisation: organisation,
                language: (document.documentElement.lang || '').slice(0, 2).toLowerCase(),
                applyShown: document.querySelector('[data-automation-id=adventureButton]') !== null
              };
            }""";

    private WorkdayPage() {
    }

    /**
     * What a posting page shows.
     *
     * @param title        the posting header
     * @param description  the description text
     * @param location     the location, when shown
     * @param organisation the hiring organisation from the page's JSON-LD, when there
     * @param language     the page's language (ISO 639-1), when declared
     * @param applyShown   whether the Apply button is on the page
     */
    public record Facts(String title, String description, Optional<String> location, Optional<String> organisation,
                        Optional<String> language, boolean applyShown) {
        public Facts {
            requireNonNull(title, "title is null");
            requireNonNull(description, "description is null");
            requireNonNull(location, "location is null");
            requireNonNull(organisation, "organisation is null");
            requireNonNull(language, "language is null");
        }
    }

    /**
     * Opens the posting page and reads it.
     *
     * @throws NyxException {@link ErrorCode#POSTING_NOT_FOUND} when the page answers 404/410,
     *                      {@link ErrorCode#INVALID_POSTING} when a page without header loads,
     *                      {@link ErrorCode#NETWORK} when it says "Something went wrong" on every load or cannot be
     *                      loaded, {@link ErrorCode#TIMEOUT} when it does not load in time
     */
    public static Facts open(Page page, WorkdayUrl posting, Duration timeout) {
        requireNonNull(page, "page is null");
        URI url = posting.pageUrl();
        Response response;
        try {
            response = page.navigate(url.toString(), new Page.NavigateOptions().setTimeout(timeout.toMillis()));
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "The Workday page " + url + " did not load within " + timeout + ".", e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday page " + url + " could not be loaded; try again later.", e);
        }
        for (int load = 1; ; load++) {
            int status = response == null ? 200 : response.status();
            if (status == 404 || status == 410) {
                throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "Workday has no posting at " + url + " (HTTP "
                        + status + "); it was taken down or the address is wrong.");
            }
            try {
                page.locator(HEADER + ", " + FAILURE).first().waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
            } catch (TimeoutError e) {
                throw new NyxException(ErrorCode.INVALID_POSTING, "The Workday page " + url + " (HTTP " + status
                        + ") showed no posting within " + timeout + ".", e);
            }
            if (page.locator(HEADER).count() > 0) {
                return facts(page);
            }
            if (load >= LOADS) {
                throw new NyxException(ErrorCode.NETWORK, "The Workday page " + url + " said \"Something went wrong\" "
                        + LOADS + " times; try again later.");
            }
            response = reload(page, url, timeout);
        }
    }

    private static Response reload(Page page, URI url, Duration timeout) {
        try {
            return page.reload(new Page.ReloadOptions().setTimeout(timeout.toMillis()));
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "The Workday page " + url + " did not load within " + timeout + ".", e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday page " + url + " could not be loaded; try again later.", e);
        }
    }

    /** Reads the posting facts from the page as it is. */
    public static Facts facts(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) page.evaluate(FACTS_SCRIPT);
        return new Facts(string(values, "title"), string(values, "description"), optional(values, "location"),
                optional(values, "organisation"), optional(values, "language"),
                Boolean.TRUE.equals(values.get("applyShown")));
    }

    /** Whether the page is a Workday posting page: a Workday address (kept in the path of a copy) and the header. */
    public static boolean recognises(Page page) {
        try {
            return WorkdayUrl.parseLenient(URI.create(page.url())).filter(WorkdayUrl::isPosting).isPresent()
                    && page.locator(HEADER + ", " + APPLY_BUTTON).count() > 0;
        } catch (IllegalArgumentException | PlaywrightException notOne) {
            return false;
        }
    }

    private static String string(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static Optional<String> optional(Map<String, Object> values, String key) {
        String value = string(values, key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
