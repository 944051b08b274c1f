package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.AnswerResult;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.qa.LlmReview;
import dev.nyx.core.qa.QaFinding;
import dev.nyx.core.qa.QaReport;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.EventType;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.core.storage.ApplicationPatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * QA between filling and submitting: reads the filled form back, runs {@code FormQa}, and at
 * {@code high} effort lets the {@code LlmReviewer} correct free-text answers (the corrections are
 * stored, filled again and checked again; the review's cost is the application's spending). Each
 * finding, correction and refusal is stored as an event, never with answer values. One per
 * application run, on its thread.
 */
final class QaStep {
    private final PipelineParts parts;
    private final ApplicationTracker tracker;
    private final DefaultApplyContext context;
    private final AtsAdapter adapter;
    private final String adapterName;

    QaStep(PipelineParts parts, ApplicationTracker tracker, DefaultApplyContext context, AtsAdapter adapter,
           String adapterName) {
        this.parts = requireNonNull(parts, "parts is null");
        this.tracker = requireNonNull(tracker, "tracker is null");
        this.context = requireNonNull(context, "context is null");
        this.adapter = requireNonNull(adapter, "adapter is null");
        this.adapterName = requireNonNull(adapterName, "adapterName is null");
    }

    /** The answers as finally filled, and the reasons QA stops the submit (empty when it may go on). */
    record Verdict(AnswerSet answers, Optional<String> stop) {
    }

    Verdict check(JobPosting posting, Profile profile, Plan plan, AnswerResult answered) {
        PostingContext about = PostingContext.of(posting);
        AnswerSet answers = answered.answers();
        QaReport report = qa(posting, profile, about, answers);
        LlmReview review = parts.reviewer.review(posting.form(), answers, about, profile, plan.budget(),
                answered.llm(), report.findings());
        if (review.skipped().isEmpty()) {
            parts.applications.update(tracker.id(), ApplicationPatch.none().addingSpend(review.usage().tokens(),
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
            parts.applications.saveAnswers(tracker.id(), answers);
            List<Answer> changed = answers.answers().stream()
                    .filter(answer -> review.corrected().contains(answer.questionId())).toList();
            for (Answer answer : changed) {
                tracker.note(EventType.ANSWERED, "Corrected '" + answer.question() + "' after the LLM review",
                        Map.of("question", answer.questionId(), "source", answer.source().name(), "qa", "review"));
            }
            // only the corrected answers are typed again: the rest of the form stays as filled
            AnswerSet corrections = new AnswerSet(changed);
            parts.guard.run(adapter, adapterName, () -> adapter.fill(posting, corrections, context));
            report = qa(posting, profile, about, answers);
        }
        for (QaFinding finding : report.findings()) {
            tracker.note(EventType.ERROR, "QA: " + finding.reason(), Map.of("qa", finding.kind().name(),
                    "question", finding.questionId()));
        }
        return new Verdict(answers, report.passed() ? Optional.empty() : Optional.of(report.summary()));
    }

    private QaReport qa(JobPosting posting, Profile profile, PostingContext about, AnswerSet answers) {
        Map<String, List<String>> shown = parts.guard.call(adapter, adapterName,
                () -> adapter.readBack(posting, context));
        return parts.qa.check(posting.form(), answers, shown, profile, about);
    }
}
