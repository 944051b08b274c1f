package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.core.browser.Browsers;
import dev.nyx.core.browser.ContextRequest;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.UrlPolicy;
import java.time.Clock;
import java.util.function.Function;

/**
 * {@link Browsers} created on first use, so commands that never apply ({@code nyx plugins},
 * {@code nyx profile check}) never look for or start a browser. Closed by {@code Nyx.close()}
 * through the {@code Set<AutoCloseable>}. Thread-safe. Public only for wiring.
 */
public final class LazyBrowsers implements Browsers {
    private final NyxConfig config;
    private final UrlPolicy policy;
    private final Clock clock;
    private Browsers browsers;
    private boolean closed;

    @jakarta.inject.Inject
    public LazyBrowsers(NyxConfig config, UrlPolicy policy, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public <T> T withContext(ContextRequest request, Function<Page, T> work) {
        return started().withContext(request, work);
    }

    private synchronized Browsers started() {
        if (browsers == null) {
            if (closed) {
                throw new dev.nyx.spi.NyxException(dev.nyx.spi.ErrorCode.INVALID_STATE,
                        "The browsers are closed: apply before Nyx.close()");
            }
            browsers = Browsers.create(config, policy, clock);
        }
        return browsers;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (browsers != null) {
            browsers.close();
        }
    }
}
