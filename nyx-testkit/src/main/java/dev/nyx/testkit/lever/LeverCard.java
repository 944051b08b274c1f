package dev.nyx.testkit.lever;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A custom question card of a Lever posting: a titled block of questions posted as
 * {@code cards[<id>][field<N>]} (plus the hidden {@code cards[<id>][baseTemplate]}). Immutable; thread-safe.
 *
 * @param id     the card template's UUID
 * @param title  the heading shown above the card ("Additional questions")
 * @param fields the questions in order; the N of {@code field<N>} is the index
 */
public record LeverCard(String id, String title, List<LeverCardField> fields) {
    public LeverCard {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        fields = List.copyOf(fields);
    }

    /** The posted name of the question at {@code index}. */
    public String fieldName(int index) {
        return "cards[" + id + "][field" + index + "]";
    }
}
