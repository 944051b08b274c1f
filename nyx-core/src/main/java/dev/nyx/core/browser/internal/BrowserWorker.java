package dev.nyx.core.browser.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that owns one Playwright driver and one Chromium, both started on first use and
 * restarted when the browser has died. Everything that touches them is submitted here, so the
 * Playwright objects are only ever used from this thread, as Playwright requires.
 */
final class BrowserWorker {

    private static final Logger log = LoggerFactory.getLogger(BrowserWorker.class);

    private final String name;
    private final PlaywrightDriver driver;
    private final ContextSettings settings;
    private final Path executable;
    private final ExecutorService thread;
    private volatile Thread owner;

    // touched only on this worker's thread
    private Playwright playwright;
    private Browser browser;

    BrowserWorker(String name, PlaywrightDriver driver, ContextSettings settings, Path executable) {
        this.name = requireNonNull(name, "name is null");
        this.driver = requireNonNull(driver, "driver is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.executable = requireNonNull(executable, "executable is null");
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread created = new Thread(runnable, name);
            created.setDaemon(true);
            owner = created;
            return created;
        });
    }

    <T> Future<T> submit(Callable<T> task) {
        return thread.submit(task);
    }

    boolean isOwnThread() {
        return Thread.currentThread() == owner;
    }

    /** The running browser, started if needed. Call only from inside a submitted task. */
    Browser browser() {
        if (browser != null && browser.isConnected()) {
            return browser;
        }
        if (browser != null) {
            log.warn("{}: the browser has gone away; starting a new one", name);
            stopQuietly();
        }
        long started = System.nanoTime();
        try {
            playwright = driver.create();
            long created = System.nanoTime();
            browser = playwright.chromium().launch(settings.launchOptions(executable));
            log.info("{}: Playwright driver created in {} ms, {} {} launched in {} ms", name,
                    (created - started) / 1_000_000, executable, browser.version(),
                    (System.nanoTime() - created) / 1_000_000);
            return browser;
        } catch (PlaywrightException e) {
            stopQuietly();
            throw new NyxException(ErrorCode.BROWSER_LAUNCH_FAILED, "Could not start the browser '" + executable
                    + "': " + firstLine(e.getMessage()) + ". Check that it is a working Chromium or Chrome "
                    + "(run it with --version), or set browser.executablePath to another one.", e);
        }
    }

    /** Stops browser and driver and ends the thread; waits up to 30 s for running work. */
    void shutdown() {
        thread.submit(this::stopQuietly);
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("{}: work still running after 30 s; leaving it", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopQuietly() {
        try {
            if (playwright != null) {
                // closes its browsers too
                playwright.close();
            }
        } catch (PlaywrightException e) {
            log.warn("{}: could not close Playwright cleanly: {}", name, firstLine(e.getMessage()));
        } finally {
            playwright = null;
            browser = null;
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
