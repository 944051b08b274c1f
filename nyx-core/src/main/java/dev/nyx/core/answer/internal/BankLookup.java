package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.AnswerRule;
import java.util.List;
import java.util.Optional;

/**
 * Finds the candidate's own answer to a question in the answer bank ({@code nyx.answers}): first an
 * entry whose text equals the label (ignoring case, accents and punctuation), then the first entry
 * whose {@code /regex/} is found in the label. Stateless.
 */
public final class BankLookup {
    private BankLookup() {
    }

    /** The bank's answer as a text fact naming the entry ({@code nyx.answers[2]}), if any entry matches. */
    public static Optional<Fact> find(List<AnswerRule> bank, String label) {
        String normalised = Text.normalise(label);
        for (int index = 0; index < bank.size(); index++) {
            AnswerRule entry = bank.get(index);
            if (entry.pattern().isEmpty() && Text.normalise(entry.question()).equals(normalised)) {
                return Optional.of(fact(entry, index));
            }
        }
        for (int index = 0; index < bank.size(); index++) {
            AnswerRule entry = bank.get(index);
            if (entry.pattern().isPresent() && entry.matches(label)) {
                return Optional.of(fact(entry, index));
            }
        }
        return Optional.empty();
    }

    private static Fact fact(AnswerRule entry, int index) {
        return new Fact.Text(entry.answer(), List.of("nyx.answers[" + index + "]"));
    }
}
