package dev.nyx.testkit.greenhouse.variants;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.util.List;
import java.util.Map;

/**
 * One form made by {@link FormVariantGenerator} from a seed: the posting (questions in page order),
 * the page style it is served in, whether its Job Board API answers, the hidden system fields the
 * page carries beyond the replica's own, and the expected submission keyed by posted field name.
 * Immutable; thread-safe. Throws nothing.
 *
 * @param seed         the seed it was made from (print it to reproduce a failure)
 * @param language     the form's language: {@code en}, {@code de} or {@code fr}
 * @param style        {@link GreenhouseStyle#CLASSIC} or {@link GreenhouseStyle#JOB_BOARDS}
 * @param apiReachable false when the Job Board API answers 503 for this board: the adapter must read the page
 * @param posting      the posting served for this form
 * @param systemFields extra hidden/system inputs inserted into the application form (HTML)
 * @param expected     posted field name → what a correct applicant sends
 * @param resumeExpected whether a resume file must be uploaded
 */
public record GeneratedForm(long seed, String language, GreenhouseStyle style, boolean apiReachable,
                            GreenhousePosting posting, String systemFields, Map<String, Expected> expected,
                            boolean resumeExpected) {
    public GeneratedForm {
        requireNonNull(language, "language is null");
        requireNonNull(style, "style is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(systemFields, "systemFields is null");
        expected = Map.copyOf(expected);
    }

    /** The concepts this form asks about, for per-concept counts. */
    public List<String> concepts() {
        return expected.values().stream().map(Expected::concept).distinct().sorted().toList();
    }
}
