package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The answer to one question.
 *
 * @param questionId the question's id in the form
 * @param question   the question's label, kept for the record
 * @param values     one value, or several for multi-select; for options the option's label
 * @param source     where the answer came from
 * @param confidence 0..1
 * @param factsUsed  profile paths the answer was derived from ({@code basics.email})
 * @param tokens     language-model tokens spent on it
 */
public record Answer(String questionId, String question, List<String> values, AnswerSource source,
                     double confidence, List<String> factsUsed, TokenUsage tokens) {
    public Answer {
        requireNonNull(questionId, "questionId is null");
        requireNonNull(question, "question is null");
        values = List.copyOf(values);
        requireNonNull(source, "source is null");
        factsUsed = List.copyOf(factsUsed);
        requireNonNull(tokens, "tokens is null");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** A single-valued answer with full confidence and no token cost. */
    public static Answer of(Question question, String value, AnswerSource source, List<String> factsUsed) {
        return new Answer(question.id(), question.label(), List.of(value), source, 1.0, factsUsed, TokenUsage.NONE);
    }

    /** The single value, or the values joined by ", ". */
    public String value() {
        return String.join(", ", values);
    }
}
