package dev.nyx.core.plugin;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plugin.internal.NyxPluginManager;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one call into an extension (plugin code) safely: on a Nyx thread whose context class
 * loader is the plugin's, bounded by {@code limits.pluginCallTimeout}, and with every throwable
 * turned into a {@link NyxException} that names the plugin and the extension.
 *
 * <p>Used by the core wherever it calls an {@code AtsAdapter}, {@code CaptchaSolver}, {@code Notifier}
 * or a plugin's {@code MatchScorer}. Thread-safe; any number of callers may use it at once. A call that does not
 * return in time fails with {@link ErrorCode#TIMEOUT}; its thread is interrupted and left to end
 * on its own, so the caller is never blocked past the time-out. Extensions that ignore
 * interrupts keep their thread until they return: that is the price of not trusting plugin code.
 *
 * <p>The time-out bounds the plugin's own work. Time the plugin spends waiting for the host (the host's services
 * it calls back, wrapped in {@link #hostWork}: answering a later step's questions with the language model,
 * waiting for a verification email) is not counted, so a multi-step application is not cut short by the host's
 * own waits. The CAPTCHA gate is counted: crash recovery relies on one submit call not outlasting the time-out.
 */
@Singleton
public final class PluginGuard implements AutoCloseable {
    private final PluginHost pluginHost;
    private final Duration timeout;
    private final ExecutorService calls;
    /** The budget of the plugin call running on this thread, if any (see {@link #hostWork}). */
    private static final ThreadLocal<CallBudget> CURRENT = new ThreadLocal<>();

    @Inject
    public PluginGuard(PluginHost pluginHost, NyxConfig config) {
        this.pluginHost = requireNonNull(pluginHost, "pluginHost is null");
        this.timeout = requireNonNull(config, "config is null").limits().pluginCallTimeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "limits.pluginCallTimeout is " + timeout
                    + ": set a positive duration (e.g. PT30S) in nyx.yaml");
        }
        this.calls = Executors.newCachedThreadPool(new CallThreads());
    }

    /** How long one call may take. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code call} against {@code extension} and returns its result.
     *
     * @param extension     the extension instance (decides the plugin and class loader)
     * @param extensionName the extension's name for messages ({@code Notifier.name()}, ...)
     * @throws NyxException {@link ErrorCode#TIMEOUT} when the call takes longer than the time-out; the
     *                      extension's own code when it threw a {@link NyxException}; otherwise
     *                      {@link ErrorCode#PLUGIN_FAILED}. The message names plugin and extension.
     */
    public <T> T call(Object extension, String extensionName, Callable<T> call) {
        requireNonNull(extension, "extension is null");
        requireNonNull(extensionName, "extensionName is null");
        requireNonNull(call, "call is null");
        String who = describe(extension, extensionName);
        ClassLoader loader = pluginHost.originOf(extension.getClass())
                .map(PluginHost.PluginOrigin::classLoader)
                .orElse(extension.getClass().getClassLoader());
        CallBudget budget = new CallBudget();
        Future<T> result;
        try {
            result = calls.submit(() -> withBudget(budget, () -> withContextClassLoader(loader, call)));
        } catch (RejectedExecutionException e) {
            throw new NyxException(ErrorCode.INVALID_STATE, who + " was not called: Nyx is closed", e);
        }
        try {
            return awaitWithinBudget(result, budget);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new NyxException(ErrorCode.TIMEOUT, who + " did not return within " + timeout
                    + " of its own work: check the plugin, or raise limits.pluginCallTimeout", e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.PLUGIN_FAILED, "Interrupted while waiting for " + who, e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause() != null ? e.getCause() : e;
            if (failure instanceof NyxException nyxFailure) {
                // keep the extension's own code: it decides retries (posting closed, rate limited, ...)
                throw new NyxException(nyxFailure.code(), who + " failed: " + nyxFailure.getMessage(), nyxFailure);
            }
            throw new NyxException(ErrorCode.PLUGIN_FAILED, who + " failed: " + NyxPluginManager.describe(failure),
                    failure);
        }
    }

    /**
     * Runs host work that a plugin call asked for (a callback such as {@code ApplyContext.answer}) without
     * counting its time against the call's time-out. Outside a plugin call it simply runs {@code work}.
     */
    public static <T> T hostWork(Supplier<T> work) {
        requireNonNull(work, "work is null");
        CallBudget budget = CURRENT.get();
        if (budget == null) {
            return work.get();
        }
        budget.enterHost(System.nanoTime());
        try {
            return work.get();
        } finally {
            budget.leaveHost(System.nanoTime());
        }
    }

    /** Like {@link #call} for calls without a result. */
    public void run(Object extension, String extensionName, Runnable call) {
        requireNonNull(call, "call is null");
        call(extension, extensionName, () -> {
            call.run();
            return null;
        });
    }

    /** Stops accepting calls and interrupts the ones still running. */
    @Override
    public void close() {
        calls.shutdownNow();
    }

    private String describe(Object extension, String extensionName) {
        String type = extension.getClass().getName();
        return pluginHost.originOf(extension.getClass())
                .map(origin -> "Plugin '" + origin.pluginId() + "' extension '" + extensionName + "' (" + type + ")")
                .orElse("Extension '" + extensionName + "' (" + type + ")");
    }

    private <T> T awaitWithinBudget(Future<T> result, CallBudget budget)
            throws InterruptedException, ExecutionException, TimeoutException {
        long started = System.nanoTime();
        long allowed = timeout.toNanos();
        while (true) {
            long now = System.nanoTime();
            long left = allowed - (now - started - budget.hostNanos(now));
            if (left <= 0) {
                throw new TimeoutException();
            }
            try {
                return result.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException ignored) {
                // look again: the plugin may have spent part of that time waiting for the host
            }
        }
    }

    private static <T> T withBudget(CallBudget budget, Callable<T> call) throws Exception {
        CURRENT.set(budget);
        try {
            return call.call();
        } finally {
            CURRENT.remove();
        }
    }

    private static <T> T withContextClassLoader(ClassLoader loader, Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The host time of one plugin call: finished host work, plus the host work under way. */
    private static final class CallBudget {
        private long hostNanos;
        private long hostSince;
        private int depth;

        synchronized void enterHost(long now) {
            if (depth++ == 0) {
                hostSince = now;
            }
        }

        synchronized void leaveHost(long now) {
            if (--depth == 0) {
                hostNanos += now - hostSince;
            }
        }

        synchronized long hostNanos(long now) {
            return depth > 0 ? hostNanos + now - hostSince : hostNanos;
        }
    }

    /** Daemon threads, so a hung extension never keeps the JVM alive. */
    private static final class CallThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "nyx-plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
