package dev.nyx.spi;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What every phase of one application hands an {@link AtsAdapter}: its own browser page (in a
 * browser context no other application shares) and host services. {@link AtsAdapter#fetchPosting}
 * gets exactly this; the later phases get an {@link ApplyContext}, which adds what is decided after the
 * posting is known (plan, resume, dry run, the CAPTCHA gate).
 *
 * <p>One context belongs to one application and one thread; it is not shared.
 */
public interface PageContext {

    /** The page of this application's browser context. The pipeline closes it; adapters must not. */
    Page page();

    /** How long one step (navigation, a wizard page, the submit) may take before it fails as a time-out. */
    Duration stepTimeout();

    /** A folder for this application's evidence (screenshots, page dumps); create it before writing. */
    Path evidenceDirectory();

    /** The clock every time reading should use. */
    Clock clock();

    /** Appends a note to this application's event log; never pass secrets or profile values. */
    void note(String message);

    /** HTTP for the site's public API, under the same network rules as the browser. */
    WebClient web();
}
