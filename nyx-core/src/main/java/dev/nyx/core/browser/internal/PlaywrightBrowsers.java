package dev.nyx.core.browser.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.core.browser.Browsers;
import dev.nyx.core.browser.ContextRequest;
import dev.nyx.core.browser.Screenshots;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Browsers} on Playwright: {@code limits.concurrency} {@link BrowserWorker}s, each a thread
 * owning its own Playwright driver and Chromium (Playwright objects must stay on the thread that
 * created them, and one driver cannot be shared by threads without serialising every call). A
 * caller borrows an idle worker, its work runs on the worker's thread in a fresh context, and the
 * worker returns itself to the idle queue when the context is gone. Thread-safe.
 */
public final class PlaywrightBrowsers implements Browsers {

    private static final Logger log = LoggerFactory.getLogger(PlaywrightBrowsers.class);

    private final UrlPolicy policy;
    private final Screenshots screenshots;
    private final ContextSettings settings;
    private final List<BrowserWorker> workers = new ArrayList<>();
    private final BlockingQueue<BrowserWorker> idle;
    private volatile boolean closed;

    @Inject
    public PlaywrightBrowsers(NyxConfig config, UrlPolicy policy, BrowserDiscovery discovery, Screenshots screenshots) {
        this(config, policy, discovery, screenshots, new PlaywrightDriver(SystemProbe.local()));
    }

    public PlaywrightBrowsers(NyxConfig config, UrlPolicy policy, BrowserDiscovery discovery, Screenshots screenshots,
                              PlaywrightDriver driver) {
        requireNonNull(config, "config is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.screenshots = requireNonNull(screenshots, "screenshots is null");
        requireNonNull(discovery, "discovery is null");
        requireNonNull(driver, "driver is null");
        int concurrency = config.limits().concurrency();
        if (concurrency < 1) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "Invalid setting: limits.concurrency must be at least 1, got " + concurrency + ".");
        }
        this.settings = new ContextSettings(config.browser());
        // fail at start, not at the first application, when there is no browser
        Path executable = discovery.find(config.browser().executablePath(), config.browser().headless());
        log.info("Using browser {} ({}), {} worker(s)", executable, settings.headless() ? "headless" : "headed",
                concurrency);
        this.idle = new ArrayBlockingQueue<>(concurrency);
        for (int index = 1; index <= concurrency; index++) {
            BrowserWorker worker = new BrowserWorker("nyx-browser-" + index, driver, settings, executable);
            workers.add(worker);
            idle.add(worker);
        }
    }

    @Override
    public <T> T withContext(ContextRequest request, Function<Page, T> work) {
        requireNonNull(request, "request is null");
        requireNonNull(work, "work is null");
        ensureOpen();
        if (workers.stream().anyMatch(BrowserWorker::isOwnThread)) {
            // waiting for a second worker from inside one could deadlock the pool
            throw new NyxException(ErrorCode.INVALID_STATE, "withContext was called from inside the browser work of "
                    + "another application; run applications one after another, not nested.");
        }
        BrowserWorker worker = borrow();
        Future<T> result;
        try {
            result = worker.submit(() -> {
                try {
                    return runInContext(worker, request, work);
                } finally {
                    idle.add(worker);
                }
            });
        } catch (RuntimeException e) {
            idle.add(worker);
            throw e;
        }
        return await(result, request);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        workers.forEach(BrowserWorker::shutdown);
    }

    private <T> T runInContext(BrowserWorker worker, ContextRequest request, Function<Page, T> work) {
        BrowserContext context = worker.browser().newContext(settings.contextOptions());
        Page page = null;
        RequestGuard guard = new RequestGuard(policy, context.request(), request.applicationId());
        try {
            context.setDefaultTimeout(settings.stepTimeoutMillis());
            context.setDefaultNavigationTimeout(settings.stepTimeoutMillis());
            if (!policy.allowsPrivateAddresses()) {
                // with private addresses allowed every http(s) request passes the rule, so the guard would
                // only cost a round trip to this thread per request
                context.route("**/*", guard);
            }
            page = context.newPage();
            return work.apply(page);
        } catch (RuntimeException e) {
            captureFailure(page, request);
            throw translate(e, guard, request);
        } catch (Error e) {
            captureFailure(page, request);
            throw e;
        } finally {
            closeQuietly(page, context, request);
        }
    }

    private void captureFailure(Page page, ContextRequest request) {
        if (page != null && request.evidenceDirectory().isPresent()) {
            screenshots.fullPage(page, request.evidenceDirectory().get(), "failure");
        }
    }

    private RuntimeException translate(RuntimeException failure, RequestGuard guard, ContextRequest request) {
        if (failure instanceof PlaywrightException && guard.firstRefusal().isPresent()) {
            NyxException refusal = guard.firstRefusal().get();
            return new NyxException(refusal.code(), refusal.getMessage(), failure);
        }
        if (failure instanceof TimeoutError) {
            return new NyxException(ErrorCode.TIMEOUT, "A browser step of application " + request.applicationId()
                    + " took longer than browser.stepTimeout (" + (long) settings.stepTimeoutMillis() + " ms): "
                    + BrowserWorker.firstLine(failure.getMessage()), failure);
        }
        if (failure instanceof PlaywrightException && String.valueOf(failure.getMessage()).contains("net::ERR_")) {
            return new NyxException(ErrorCode.NETWORK, "The browser could not load a page for application "
                    + request.applicationId() + ": " + BrowserWorker.firstLine(failure.getMessage()), failure);
        }
        return failure;
    }

    private static void closeQuietly(Page page, BrowserContext context, ContextRequest request) {
        try {
            if (page != null) {
                page.close();
            }
        } catch (PlaywrightException e) {
            log.debug("Application {}: page already gone: {}", request.applicationId(), e.getMessage());
        }
        try {
            context.close();
        } catch (PlaywrightException e) {
            log.warn("Application {}: could not close its browser context: {}", request.applicationId(),
                    BrowserWorker.firstLine(e.getMessage()));
        }
    }

    private BrowserWorker borrow() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.INTERNAL, "Interrupted while waiting for a free browser.", e);
        }
    }

    private static <T> T await(Future<T> result, ContextRequest request) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    // the work cannot be stopped safely from here; let it end, then report
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new NyxException(ErrorCode.INTERNAL, "Browser work of application " + request.applicationId()
                    + " failed: " + cause, cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The browsers are closed; create a new Browsers instance.");
        }
    }
}
