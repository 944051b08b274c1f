package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule derived from the profile for one question, before it is shaped to the question's
 * control by {@link AnswerShaper}. Every fact names the profile paths it was derived from.
 */
public sealed interface Fact permits Fact.Text, Fact.Flag, Fact.Amount, Fact.Day, Fact.Choice, Fact.Many,
        Fact.Decline {

    /** Profile paths used, e.g. {@code basics.email}. */
    List<String> factsUsed();

    /**
     * How the value was decided, when more than a profile path explains it (e.g. the salary oracle's
     * reason); recorded after the paths in the answer's facts. Never checked as profile paths.
     */
    default List<String> notes() {
        return List.of();
    }

    /** A free-text value; for option questions it must equal (or be contained in) one option. */
    record Text(String value, List<String> factsUsed) implements Fact {
        public Text {
            requireNonNull(value, "value is null");
            factsUsed = List.copyOf(factsUsed);
        }
    }

    /** A yes/no fact. */
    record Flag(boolean yes, List<String> factsUsed) implements Fact {
        public Flag {
            factsUsed = List.copyOf(factsUsed);
        }
    }

    /**
     * A number. {@code unit} is appended for text questions ("90 days"); option questions pick the
     * bucket that contains it ("3-5 years", "80,000 - 100,000").
     */
    record Amount(BigDecimal number, String unit, List<String> factsUsed, List<String> notes) implements Fact {
        public Amount {
            requireNonNull(number, "number is null");
            requireNonNull(unit, "unit is null");
            factsUsed = List.copyOf(factsUsed);
            notes = List.copyOf(notes);
        }

        public Amount(BigDecimal number, String unit, List<String> factsUsed) {
            this(number, unit, factsUsed, List.of());
        }
    }

    /** A calendar date: ISO for date inputs, the label's pattern (else ISO) for text. */
    record Day(LocalDate date, List<String> factsUsed) implements Fact {
        public Day {
            requireNonNull(date, "date is null");
            factsUsed = List.copyOf(factsUsed);
        }
    }

    /** One value with alternative spellings, best first ("Master's Degree", "Master", "MSc"). */
    record Choice(List<String> spellings, List<String> factsUsed, List<String> notes) implements Fact {
        public Choice {
            spellings = List.copyOf(spellings);
            factsUsed = List.copyOf(factsUsed);
            notes = List.copyOf(notes);
            if (spellings.isEmpty()) {
                throw new IllegalArgumentException("a choice needs at least one spelling");
            }
        }

        public Choice(List<String> spellings, List<String> factsUsed) {
            this(spellings, factsUsed, List.of());
        }
    }

    /** Several values (languages spoken), each with its spellings. */
    record Many(List<Choice> choices, List<String> factsUsed) implements Fact {
        public Many {
            choices = List.copyOf(choices);
            factsUsed = List.copyOf(factsUsed);
        }
    }

    /** Decline to answer: the form's "Decline To Self Identify" / "Prefer not to say" option. */
    record Decline(List<String> factsUsed) implements Fact {
        public Decline {
            factsUsed = List.copyOf(factsUsed);
        }
    }
}
