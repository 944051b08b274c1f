package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.greenhouse.variants.FormVariantGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-style: applies through the real pipeline (one Nyx, one browser, the Greenhouse plugin
 * archive) to forms made by {@link FormVariantGenerator} from seeds 1..100 (system properties
 * {@code nyx.variants.firstSeed}, {@code nyx.variants.seeds}) and asserts every recorded
 * submission field by field against the form's expected submission.
 *
 * <p>Until the adapter and answer-engine fixes of issue 10 land, seeds that fail only with a cause
 * listed in {@link #KNOWN_FAILURE_CAUSES} are reported but tolerated; a seed failing with any
 * other cause fails the test. Every failing seed is printed with its problems and the path of its
 * form's HTML. Remove a cause from the list as its fix lands (the report says which causes were
 * not seen any more).
 *
 * <p>It also checks issue 10's Done-when 3 on the same run ({@link ApplyTimes}): no application takes
 * longer than twice the classic style's median unless its outcome names a step that timed out; it prints
 * the medians per page style. Such a seed fails with the cause {@value #SLOW} (tolerated, see
 * {@link #KNOWN_FAILURE_CAUSES}: on a shared build machine a busy second can push a long form over), and over
 * three times the median with {@value #VERY_SLOW} (never tolerated: that is waiting, not work). Before the seeds, Nyx
 * applies to {@value #WARM_UP_FORMS} forms of other seeds, untimed and unchecked: the first applications
 * pay for the browser's start, the embedding models' loading and the JIT.
 */
class GeneratedFormsIT {
    /** The cause of a seed slower than twice the classic median without a timed-out step. */
    static final String SLOW = "slow: over twice the classic median, no timed-out step";
    /**
     * The cause of a seed slower than three times the classic median without a timed-out step: waiting, not
     * work (a 1.5 s retry per react-select option made the long forms 5-6 x the median; select2 school
     * searches waited 3 s each). Never tolerated.
     */
    static final String VERY_SLOW = "slow: over three times the classic median, no timed-out step";
    /** Forms applied to before the timed seeds (seeds far from the tested ones). */
    static final int WARM_UP_FORMS = 4;
    static final long WARM_UP_FIRST_SEED = 900_001;

    /**
     * Failure causes tolerated for now (cause as {@link VariantRun} names it → symptom and owner).
     * Each entry is a known bug; delete it when it is fixed, and the test then guards the fix.
     */
    static final Map<String, String> KNOWN_FAILURE_CAUSES = Map.ofEntries(
            // fixed and now guarded over seeds 1..100: API unreachable, how did you hear, skills checklist,
            // education (needs input), years of experience (needs input); over seeds 1..200: notice and start
            // selects, language levels, years-range selects, de/fr education labels (needs input and wrong values),
            // consent processing, motivation, relocation, remote (needs input and wrong field), sponsorship, work
            // authorisation, skills checklists (the language model no longer ticks technologies)
            // speed (issue 10, Done-when 3): nothing waits any more (select2 and async type-aheads are typed
            // into at once, options clicked at their point, the form re-listed only when it changed); the
            // benchmark at steady load has no seed over the bound. Over twice is tolerated here for the
            // shared build machine's noise on the longest forms; over three times never is.
            Map.entry(SLOW, "the longest new-board forms on a busy machine: per-question work; see docs/benchmarks.md")
    );

    @TempDir
    Path temp;

    @Test
    void should_submit_what_a_correct_applicant_sends_when_applying_to_generated_forms() throws Exception {
        long first = Long.getLong("nyx.variants.firstSeed", 1);
        int count = Integer.getInteger("nyx.variants.seeds", 100);
        List<String> unknown = new ArrayList<>();
        Map<String, Integer> perCause = new TreeMap<>();
        int passed = 0;
        ApplyTimes times = new ApplyTimes();
        try (VariantRun run = VariantRun.start(temp, PluginArchives.installGreenhousePlugin(temp.resolve("archive")),
                LongStream.concat(LongStream.range(WARM_UP_FIRST_SEED, WARM_UP_FIRST_SEED + WARM_UP_FORMS),
                        LongStream.range(first, first + count)))) {
            for (var form : run.forms()) {
                VariantRun.SeedResult result = run.apply(form);
                if (form.seed() >= WARM_UP_FIRST_SEED) {
                    continue; // warm-up
                }
                times.add(ApplyTimes.Timed.of(result));
                if (result.passed()) {
                    passed++;
                    continue;
                }
                result.causes().forEach(cause -> perCause.merge(cause, 1, Integer::sum));
                Path html = run.writeHtml(form);
                boolean known = KNOWN_FAILURE_CAUSES.keySet().containsAll(result.causes());
                System.out.printf("seed %d (%s, %s, API %s) %s: %s%n  problems: %s%n  form HTML: %s%n",
                        form.seed(), VariantRun.style(form), form.language(),
                        form.apiReachable() ? "up" : "unreachable", known ? "known failure" : "FAILED",
                        result.causes(), result.problems(), html);
                if (!known) {
                    unknown.add("seed " + form.seed() + " " + result.causes() + " " + result.problems() + " (HTML: "
                            + html + ")");
                }
            }
        }
        System.out.printf("apply time per page style (%d warm-up forms before):%n%s%n", WARM_UP_FORMS, times.report());
        List<ApplyTimes.Timed> verySlow = times.tooSlow(3);
        for (ApplyTimes.Timed slow : times.tooSlow()) {
            String cause = verySlow.contains(slow) ? VERY_SLOW : SLOW;
            perCause.merge(cause, 1, Integer::sum);
            boolean known = KNOWN_FAILURE_CAUSES.containsKey(cause);
            System.out.printf("seed %d (%s) %s: [%s] took %d ms%n", slow.seed(), slow.style(),
                    known ? "known failure" : "FAILED", cause, slow.duration().toMillis());
            if (!known) {
                unknown.add("seed " + slow.seed() + " [" + cause + "] took " + slow.duration().toMillis() + " ms");
            }
        }
        System.out.printf("generated forms: %d passed of %d; failures per cause: %s%n", passed, count, perCause);
        // SLOW is a noise margin, not a bug: its absence is the normal case and says nothing
        KNOWN_FAILURE_CAUSES.keySet().stream().filter(cause -> !cause.equals(SLOW) && !perCause.containsKey(cause))
                .forEach(cause -> System.out.println("known failure cause not seen any more (remove it): " + cause));
        assertThat(unknown).as("seeds failing with causes outside KNOWN_FAILURE_CAUSES").isEmpty();
    }
}
