package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One question of an application form.
 *
 * @param id          stable id within the form (the field name where the site has one)
 * @param label       the text the candidate reads
 * @param type        the kind of control
 * @param required    whether the form refuses to submit without an answer
 * @param options     offered choices, empty for free input
 * @param maxLength   a length limit the page declares
 * @param section     the step or section the question sits in ("My Information", "EEOC"), if any
 * @param rawControl  for {@link QuestionType#UNKNOWN}: the control's tag/type as found on the page
 */
public record Question(String id, String label, QuestionType type, boolean required,
                       List<Option> options, Optional<Integer> maxLength,
                       Optional<String> section, Optional<String> rawControl) {
    public Question {
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        requireNonNull(type, "type is null");
        options = List.copyOf(options);
        requireNonNull(maxLength, "maxLength is null");
        requireNonNull(section, "section is null");
        requireNonNull(rawControl, "rawControl is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("question id is blank");
        }
        maxLength.ifPresent(max -> {
            if (max <= 0) {
                throw new IllegalArgumentException("maxLength must be positive: " + max);
            }
        });
    }

    /** A question without options, length limit, section or raw control. */
    public static Question of(String id, String label, QuestionType type, boolean required) {
        return new Question(id, label, type, required, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A question offering the given options. */
    public static Question withOptions(String id, String label, QuestionType type, boolean required, List<Option> options) {
        return new Question(id, label, type, required, options, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
