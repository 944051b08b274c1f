package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Question;
import java.util.Optional;

/**
 * A question the engine left without an answer, and why. A required one stops the application as
 * {@code NEEDS_INPUT}; an optional one is simply left blank.
 *
 * @param question the question
 * @param reason   why there is no answer, for the candidate (never contains profile values)
 * @param concept  the rule concept that recognised the question ({@code salary}), if one did
 */
public record UnansweredQuestion(Question question, String reason, Optional<String> concept) {
    public UnansweredQuestion {
        requireNonNull(question, "question is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(concept, "concept is null");
    }

    /** Whether the form needs this answer before it can be submitted. */
    public boolean required() {
        return question.required();
    }
}
