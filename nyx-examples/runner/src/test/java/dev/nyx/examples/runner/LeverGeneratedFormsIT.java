package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.lever.variants.LeverFormGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-style, for Lever: applies through the real pipeline (one Nyx, one browser, the Lever plugin
 * archive) to forms made by {@link LeverFormGenerator} from seeds 1..100 (system properties
 * {@code nyx.lever.variants.firstSeed}, {@code nyx.lever.variants.seeds}) and asserts every recorded
 * submission field by field against the form's expected submission. Seeds failing only with a cause in
 * {@link #KNOWN_FAILURE_CAUSES} are reported and tolerated; any other cause fails the test. Prints the
 * fidelity figures (fields right / total, submitted / attempted).
 */
class LeverGeneratedFormsIT {
    /** Failure causes tolerated for now (cause → symptom and owner); delete each when fixed. */
    static final Map<String, String> KNOWN_FAILURE_CAUSES = Map.ofEntries(
            // none: the answer-engine gaps first seen here (language levels, notice and start selects, per-country
            // sponsorship and work authorisation, working model, years ranges, an invented 'Twitter URL') are fixed
            // and guarded by this test over seeds 1..100
    );

    @TempDir
    Path temp;

    @Test
    void should_submit_what_a_correct_applicant_sends_when_applying_to_generated_lever_forms() throws Exception {
        long first = Long.getLong("nyx.lever.variants.firstSeed", 1);
        int count = Integer.getInteger("nyx.lever.variants.seeds", 100);
        List<String> unknown = new ArrayList<>();
        Map<String, Integer> perCause = new TreeMap<>();
        int passed = 0;
        int submitted = 0;
        int right = 0;
        int total = 0;
        long started = System.nanoTime();
        List<Long> millis = new ArrayList<>();
        try (LeverVariantRun run = LeverVariantRun.start(temp, PluginArchives.installLeverPlugin(temp.resolve("archive")),
                LongStream.range(first, first + count))) {
            for (var form : run.forms()) {
                LeverVariantRun.SeedResult result = run.apply(form);
                millis.add(result.duration().toMillis());
                System.out.printf("lever seed %d: %s in %d ms%n", form.seed(), result.submitted() ? "submitted"
                        : "not submitted", result.duration().toMillis());
                submitted += result.submitted() ? 1 : 0;
                right += result.fieldsRight();
                total += result.fieldsTotal();
                if (result.passed()) {
                    passed++;
                    continue;
                }
                result.causes().forEach(cause -> perCause.merge(cause, 1, Integer::sum));
                Path html = run.writeHtml(form);
                boolean known = KNOWN_FAILURE_CAUSES.keySet().containsAll(result.causes());
                System.out.printf("lever seed %d (%s, %s, %s, API %s) %s: %s%n  problems: %s%n  form HTML: %s%n",
                        form.seed(), form.language(), form.eu() ? "EU" : "global",
                        form.applyPage() ? "apply page" : "posting page", form.apiReachable() ? "up" : "unreachable",
                        known ? "known failure" : "FAILED", result.causes(), result.problems(), html);
                if (!known) {
                    unknown.add("seed " + form.seed() + " " + result.causes() + " " + result.problems() + " (HTML: "
                            + html + ")");
                }
            }
        }
        System.out.printf("generated Lever forms: %d passed of %d; submitted %d of %d; fields right %d of %d;"
                        + " %d s; apply time median %d ms, max %d ms; failures per cause: %s%n", passed, count,
                submitted, count, right, total, (System.nanoTime() - started) / 1_000_000_000L,
                millis.stream().sorted().skip(millis.size() / 2).findFirst().orElse(0L),
                millis.stream().mapToLong(Long::longValue).max().orElse(0), perCause);
        KNOWN_FAILURE_CAUSES.keySet().stream().filter(cause -> !perCause.containsKey(cause)).forEach(cause ->
                System.out.println("known failure cause not seen any more (remove it): " + cause));
        assertThat(unknown).as("seeds failing with causes outside KNOWN_FAILURE_CAUSES").isEmpty();
    }
}
