package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A person's answer to a question, recorded in the {@link AnswerBank}.
 *
 * @param id            storage id; later corrections have higher ids
 * @param question      the question as it was asked
 * @param answer        the answer the person gave
 * @param applicationId the application it was corrected in, if any
 * @param at            when it was given
 */
public record Correction(long id, String question, String answer, Optional<Long> applicationId, Instant at) {
    public Correction {
        requireNonNull(question, "question is null");
        requireNonNull(answer, "answer is null");
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(at, "at is null");
    }

    /** The question in the form the bank groups by ({@link TextKeys#normalize}). */
    public String questionKey() {
        return TextKeys.normalize(question);
    }
}
