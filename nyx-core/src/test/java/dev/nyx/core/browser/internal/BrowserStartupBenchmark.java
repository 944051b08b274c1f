package dev.nyx.core.browser.internal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.nyx.core.net.UrlPolicy;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints start-up and per-request figures for the browser set-up (not a test: never fails on
 * timing). Run with the test class path: {@code java -cp ... dev.nyx.core.browser.internal.BrowserStartupBenchmark}.
 */
public final class BrowserStartupBenchmark {

    private static final Logger log = LoggerFactory.getLogger(BrowserStartupBenchmark.class);
    private static final int IMAGES = 40;

    private BrowserStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (RecordingServer server = new RecordingServer()) {
            String page = "http://localhost:" + server.port() + "/with-image?/pixel";
            String manyImages = "http://localhost:" + server.port() + "/gallery";

            PlaywrightDriver withNode = new PlaywrightDriver(SystemProbe.local());
            log.info("driver environment: {}", withNode.environment());
            time("Playwright.create (bundled node)", 3, () -> Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))), Playwright::close);
            time("Playwright.create (PLAYWRIGHT_NODEJS_PATH)", 3, withNode::create, Playwright::close);

            for (String executable : List.of("/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium")) {
                try (Playwright playwright = withNode.create()) {
                    ContextSettings settings = new ContextSettings(TestConfigs.browser(Optional.empty()));
                    time("launch " + executable, 3,
                            () -> playwright.chromium().launch(settings.launchOptions(Path.of(executable))), Browser::close);
                    Browser browser = playwright.chromium().launch(settings.launchOptions(Path.of(executable)));
                    time("context+page " + executable, 10, () -> {
                        BrowserContext context = browser.newContext(settings.contextOptions());
                        context.newPage();
                        return context;
                    }, BrowserContext::close);
                    UrlPolicy permissive = new UrlPolicy(true, host -> List.of(InetAddress.getByName("203.0.113.7")));
                    UrlPolicy strict = new UrlPolicy(false, host -> List.of(InetAddress.getByName("203.0.113.7")));
                    for (String mode : List.of("no guard", "guard, private allowed", "guard, strict")) {
                        UrlPolicy policy = mode.endsWith("strict") ? strict : permissive;
                        time("navigate 1 page + " + IMAGES + " images, " + mode + ", " + executable, 10, () -> {
                            BrowserContext context = browser.newContext(settings.contextOptions());
                            if (!mode.equals("no guard")) {
                                context.route("**/*", new RequestGuard(policy, context.request(), "bench"));
                            }
                            Page tab = context.newPage();
                            tab.navigate(manyImages + "?" + IMAGES);
                            return context;
                        }, BrowserContext::close);
                    }
                    browser.close();
                }
            }
            log.info("single page used: {}", page);
        }
    }

    private static <T> void time(String what, int runs, Supplier<T> action, java.util.function.Consumer<T> cleanup) {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            T result = action.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
            cleanup.accept(result);
        }
        Collections.sort(millis);
        log.info("{}: median {} ms, runs {}", what, millis.get(millis.size() / 2), millis);
    }
}
