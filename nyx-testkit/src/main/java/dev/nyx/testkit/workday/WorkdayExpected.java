package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What a correct applicant saves for one field of a generated Workday wizard ({@link WorkdayVariants}), and the
 * check of what the replica recorded against it. Immutable; thread-safe. Throws nothing.
 *
 * @param concept   the concept the field asks about (for grouping failures), e.g. {@code sponsorship}
 * @param label     the field's label as shown on the page
 * @param kind      how the recorded values are compared
 * @param values    the exact values ({@link Kind#EXACT}, in any order; empty: nothing saved), the digits that must
 *                  appear ({@link Kind#CONTAINS_DIGITS}); unused for the other kinds
 * @param maxLength the longest allowed text for {@link Kind#NON_EMPTY_TEXT}
 */
public record WorkdayExpected(String concept, String label, Kind kind, List<String> values, int maxLength) {
    /** How recorded values are compared. */
    public enum Kind {
        /** exactly these values, in any order; an empty list means nothing (or only empty strings) saved */
        EXACT,
        /** one non-blank value of at most {@code maxLength} characters (free text the language model writes) */
        NON_EMPTY_TEXT,
        /** one value whose digits contain {@code values.get(0)} (a salary typed as "85,000 EUR", a phone number) */
        CONTAINS_DIGITS,
        /** a ticked checkbox: the one value "true" */
        TICKED,
        /** a checkbox left alone: nothing, or "false" */
        UNTICKED,
        /** the day of the check as {@code MM/DD/YYYY} (a signature date; the day before is accepted past midnight) */
        TODAY
    }

    private static final DateTimeFormatter WORKDAY_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public WorkdayExpected {
        requireNonNull(concept, "concept is null");
        requireNonNull(label, "label is null");
        requireNonNull(kind, "kind is null");
        values = List.copyOf(values);
    }

    /** Exactly these values. */
    public static WorkdayExpected exact(String concept, String label, List<String> values) {
        return new WorkdayExpected(concept, label, Kind.EXACT, values, 0);
    }

    /** Exactly this one value. */
    public static WorkdayExpected exact(String concept, String label, String value) {
        return exact(concept, label, List.of(value));
    }

    /** Nothing saved (a hidden field, a conditional field not shown, an optional field the profile cannot fill). */
    public static WorkdayExpected nothing(String concept, String label) {
        return exact(concept, label, List.of());
    }

    /** A checkbox ticked or left alone. */
    public static WorkdayExpected ticked(String concept, String label, boolean ticked) {
        return new WorkdayExpected(concept, label, ticked ? Kind.TICKED : Kind.UNTICKED, List.of(), 0);
    }

    /**
     * @param recorded what the replica recorded for the field (empty when absent)
     * @param today    the day of the check, for {@link Kind#TODAY}
     * @return why it does not match, or empty when it does
     */
    public Optional<String> mismatch(List<String> recorded, LocalDate today) {
        requireNonNull(recorded, "recorded is null");
        requireNonNull(today, "today is null");
        List<String> sent = recorded.stream().filter(value -> value != null && !value.isBlank()).map(String::strip)
                .toList();
        boolean ok = switch (kind) {
            case EXACT -> sent.size() == values.size() && sent.containsAll(values) && values.containsAll(sent);
            case NON_EMPTY_TEXT -> sent.size() == 1 && sent.get(0).length() <= maxLength;
            case CONTAINS_DIGITS -> sent.size() == 1 && sent.get(0).replaceAll("\\D", "").contains(values.get(0));
            case TICKED -> sent.equals(List.of("true"));
            case UNTICKED -> sent.isEmpty() || sent.equals(List.of("false"));
            case TODAY -> sent.size() == 1 && (sent.get(0).equals(today.format(WORKDAY_DATE))
                    || sent.get(0).equals(today.minusDays(1).format(WORKDAY_DATE)));
        };
        return ok ? Optional.empty() : Optional.of(concept + " '" + label + "': expected " + describe(today)
                + ", saved " + recorded);
    }

    private String describe(LocalDate today) {
        return switch (kind) {
            case EXACT -> values.isEmpty() ? "nothing" : values.toString();
            case NON_EMPTY_TEXT -> "non-empty text of at most " + maxLength + " characters";
            case CONTAINS_DIGITS -> "a value with the digits " + values.get(0);
            case TICKED -> "ticked";
            case UNTICKED -> "not ticked";
            case TODAY -> today.format(WORKDAY_DATE);
        };
    }
}
