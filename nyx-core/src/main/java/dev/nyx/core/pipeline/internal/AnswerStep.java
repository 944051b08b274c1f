package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.AnswerResult;
import dev.nyx.core.answer.FormAnswerer;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.answer.UnansweredQuestion;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Application;
import dev.nyx.model.Budget;
import dev.nyx.model.EventType;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.Question;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers questions for one application and records what was answered: the posting's form before the
 * fill ({@link #answerForm}), and the questions a later step of a multi-step flow shows
 * ({@link #answerStep}, behind {@code ApplyContext.answer}). Both go through the same {@link FormAnswerer}
 * (bank, rules, language model, never a guess); the answers are stored with the application (a step's
 * answers added to the earlier ones), their cost added to its spending, and one {@code ANSWERED} event
 * per answer records its source and tokens, never its value.
 *
 * <p>Shared by every application run; holds only its collaborators, so it is thread-safe as they are.
 */
@Singleton
final class AnswerStep {
    private final FormAnswerer answerer;
    private final ApplicationStore applications;

    @Inject
    AnswerStep(FormAnswerer answerer, ApplicationStore applications) {
        this.answerer = requireNonNull(answerer, "answerer is null");
        this.applications = requireNonNull(applications, "applications is null");
    }

    /** Answers the posting's form and records it; the caller stops for input when the result is incomplete. */
    AnswerResult answerForm(RecordedAttempt attempt, JobPosting posting, Plan plan) {
        AnswerResult result = answerer.answer(posting.form(), PostingContext.of(posting), attempt.profile(), plan);
        applications.saveAnswers(attempt.tracker().id(), result.answers());
        record(attempt, result, result.answers().answers(), labels(result.unanswered()));
        return result;
    }

    /**
     * Answers a step's questions within what the plan's budget has left, records them with the earlier
     * answers, and returns them.
     *
     * @throws NyxException {@link ErrorCode#INPUT_REQUIRED} naming the required questions without an answer
     *         (what was answered is recorded first)
     */
    AnswerSet answerStep(RecordedAttempt attempt, JobPosting posting, Plan plan, List<Question> questions) {
        requireNonNull(questions, "questions is null");
        ApplicationTracker tracker = attempt.tracker();
        FormSchema step = new FormSchema(questions);
        Plan left = new Plan(plan.decision(), plan.effort(), remaining(plan.budget(), tracker.reload()),
                plan.reason());
        AnswerResult result = answerer.answer(step, PostingContext.of(posting), attempt.profile(), left);
        Map<String, Answer> all = new LinkedHashMap<>();
        applications.answers(tracker.id()).forEach(answer -> all.put(answer.questionId(), answer));
        result.answers().answers().forEach(answer -> all.put(answer.questionId(), answer));
        List<Answer> stored = new ArrayList<>(all.values());
        applications.saveAnswers(tracker.id(), new AnswerSet(stored));
        tracker.note("A later step showed " + questions.size() + " questions");
        List<String> unanswered = new ArrayList<>(attempt.outcome().unanswered());
        unanswered.addAll(labels(result.unanswered()));
        record(attempt, result, stored, unanswered);
        if (!result.complete()) {
            throw new NyxException(ErrorCode.INPUT_REQUIRED, FormSteps.missingAnswers(result.needsInput()));
        }
        return result.answers();
    }

    private void record(RecordedAttempt attempt, AnswerResult result, List<Answer> allAnswers,
                        List<String> unanswered) {
        ApplicationTracker tracker = attempt.tracker();
        // what the language model cost is the application's spending, whatever happens next
        applications.update(tracker.id(), ApplicationPatch.none().addingSpend(result.llm().tokens(),
                result.llm().costUsd()));
        attempt.outcome().answers(allAnswers, unanswered);
        // one event per answer: where it came from and what it cost, never its value
        for (Answer answer : result.answers().answers()) {
            tracker.note(EventType.ANSWERED, "Answered '" + answer.question() + "' from " + answer.source(),
                    Map.of("question", answer.questionId(), "source", answer.source().name(),
                            "tokensIn", Long.toString(answer.tokens().input()),
                            "tokensOut", Long.toString(answer.tokens().output())));
        }
        // answers passed over because they fit none of the offered options, and the like
        result.notes().forEach(tracker::note);
        tracker.note(result.answers().answers().size() + " questions answered, " + result.unanswered().size()
                + " left unanswered");
    }

    /** What the budget has left after what the application has spent so far (never below zero). */
    static Budget remaining(Budget budget, Application spent) {
        long tokens = Math.max(0, budget.maxTokens() - spent.tokens().total());
        BigDecimal cost = budget.maxCostUsd().subtract(spent.costUsd()).max(BigDecimal.ZERO);
        return new Budget(tokens, cost, budget.coverLetter(), budget.llmReview());
    }

    private static List<String> labels(List<UnansweredQuestion> unanswered) {
        return unanswered.stream().map(question -> question.question().label()).toList();
    }
}
