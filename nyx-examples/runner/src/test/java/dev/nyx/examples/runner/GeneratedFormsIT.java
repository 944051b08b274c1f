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
 */
class GeneratedFormsIT {
    /**
     * Failure causes tolerated for now (cause as {@link VariantRun} names it → symptom and owner).
     * Each entry is a known bug; delete it when it is fixed, and the test then guards the fix.
     */
    static final Map<String, String> KNOWN_FAILURE_CAUSES = Map.ofEntries(
            // fixed and now guarded over seeds 1..100: API unreachable, how did you hear, skills checklist,
            // education (needs input), years of experience (needs input); over seeds 1..200: notice and start
            // selects, language levels, years-range selects, de/fr education labels (needs input and wrong values),
            // consent processing, motivation, relocation, remote (needs input and wrong field), sponsorship, work
            // authorisation
            // wrong values submitted: the worst kind, listed so the build shows them until fixed
            Map.entry("wrong field: skills checklist",
                    "a checklist naming none of the profile's technologies is sent to the LLM as a choice among"
                            + " the labels (QuestionRoute), which must reply with at least one, so one is ticked")
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
        try (VariantRun run = VariantRun.start(temp, PluginArchives.installGreenhousePlugin(temp.resolve("archive")),
                LongStream.range(first, first + count))) {
            for (var form : run.forms()) {
                VariantRun.SeedResult result = run.apply(form);
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
        System.out.printf("generated forms: %d passed of %d; failures per cause: %s%n", passed, count, perCause);
        KNOWN_FAILURE_CAUSES.keySet().stream().filter(cause -> !perCause.containsKey(cause)).forEach(cause ->
                System.out.println("known failure cause not seen any more (remove it): " + cause));
        assertThat(unknown).as("seeds failing with causes outside KNOWN_FAILURE_CAUSES").isEmpty();
    }
}
