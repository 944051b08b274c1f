package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.QuestionSimilarity;
import dev.nyx.model.profile.AnswerRule;
import dev.nyx.core.storage.Correction;
import dev.nyx.core.storage.TextKeys;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the candidate's own answer for a question among their corrections ({@link Correction},
 * newest per question) and the profile's answer bank ({@code nyx.answers}), in this order:
 * <ol>
 *   <li>a correction whose question equals the label once normalised ({@link TextKeys#normalize});</li>
 *   <li>the profile's bank: equal text, then the first {@code /regex/} found ({@link BankLookup});</li>
 *   <li>by meaning: the most similar correction or plain-text bank entry, if its similarity reaches
 *       {@value #MEANING_THRESHOLD} and both wordings name the same things (capitalised words and
 *       numbers after the first word: "United States" vs "Germany", "Java" vs "Python", "5 years"
 *       vs "3 years" never match, however alike the sentences are).</li>
 * </ol>
 * With all-MiniLM-L6-v2 (quantised), re-wordings measured 0.75–0.92 ("Do you have a driver's
 * license?" / "Do you hold a valid driving licence?" 0.76, "Are you willing to relocate?" / "Would
 * you be open to relocating for this role?" 0.75), while different questions measured up to 0.70
 * ("... work in the United States?" / "... in Germany?", which the names rule also separates) and
 * 0.63 ("willing to relocate" / "willing to travel"). One per form; not thread-safe.
 */
public final class BankMatch {
    /** The similarity at or above which a re-worded question takes a known answer. */
    public static final double MEANING_THRESHOLD = 0.75;

    private final List<Correction> corrections;
    private final List<AnswerRule> bank;
    private final QuestionSimilarity similarity;

    /** What matched: the fact to give, and whether it was found by meaning rather than by text. */
    public record Found(Fact fact, boolean byMeaning) {
        public Found {
            requireNonNull(fact, "fact is null");
        }
    }

    public BankMatch(List<Correction> corrections, List<AnswerRule> bank, QuestionSimilarity similarity) {
        this.corrections = List.copyOf(corrections);
        this.bank = List.copyOf(bank);
        this.similarity = requireNonNull(similarity, "similarity is null");
    }

    /** The candidate's answer to the question labelled {@code label}, if any. */
    public Optional<Found> find(String label) {
        requireNonNull(label, "label is null");
        String key = TextKeys.normalize(label);
        for (Correction correction : corrections) {
            if (correction.questionKey().equals(key)) {
                return Optional.of(new Found(fact(correction), false));
            }
        }
        Optional<Fact> banked = BankLookup.find(bank, label);
        if (banked.isPresent()) {
            return Optional.of(new Found(banked.get(), false));
        }
        return byMeaning(label);
    }

    private Optional<Found> byMeaning(String label) {
        if (corrections.isEmpty() && bank.stream().allMatch(entry -> entry.pattern().isPresent())) {
            return Optional.empty(); // nothing to compare with: do not wake the embedding model
        }
        Set<String> names = names(label);
        double best = MEANING_THRESHOLD;
        Fact found = null;
        for (Correction correction : corrections) {
            double score = names(correction.question()).equals(names)
                    ? similarity.similarity(label, correction.question()) : -1;
            if (score >= best) {
                best = score;
                found = fact(correction);
            }
        }
        for (int index = 0; index < bank.size(); index++) {
            AnswerRule entry = bank.get(index);
            if (entry.pattern().isPresent() || !names(entry.question()).equals(names)) {
                continue;
            }
            double score = similarity.similarity(label, entry.question());
            if (score > best || score >= best && found == null) {
                best = score;
                found = new Fact.Text(entry.answer(), List.of("nyx.answers[" + index + "]"));
            }
        }
        return Optional.ofNullable(found).map(fact -> new Found(fact, true));
    }

    /**
     * The words after the first that start with a capital letter or hold a digit, lower-cased:
     * places, employers, tools and numbers, which decide what a question asks about.
     */
    static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        String[] words = text.strip().split("[^\\p{L}\\p{N}+#]+");
        for (int index = 1; index < words.length; index++) {
            String word = words[index];
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !word.equals("I");
            if (capitalised || word.chars().anyMatch(Character::isDigit)) {
                names.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static Fact fact(Correction correction) {
        return new Fact.Text(correction.answer(), List.of("corrections[" + correction.id() + "]"));
    }
}
