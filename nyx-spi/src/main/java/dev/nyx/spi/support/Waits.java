package dev.nyx.spi.support;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits driven by the browser: re-check a condition whenever the DOM changes (or at the latest every
 * 250 ms), up to a limit. The browser measures the elapsed time, so no clock or sleep is needed here.
 */
final class Waits {

    private static final long RECHECK_MILLIS = 250;

    private Waits() {
    }

    /** The first present result of {@code probe}, re-probed on DOM changes, or empty after {@code limit}. */
    static <T> Optional<T> until(Scope scope, Duration limit, Supplier<Optional<T>> probe) {
        // a quiet period as long as the limit never ends the wait early
        return untilOrQuiet(scope, limit, limit, probe);
    }

    /**
     * Like {@link #until}, but gives up early once the page has stayed quiet (no DOM change) for
     * {@code quiet}: what {@code probe} waits for comes in reaction to something that already happened.
     */
    static <T> Optional<T> untilOrQuiet(Scope scope, Duration limit, Duration quiet, Supplier<Optional<T>> probe) {
        // most waits are over at the first look: spare them the two clock reads
        Optional<T> first = probe.get();
        if (first.isPresent() || limit.isZero()) {
            return first;
        }
        // the deadline runs on the browser's monotonic clock, so probing time counts too
        double start = browserMillis(scope);
        double quietFor = 0;
        Optional<T> result = first;
        while (true) {
            double remaining = limit.toMillis() - (browserMillis(scope) - start);
            if (result.isPresent() || remaining <= 0 || quietFor >= quiet.toMillis()) {
                return result;
            }
            double wait = Math.min(Math.min(remaining, (double) RECHECK_MILLIS), quiet.toMillis() - quietFor);
            Object waited = scope.eval(scope.documentElement(), Scripts.NEXT_CHANGE, Map.of("ms", wait));
            double elapsed = waited instanceof Number number ? number.doubleValue() : wait;
            // resolved by its timer: nothing changed meanwhile; resolved early: the page moved
            quietFor = elapsed >= wait - 1 ? quietFor + elapsed : 0;
            result = probe.get();
        }
    }

    private static double browserMillis(Scope scope) {
        Object now = scope.page().evaluate("() => performance.now()");
        return now instanceof Number number ? number.doubleValue() : 0;
    }

    /** Whether the page had a quiet period (no DOM changes, no finished requests) of {@code quiet} within {@code limit}. */
    static boolean settled(Scope scope, Duration quiet, Duration limit) {
        Object result = scope.eval(scope.documentElement(), Scripts.SETTLE,
                Map.of("quietMs", (double) quiet.toMillis(), "timeoutMs", (double) limit.toMillis()));
        return Boolean.TRUE.equals(result);
    }
}
