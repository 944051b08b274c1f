package dev.nyx.core.qa;

import static java.util.Objects.requireNonNull;

/**
 * One problem QA found in a filled form: what kind, which question, and a reason the candidate can
 * read and act on. Reasons name questions and what is wrong, never sensitive profile values.
 *
 * @param kind       what kind of problem
 * @param questionId the question's id in the form
 * @param question   the question's label
 * @param reason     a sentence a person can read, e.g. "'Email' shows no value on the page"
 */
public record QaFinding(Kind kind, String questionId, String question, String reason) {
    public QaFinding {
        requireNonNull(kind, "kind is null");
        requireNonNull(questionId, "questionId is null");
        requireNonNull(question, "question is null");
        requireNonNull(reason, "reason is null");
    }

    /** The kinds of problem QA looks for. */
    public enum Kind {
        /** A required question has no answer, or the page shows no value for it. */
        EMPTY_REQUIRED,
        /** An options question shows (or was answered with) something that is not one of its options. */
        NOT_AN_OPTION,
        /** An answer is longer than the field allows, or the page cut it. */
        TOO_LONG,
        /** Two answers contradict each other, or an answer contradicts the profile. */
        CONTRADICTION,
        /** A template placeholder ({@code {{name}}}, {@code [Company Name]}, {@code TODO}) was left in. */
        PLACEHOLDER
    }
}
