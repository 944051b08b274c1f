package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.llm.LlmUsage;
import dev.nyx.model.AnswerSet;
import java.util.List;

/**
 * The answers the engine found for one form, and the questions it left unanswered (in form order).
 *
 * @param answers    at most one answer per question
 * @param unanswered every question without an answer, required or not
 * @param llm        what the language model cost for this form: calls, tokens from each response's
 *                   {@code usage} (the sum of the answers' tokens plus calls whose answer was dropped)
 *                   and the price table applied to them
 * @param notes      what the pipeline records as events, never answer values: e.g. an answer-bank
 *                   entry or rule passed over because its answer fits none of the offered options
 */
public record AnswerResult(AnswerSet answers, List<UnansweredQuestion> unanswered, LlmUsage llm,
                           List<String> notes) {
    public AnswerResult {
        requireNonNull(answers, "answers is null");
        unanswered = List.copyOf(unanswered);
        requireNonNull(llm, "llm is null");
        notes = List.copyOf(notes);
    }

    /** A result without notes. */
    public AnswerResult(AnswerSet answers, List<UnansweredQuestion> unanswered, LlmUsage llm) {
        this(answers, unanswered, llm, List.of());
    }

    /** A result without language-model use (the rules alone). */
    public AnswerResult(AnswerSet answers, List<UnansweredQuestion> unanswered) {
        this(answers, unanswered, LlmUsage.NONE, List.of());
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
