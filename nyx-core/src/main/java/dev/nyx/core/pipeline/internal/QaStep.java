package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.AnswerResult;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.qa.FormQa;
import dev.nyx.core.qa.LlmReview;
import dev.nyx.core.qa.LlmReviewer;
import dev.nyx.core.qa.QaFinding;
import dev.nyx.core.qa.QaReport;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.EventType;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * QA between filling and submitting: reads the filled form back, runs {@code FormQa}, and at
 * {@code high} effort lets the {@code LlmReviewer} correct free-text answers (the corrections are
 * stored, filled again and checked again; the review's cost is the application's spending). Each
 * finding, correction and refusal is stored as an event, never with answer values.
 *
 * <p>Shared by every application run (the application travels in a {@link RecordedAttempt}); holds only
 * its collaborators, so it is thread-safe as they are.
 */
@Singleton
final class QaStep {
    private final FormQa qa;
    private final LlmReviewer reviewer;
    private final ApplicationStore applications;
    private final PluginGuard guard;

    @Inject
    QaStep(FormQa qa, LlmReviewer reviewer, ApplicationStore applications, PluginGuard guard) {
        this.qa = requireNonNull(qa, "qa is null");
        this.reviewer = requireNonNull(reviewer, "reviewer is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.guard = requireNonNull(guard, "guard is null");
    }

    /** The answers as finally filled, and the reasons QA stops the submit (empty when it may go on). */
    record Verdict(AnswerSet answers, Optional<String> stop) {
    }

    /** Checks the form {@code context} shows after filling it with {@code answered}. */
    Verdict check(RecordedAttempt attempt, DefaultApplyContext context, JobPosting posting, Plan plan,
                  AnswerResult answered) {
        ApplicationTracker tracker = attempt.tracker();
        Profile profile = attempt.profile();
        PostingContext about = PostingContext.of(posting);
        AnswerSet answers = answered.answers();
        QaReport report = qa(attempt, context, posting, about, answers);
        LlmReview review = reviewer.review(posting.form(), answers, about, profile, plan.budget(),
                answered.llm(), report.findings());
        if (review.skipped().isEmpty()) {
            applications.update(tracker.id(), ApplicationPatch.none().addingSpend(review.usage().tokens(),
                    review.usage().costUsd()));
            review.refused().forEach(reason -> tracker.note(EventType.NOTE, "LLM review: " + reason,
                    Map.of("qa", "review-refused")));
            tracker.note(EventType.NOTE, "LLM review: " + review.corrected().size() + " answers corrected, "
                    + review.refused().size() + " corrections refused", Map.of("qa", "review",
                    "tokensIn", Long.toString(review.usage().tokens().input()),
                    "tokensOut", Long.toString(review.usage().tokens().output())));
        }
        if (review.changed()) {
            answers = review.answers();
            applications.saveAnswers(tracker.id(), withLaterSteps(tracker.id(), answers));
            List<Answer> changed = answers.answers().stream()
                    .filter(answer -> review.corrected().contains(answer.questionId())).toList();
            for (Answer answer : changed) {
                tracker.note(EventType.ANSWERED, "Corrected '" + answer.question() + "' after the LLM review",
                        Map.of("question", answer.questionId(), "source", answer.source().name(), "qa", "review"));
            }
            // only the corrected answers are typed again: the rest of the form stays as filled
            AnswerSet corrections = new AnswerSet(changed);
            AtsAdapter adapter = attempt.adapter();
            guard.run(adapter, attempt.adapterName(), () -> adapter.fill(posting, corrections, context));
            report = qa(attempt, context, posting, about, answers);
        }
        for (QaFinding finding : report.findings()) {
            tracker.note(EventType.ERROR, "QA: " + finding.reason(), Map.of("qa", finding.kind().name(),
                    "question", finding.questionId()));
        }
        return new Verdict(answers, report.passed() ? Optional.empty() : Optional.of(report.summary()));
    }

    private QaReport qa(RecordedAttempt attempt, DefaultApplyContext context, JobPosting posting,
                        PostingContext about, AnswerSet answers) {
        AtsAdapter adapter = attempt.adapter();
        Map<String, List<String>> shown = guard.call(adapter, attempt.adapterName(),
                () -> adapter.readBack(posting, context));
        return qa.check(posting.form(), answers, shown, attempt.profile(), about);
    }

    /** The form's answers with the stored answers of later steps (questions the form does not have) kept. */
    private AnswerSet withLaterSteps(long id, AnswerSet formAnswers) {
        List<Answer> all = new ArrayList<>(formAnswers.answers());
        applications.answers(id).stream()
                .filter(stored -> formAnswers.forQuestion(stored.questionId()).isEmpty())
                .forEach(all::add);
        return new AnswerSet(all);
    }
}
