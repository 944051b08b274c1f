package dev.nyx.testkit.lever.variants;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.greenhouse.variants.Expected;
import dev.nyx.testkit.lever.LeverPosting;
import java.util.List;
import java.util.Map;

/**
 * One Lever form made by {@link LeverFormGenerator} from a seed: the posting (its cards in page order),
 * how it is reached, whether the postings API answers, and the expected submission keyed by posted field
 * name. Immutable; thread-safe. Throws nothing.
 *
 * @param seed           the seed it was made from (print it to reproduce a failure)
 * @param language       the language of the card questions: {@code en}, {@code de} or {@code fr}
 * @param eu             whether it is served on the EU board ({@code jobs.eu.lever.co}, EU API)
 * @param applyPage      whether the URL applied to is the {@code /apply} page (else the posting page)
 * @param apiReachable   false when the postings API answers 503 for its site: the adapter must use the page
 * @param posting        the posting served
 * @param expected       posted field name → what a correct applicant sends
 * @param resumeExpected whether a resume file must be uploaded
 */
public record GeneratedLeverForm(long seed, String language, boolean eu, boolean applyPage, boolean apiReachable,
                                 LeverPosting posting, Map<String, Expected> expected, boolean resumeExpected) {
    public GeneratedLeverForm {
        requireNonNull(language, "language is null");
        requireNonNull(posting, "posting is null");
        expected = Map.copyOf(expected);
    }

    /** The concepts this form asks about, for per-concept counts. */
    public List<String> concepts() {
        return expected.values().stream().map(Expected::concept).distinct().sorted().toList();
    }
}
