package dev.nyx.testkit.greenhouse.variants;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a correct applicant sends for one posted field of a generated form, and the check of what a
 * replica recorded against it. Immutable; thread-safe. Throws nothing.
 *
 * @param concept   the concept the question asks about (for grouping failures), e.g. {@code sponsorship}
 * @param label     the question's label as shown on the page
 * @param kind      how the recorded values are compared
 * @param values    the exact values ({@link Kind#EXACT}, in any order), the digits that must appear
 *                  ({@link Kind#CONTAINS_DIGITS}), the word that must appear ({@link Kind#MENTIONS}) or the
 *                  number ({@link Kind#SAME_NUMBER})
 * @param maxLength the longest allowed text for {@link Kind#NON_EMPTY_TEXT} and {@link Kind#ANY_TEXT}
 */
public record Expected(String concept, String label, Kind kind, List<String> values, int maxLength) {
    /** How recorded values are compared. */
    public enum Kind {
        /** exactly these values, in any order; an empty list means nothing (or only empty strings) sent */
        EXACT,
        /** one non-blank value of at most {@code maxLength} characters (LLM free text) */
        NON_EMPTY_TEXT,
        /** nothing, or one value of at most {@code maxLength} characters (optional free text) */
        ANY_TEXT,
        /** one value whose digits contain {@code values.get(0)} (a salary typed as "85,000 EUR") */
        CONTAINS_DIGITS,
        /** one value of at most {@code maxLength} characters naming {@code values.get(0)} as a word ("Lyon, France") */
        MENTIONS,
        /** one value that is the number {@code values.get(0)}, leading zeros allowed ("09" for 9) */
        SAME_NUMBER
    }

    public Expected {
        requireNonNull(concept, "concept is null");
        requireNonNull(label, "label is null");
        requireNonNull(kind, "kind is null");
        values = List.copyOf(values);
    }

    static Expected exact(String concept, String label, List<String> values) {
        return new Expected(concept, label, Kind.EXACT, values, 0);
    }

    static Expected nothing(String concept, String label) {
        return exact(concept, label, List.of());
    }

    /**
     * @param recorded what the replica recorded under the field's posted name (empty when absent)
     * @return why it does not match, or empty when it does
     */
    public Optional<String> mismatch(List<String> recorded) {
        List<String> sent = recorded.stream().filter(value -> !value.isEmpty()).toList();
        boolean ok = switch (kind) {
            case EXACT -> sent.size() == values.size() && sent.containsAll(values) && values.containsAll(sent);
            case NON_EMPTY_TEXT -> sent.size() == 1 && !sent.get(0).isBlank() && sent.get(0).length() <= maxLength;
            case ANY_TEXT -> sent.isEmpty() || sent.size() == 1 && sent.get(0).length() <= maxLength;
            case CONTAINS_DIGITS -> sent.size() == 1 && sent.get(0).replaceAll("\\D", "").contains(values.get(0));
            case MENTIONS -> sent.size() == 1 && sent.get(0).length() <= maxLength
                    && java.util.regex.Pattern.compile("(?iu)(^|\\W)" + java.util.regex.Pattern.quote(values.get(0))
                    + "(\\W|$)").matcher(sent.get(0)).find();
            case SAME_NUMBER -> sent.size() == 1 && sent.get(0).strip().matches("0*" + values.get(0));
        };
        return ok ? Optional.empty() : Optional.of(concept + " '" + label + "': expected " + describe() + ", sent "
                + recorded);
    }

    private String describe() {
        return switch (kind) {
            case EXACT -> values.isEmpty() ? "nothing" : values.toString();
            case NON_EMPTY_TEXT -> "non-empty text of at most " + maxLength + " characters";
            case ANY_TEXT -> "nothing or text of at most " + maxLength + " characters";
            case CONTAINS_DIGITS -> "a value with the digits " + values.get(0);
            case MENTIONS -> "text naming " + values.get(0);
            case SAME_NUMBER -> "the number " + values.get(0);
        };
    }
}
