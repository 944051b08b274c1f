package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.workday.WorkdayVariants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-style: applies through the real pipeline (one Nyx, one browser, the Workday plugin archive, the
 * credential vault, the candidate's mailbox over IMAP) to the Workday tenants {@link WorkdayVariants} makes from
 * seeds 1..100 (system properties {@code nyx.workday.firstSeed}, {@code nyx.workday.seeds}), one replica tenant per
 * seed, three applications at once, and asserts every recorded submission value by value against the variant's expected values (every field of
 * every step, the work and education entries, the resume's bytes). Failures are collected with their seed and field
 * and listed at the end; it prints the median and 90th percentile apply time per application.
 *
 * <p>Seeds that fail only with a cause listed in {@link #KNOWN_FAILURE_CAUSES} are reported but tolerated; a seed
 * failing with any other cause fails the test. Remove a cause from the list as its fix lands (the report says which
 * causes were not seen any more). {@code -Dnyx.bench.steps=true} prints the gaps between each application's events.
 */
class WorkdayGeneratedWizardIT {
    /**
     * Applications at once (system property {@code nyx.workday.concurrency}): a wizard application mostly waits for
     * its pages, so three browsers share the build machine's two cores well and keep 100 seeds within minutes.
     */
    static final int CONCURRENCY = 3;

    /**
     * Failure causes tolerated for now (cause as {@link WorkdayVariantRun} names it → symptom and owner). Each entry
     * is a known bug; delete it when it is fixed, and the test then guards the fix.
     */
    static final Map<String, String> KNOWN_FAILURE_CAUSES = Map.of(
            // none: seeds 1..100 all passed on 2026-12-03 (docs/benchmarks.md); fixed before that run: the
            // signature date labelled "Today's Date" and year-only questions ("In which year did you graduate?"),
            // both left unanswered by the step filler
    );

    @TempDir
    Path temp;

    @Test
    void should_save_what_a_correct_applicant_saves_when_applying_to_generated_workday_tenants() throws Exception {
        long first = Long.getLong("nyx.workday.firstSeed", 1);
        int count = Integer.getInteger("nyx.workday.seeds", 100);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perCause = new TreeMap<>();
        List<Long> millis = new ArrayList<>();
        int passed = 0;
        int right = 0;
        int total = 0;
        int concurrency = Integer.getInteger("nyx.workday.concurrency", CONCURRENCY);
        ExecutorService applicants = Executors.newFixedThreadPool(concurrency);
        try (WorkdayVariantRun run = WorkdayVariantRun.start(temp,
                PluginArchives.installWorkdayPlugin(temp.resolve("archive")), LongStream.range(first, first + count),
                concurrency)) {
            List<Future<WorkdayVariantRun.SeedResult>> applied = new ArrayList<>();
            for (var variant : run.variants()) {
                applied.add(applicants.submit(() -> run.apply(variant)));
            }
            for (Future<WorkdayVariantRun.SeedResult> next : applied) {
                WorkdayVariantRun.SeedResult result = next.get();
                var variant = result.variant();
                millis.add(result.duration().toMillis());
                right += result.valuesRight();
                total += result.valuesTotal();
                if (result.passed()) {
                    passed++;
                    continue;
                }
                result.causes().forEach(cause -> perCause.merge(cause, 1, Integer::sum));
                boolean known = KNOWN_FAILURE_CAUSES.keySet().containsAll(result.causes());
                System.out.printf("seed %d (%s) %s in %d ms: %s%n  problems: %s%n", variant.seed(),
                        WorkdayVariantRun.describe(variant), known ? "known failure" : "FAILED",
                        result.duration().toMillis(), result.causes(), result.problems());
                if (!known) {
                    failures.add("seed " + variant.seed() + " " + result.causes() + " " + result.problems());
                }
            }
        } finally {
            applicants.shutdownNow();
        }
        System.out.printf("generated Workday tenants: %d passed of %d; values right %d / %d; apply time median %d ms,"
                + " p90 %d ms, max %d ms; failures per cause: %s%n", passed, count, right, total,
                ApplyMillis.percentile(millis, 50), ApplyMillis.percentile(millis, 90),
                ApplyMillis.percentile(millis, 100), perCause);
        KNOWN_FAILURE_CAUSES.keySet().stream().filter(cause -> !perCause.containsKey(cause)).forEach(cause ->
                System.out.println("known failure cause not seen any more (remove it): " + cause));
        assertThat(failures).as("seeds failing with causes outside KNOWN_FAILURE_CAUSES").isEmpty();
    }
}
