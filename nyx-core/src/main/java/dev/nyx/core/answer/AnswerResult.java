package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.AnswerSet;
import java.util.List;

/**
 * The answers the engine found for one form, and the questions it left unanswered (in form order).
 *
 * @param answers    at most one answer per question
 * @param unanswered every question without an answer, required or not
 */
public record AnswerResult(AnswerSet answers, List<UnansweredQuestion> unanswered) {
    public AnswerResult {
        requireNonNull(answers, "answers is null");
        unanswered = List.copyOf(unanswered);
    }

    /** The required questions without an answer: the application needs the candidate's input. */
    public List<UnansweredQuestion> needsInput() {
        return unanswered.stream().filter(UnansweredQuestion::required).toList();
    }

    /** Whether every required question has an answer. */
    public boolean complete() {
        return needsInput().isEmpty();
    }
}
