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
        // the deadline runs on the browser's monotonic clock, so probing time counts too
        double start = browserMillis(scope);
        while (true) {
            Optional<T> result = probe.get();
            double remaining = limit.toMillis() - (browserMillis(scope) - start);
            if (result.isPresent() || remaining <= 0) {
                return result;
            }
            scope.eval(scope.documentElement(), Scripts.NEXT_CHANGE,
                    Map.of("ms", Math.min(remaining, (double) RECHECK_MILLIS)));
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
