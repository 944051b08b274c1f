package dev.nyx.examples.runner;

import java.util.List;

/** Percentiles of apply times in milliseconds, for the Workday generator's test and benchmark. Stateless. */
final class ApplyMillis {
    private ApplyMillis() {
    }

    /** The {@code percent}-th percentile (nearest rank) of {@code values}; 0 when there are none. */
    static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(index);
    }
}
