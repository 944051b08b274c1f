package dev.nyx.core.browser;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.core.browser.internal.BrowserDiscovery;
import dev.nyx.core.browser.internal.PlaywrightBrowsers;
import dev.nyx.core.browser.internal.SystemProbe;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.UrlPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The process's browsers: hands each application a fresh browser context (own cookies,
 * storage and downloads) with one page, and disposes of both when the work ends, whichever way
 * it ends. Create one per process, from {@link NyxConfig}, and close it on shutdown.
 *
 * <p><b>Threads.</b> Playwright objects are not thread-safe: every call on a {@code Playwright},
 * its browsers, contexts and pages must come from the thread that created the {@code Playwright}.
 * So the default implementation runs {@code limits.concurrency} browser workers, each a thread
 * that owns its own Playwright driver and Chromium; {@link #withContext} runs the work <em>on a
 * worker's thread</em> and blocks the caller until it ends. This method is thread-safe: up to
 * {@code concurrency} callers run at once, further callers wait for a free worker. The work must
 * use the page only inside the callback, from that thread, and must not keep it.
 *
 * <p>Every request the page makes passes the {@link UrlPolicy}: refused hosts and schemes are
 * blocked, including top-level redirects to them.
 */
public interface Browsers extends AutoCloseable {

    /**
     * Opens a browser context for one application, runs {@code work} with its page, and closes
     * page and context afterwards (on success, exception or time-out). When the work throws and
     * {@link ContextRequest#evidenceDirectory()} is set, a full-page screenshot of the failure is
     * saved first.
     *
     * @return what the work returned
     * @throws dev.nyx.spi.NyxException {@code ADDRESS_NOT_ALLOWED}/{@code INVALID_URL} when the
     *         work failed because the page was blocked from a refused address; {@code TIMEOUT} when a
     *         browser step timed out ({@code browser.stepTimeout}); {@code BROWSER_LAUNCH_FAILED}
     *         when the browser cannot start; {@code INVALID_STATE} after {@link #close()} or when
     *         called from inside another context's work; other exceptions of the work unchanged
     */
    <T> T withContext(ContextRequest request, Function<Page, T> work);

    /** Closes every context, browser and Playwright driver; waits for running work to end. */
    @Override
    void close();

    /**
     * The default implementation: browser found by discovery on this machine, requests checked by
     * {@code policy}. Throws {@code BROWSER_NOT_FOUND} or {@code INVALID_CONFIGURATION} at once
     * when no browser can be found; the browser itself starts on first use.
     */
    static Browsers create(NyxConfig config, UrlPolicy policy, Clock clock) {
        BrowserDiscovery discovery = new BrowserDiscovery(SystemProbe.local());
        return new PlaywrightBrowsers(config, policy, discovery, new Screenshots(clock));
    }

    /**
     * The browser executable {@link #create} would launch on this machine with these settings
     * (the configured {@code executablePath}, else Playwright's browsers, else the system's Chromium
     * or Chrome), or empty when none is installed. Looks only; never installs or starts anything.
     * Thread-safe.
     *
     * @throws dev.nyx.spi.NyxException {@code INVALID_CONFIGURATION} when {@code executablePath}
     *         is set but names no executable file
     */
    static Optional<Path> executable(NyxConfig.Browser browser) {
        requireNonNull(browser, "browser is null");
        return new BrowserDiscovery(SystemProbe.local()).locate(browser.executablePath(), browser.headless());
    }
}
