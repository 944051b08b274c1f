package dev.nyx.testkit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium through playwright-java, launched with the flags that work on a
 * closed network (STACK.md), for tests that drive the replicas. Create one per test class (Playwright
 * unpacks its driver on every {@code create}); {@link #newPage()} gives each test its own browser
 * context. Not thread-safe: use from the test's thread; close it after the tests.
 */
public final class TestBrowser implements AutoCloseable {
    /** Chromium flags that keep the browser from calling home. */
    public static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");
    private static final List<Path> EXECUTABLES = List.of(Path.of("/usr/lib/chromium/chromium-headless-shell"),
            Path.of("/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private TestBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * @throws NyxException {@link ErrorCode#BROWSER_NOT_FOUND} when neither Chromium binary is installed
     */
    public static TestBrowser launch() {
        Path executable = EXECUTABLES.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new NyxException(ErrorCode.BROWSER_NOT_FOUND, "No Chromium at " + EXECUTABLES
                        + "; install it with: apt-get install -y chromium chromium-headless-shell"));
        // never let Playwright try to download its own browsers: the system Chromium is used
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setArgs(ARGS).setHeadless(true));
            return new TestBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new NyxException(ErrorCode.BROWSER_LAUNCH_FAILED, "Chromium at " + executable + " did not start: "
                    + e.getMessage(), e);
        }
    }

    /** A page in a new browser context (no cookies shared with other pages); close its context when done. */
    public Page newPage() {
        BrowserContext context = browser.newContext();
        return context.newPage();
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
