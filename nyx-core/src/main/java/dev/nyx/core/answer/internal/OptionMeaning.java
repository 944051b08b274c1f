package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Pattern;

/**
 * Chooses an offered option by meaning when {@link OptionMatcher} finds none by its words: first
 * with the posting's company name read as "the company" ("Company careers site" is "Acme careers
 * site" when the company is Acme), then by the similarity of the two texts' embeddings (given as a
 * function, so this package does not depend on the embedding model), which must reach
 * {@link #THRESHOLD} and beat the runner-up by {@link #MARGIN}. Never used for yes/no options (a
 * yes/no fact is matched by {@link OptionMatcher#byFlag} only) nor for "decline" options.
 *
 * <p>Called by the answer engine after a bank or rule answer fitted no option by its words.
 * Stateless and thread-safe when the similarity function is; throws what that function throws.
 */
public final class OptionMeaning {
    /** The least embedding similarity an option needs (all-MiniLM-L6-v2 cosine). */
    public static final double THRESHOLD = 0.8;
    /** By how much the best option must beat the next one: two near options are a tie, not a match. */
    public static final double MARGIN = 0.05;

    private static final Pattern THE_COMPANY = Pattern.compile("\\b(the |your |our |this )?(company|employer|"
            + "unternehmen|firma|entreprise|societe)( s)?\\b");

    private OptionMeaning() {
    }

    /**
     * The option meaning one of the spellings, if exactly one does.
     *
     * @param company    the posting's company, read as "the company" in options and answers
     * @param similarity similarity in meaning of two texts, -1..1
     */
    public static Optional<OptionMatcher.Match> match(List<Option> options, List<String> spellings,
                                                      Optional<String> company,
                                                      ToDoubleBiFunction<String, String> similarity) {
        requireNonNull(options, "options is null");
        requireNonNull(spellings, "spellings is null");
        requireNonNull(company, "company is null");
        requireNonNull(similarity, "similarity is null");
        List<Option> candidates = options.stream()
                .filter(option -> Text.yesNo(option.label()).isEmpty())
                .filter(option -> OptionMatcher.decline(List.of(option)).isEmpty())
                .toList();
        if (candidates.isEmpty() || candidates.size() < options.size() - 1) {
            return Optional.empty(); // a yes/no question: its answer is a flag, never a near meaning
        }
        List<Option> generic = candidates.stream()
                .map(option -> new Option(option.label(), generic(option.label(), company))).toList();
        for (String spelling : spellings) {
            String wanted = generic(spelling, company);
            if (wanted.isEmpty()) {
                continue;
            }
            Optional<OptionMatcher.Match> byWords = OptionMatcher.bySpelling(generic, List.of(wanted));
            if (byWords.isPresent()) {
                String label = generic.stream().filter(option -> option.label().equals(byWords.get().label()))
                        .findFirst().orElseThrow().value();
                return Optional.of(new OptionMatcher.Match(label, Math.min(0.85, byWords.get().confidence())));
            }
        }
        for (String spelling : spellings) {
            String wanted = generic(spelling, company);
            if (wanted.isEmpty()) {
                continue;
            }
            List<OptionMatcher.Match> scored = new ArrayList<>();
            for (Option option : generic) {
                scored.add(new OptionMatcher.Match(option.value(), similarity.applyAsDouble(wanted, option.label())));
            }
            scored.sort(Comparator.comparingDouble(OptionMatcher.Match::confidence).reversed());
            double best = scored.get(0).confidence();
            double next = scored.size() > 1 ? scored.get(1).confidence() : -1;
            if (best >= THRESHOLD && best - next >= MARGIN) {
                return Optional.of(new OptionMatcher.Match(scored.get(0).label(), 0.7));
            }
        }
        return Optional.empty();
    }

    /** The normalised text with the company's name, and "the company's", read as "company". */
    static String generic(String text, Optional<String> company) {
        String normalised = Text.normalise(text);
        if (company.isPresent() && !Text.normalise(company.get()).isEmpty()) {
            String name = Pattern.quote(Text.normalise(company.get()));
            normalised = normalised.replaceAll("\\b" + name + "( s)?\\b", "company");
        }
        return THE_COMPANY.matcher(normalised).replaceAll("company").replaceAll("\\s+", " ").trim();
    }
}
