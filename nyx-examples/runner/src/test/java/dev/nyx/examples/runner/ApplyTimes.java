package dev.nyx.examples.runner;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Apply times per page style over a run of generated forms, and issue 10's Done-when 3 on them: no
 * application takes longer than twice the classic style's median unless a step timed out (which its
 * outcome then names). The classic median is taken over the classic applications that were submitted
 * (a whole apply: fetch, answers, fill, QA, submit, confirmation); when none was, over all classic ones.
 * Used by {@link GeneratedFormsIT} and {@link FidelityBenchmark}; one per run, not thread-safe.
 */
final class ApplyTimes {
    /** The classic style's name in {@link VariantRun#style}. */
    static final String CLASSIC = "classic";

    /** One timed application. */
    record Timed(long seed, String style, Duration duration, boolean submitted, Optional<String> timedOutStep) {
        Timed {
            requireNonNull(style, "style is null");
            requireNonNull(duration, "duration is null");
            requireNonNull(timedOutStep, "timedOutStep is null");
        }

        static Timed of(VariantRun.SeedResult result) {
            return new Timed(result.form().seed(), VariantRun.style(result.form()), result.duration(),
                    result.submitted(), result.timedOutStep());
        }
    }

    private final List<Timed> times = new ArrayList<>();

    void add(Timed timed) {
        times.add(requireNonNull(timed, "timed is null"));
    }

    /** The classic style's median apply time (submitted applications; all classic ones when none was). */
    Optional<Duration> classicMedian() {
        List<Duration> submitted = durations(CLASSIC, true);
        return median(submitted.isEmpty() ? durations(CLASSIC, false) : submitted);
    }

    /** Twice the classic median: the longest an application may take without a timed-out step. */
    Optional<Duration> bound() {
        return bound(2);
    }

    /** {@code factor} times the classic median. */
    Optional<Duration> bound(int factor) {
        return classicMedian().map(median -> median.multipliedBy(factor));
    }

    /** The applications over the {@link #bound()} whose outcome names no timed-out step, slowest first. */
    List<Timed> tooSlow() {
        return tooSlow(2);
    }

    /** The applications over {@code factor} times the classic median naming no timed-out step, slowest first. */
    List<Timed> tooSlow(int factor) {
        Optional<Duration> bound = bound(factor);
        if (bound.isEmpty()) {
            return List.of();
        }
        return times.stream().filter(timed -> timed.duration().compareTo(bound.get()) > 0)
                .filter(timed -> timed.timedOutStep().isEmpty())
                .sorted((first, second) -> second.duration().compareTo(first.duration())).toList();
    }

    /** One line per style: count, median and maximum, over all applications and over the submitted ones. */
    String report() {
        Map<String, String> lines = new TreeMap<>();
        for (Timed timed : times) {
            lines.computeIfAbsent(timed.style(), style -> String.format("  %-10s all n=%d median %d ms, max %d ms;"
                            + " submitted n=%d median %d ms, max %d ms", style, durations(style, false).size(),
                    millis(median(durations(style, false))), millis(max(durations(style, false))),
                    durations(style, true).size(), millis(median(durations(style, true))),
                    millis(max(durations(style, true)))));
        }
        return String.join(System.lineSeparator(), lines.values()) + System.lineSeparator()
                + "  bound (2 x classic median): " + bound().map(bound -> bound.toMillis() + " ms").orElse("none");
    }

    private List<Duration> durations(String style, boolean submittedOnly) {
        return times.stream().filter(timed -> timed.style().equals(style))
                .filter(timed -> !submittedOnly || timed.submitted()).map(Timed::duration).sorted().toList();
    }

    private static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }

    private static Optional<Duration> max(List<Duration> sorted) {
        return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1));
    }

    private static long millis(Optional<Duration> duration) {
        return duration.map(Duration::toMillis).orElse(0L);
    }
}
