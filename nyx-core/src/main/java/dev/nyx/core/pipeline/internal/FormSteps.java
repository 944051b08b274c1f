package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.AnswerResult;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.answer.UnansweredQuestion;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.model.Answer;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.EventType;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.core.storage.ApplicationPatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps from a fetched, deduplicated posting to the submission: match and plan ({@link PlanStep}),
 * answer, fill, QA, pass the CAPTCHA gate ({@link CaptchaStep}), then stop (dry run) or claim, record
 * {@code SUBMITTING} and submit. Each step moves the
 * application with a stored event; failures are left to the caller. One per application run.
 */
final class FormSteps {
    private final PipelineParts parts;
    private final ApplicationTracker tracker;
    private final DefaultPageContext pageContext;
    private final boolean dryRun;
    private final AtsAdapter adapter;
    private final String adapterName;
    private final OutcomeBuilder outcome;

    FormSteps(PipelineParts parts, ApplicationTracker tracker, DefaultPageContext pageContext, boolean dryRun,
              AtsAdapter adapter, String adapterName, OutcomeBuilder outcome) {
        this.parts = requireNonNull(parts, "parts is null");
        this.tracker = requireNonNull(tracker, "tracker is null");
        this.pageContext = requireNonNull(pageContext, "pageContext is null");
        this.dryRun = dryRun;
        this.adapter = requireNonNull(adapter, "adapter is null");
        this.adapterName = requireNonNull(adapterName, "adapterName is null");
        this.outcome = requireNonNull(outcome, "outcome is null");
    }

    void run(JobPosting posting, Profile profile, ApplyRequest request) {
        boolean refilling = tracker.status() == ApplicationStatus.FILLING
                || tracker.status() == ApplicationStatus.AWAITING_CAPTCHA;
        if (!refilling) {
            tracker.advanceTo(ApplicationStatus.FETCHED);
        }
        tracker.note(EventType.POSTING, "Fetched '" + posting.title() + "' at " + posting.company() + " with "
                + posting.form().questions().size() + " questions", Map.of("postingKey", posting.key().value()));
        Optional<Plan> planned = new PlanStep(parts, tracker, outcome).run(posting, profile, request, adapterName);
        if (planned.isEmpty()) {
            return; // skipped, or waiting for the candidate's approval
        }
        Plan plan = planned.get();
        if (!refilling) {
            tracker.advanceTo(ApplicationStatus.ANSWERING);
        }
        Optional<Resume> resume = chooseResume(profile, posting);
        if (resume.isEmpty()) {
            stopForInput("no resume: add one under nyx.resumes in the profile (one marked default) and apply again");
            return;
        }
        parts.applications.update(tracker.id(), ApplicationPatch.none().withResumeId(resume.get().id()));
        AnswerResult result = parts.answerer.answer(posting.form(), PostingContext.of(posting),
                profile, plan);
        parts.applications.saveAnswers(tracker.id(), result.answers());
        // what the language model cost is the application's spending, whatever happens next
        parts.applications.update(tracker.id(), ApplicationPatch.none().addingSpend(result.llm().tokens(),
                result.llm().costUsd()));
        outcome.answers(result.answers().answers(),
                result.unanswered().stream().map(unanswered -> unanswered.question().label()).toList());
        // one event per answer: where it came from and what it cost, never its value
        for (Answer answer : result.answers().answers()) {
            tracker.note(EventType.ANSWERED, "Answered '" + answer.question() + "' from " + answer.source(),
                    Map.of("question", answer.questionId(), "source", answer.source().name(),
                            "tokensIn", Long.toString(answer.tokens().input()),
                            "tokensOut", Long.toString(answer.tokens().output())));
        }
        tracker.note(result.answers().answers().size() + " questions answered, " + result.unanswered().size()
                + " left unanswered");
        if (!result.complete()) {
            stopForInput(missingAnswers(result.needsInput()));
            return;
        }
        tracker.advanceTo(ApplicationStatus.FILLING);
        CaptchaStep captchas = new CaptchaStep(parts, tracker, pageContext, dryRun, outcome);
        DefaultApplyContext context = new DefaultApplyContext(pageContext, plan, resume.get(), dryRun,
                captchas::afterClick);
        parts.guard.run(adapter, adapterName, () -> adapter.fill(posting, result.answers(), context));
        // QA on what the page shows (and the LLM review at high effort): findings stop the submit
        QaStep.Verdict qa = new QaStep(parts, tracker, context, adapter, adapterName).check(posting, profile, plan,
                result);
        outcome.answers(qa.answers().answers(),
                result.unanswered().stream().map(unanswered -> unanswered.question().label()).toList());
        if (qa.stop().isPresent()) {
            stopForInput(qa.stop().get());
            return;
        }
        // the CAPTCHA gate between the check and the claim: what the page shows now (a dry run only notes
        // it); the adapter's submit solves what the click brings up through context.passCaptchas()
        if (!captchas.beforeClick()) {
            return;
        }
        if (dryRun) {
            stopForDryRun();
            return;
        }
        submit(posting, context);
    }

    private void submit(JobPosting posting, DefaultApplyContext context) {
        if (!parts.applications.claimSubmission(posting.key(), tracker.id())) {
            long holder = parts.applications.submissionClaimant(posting.key()).orElse(-1L);
            outcome.duplicateOf(holder);
            String reason = "another application (" + holder + ") claimed the submission of posting "
                    + posting.key() + " first; nothing was clicked";
            tracker.move(ApplicationStatus.FAILED, Optional.of(reason), false);
            outcome.reason(reason);
            return;
        }
        // stored before the click: a crash from here on is never re-submitted blindly
        tracker.move(ApplicationStatus.SUBMITTING);
        Confirmation confirmation = parts.guard.call(adapter, adapterName, () -> adapter.submit(posting, context));
        if (confirmation.screenshot().isEmpty()) {
            confirmation = new Confirmation(confirmation.finalUrl(), confirmation.message(),
                    parts.screenshots.fullPage(context.page(), context.evidenceDirectory(), "confirmation"));
        }
        parts.applications.recordConfirmation(tracker.id(), confirmation);
        outcome.confirmation(confirmation);
        tracker.move(ApplicationStatus.SUBMITTED, Optional.of("confirmed: " + confirmation.message()), false);
    }

    private void stopForDryRun() {
        Optional<java.nio.file.Path> shot = parts.screenshots.fullPage(pageContext.page(),
                pageContext.evidenceDirectory(), "dry-run");
        shot.ifPresent(outcome::screenshot);
        String reason = "dry run: the form is filled and was not submitted"
                + shot.map(file -> "; screenshot " + file).orElse("");
        tracker.note(reason);
        outcome.reason(reason);
    }

    private void stopForInput(String reason) {
        tracker.move(ApplicationStatus.NEEDS_INPUT, Optional.of(reason), false);
        outcome.reason(tracker.application().failureReason().orElse(reason));
    }

    static String missingAnswers(List<UnansweredQuestion> missing) {
        StringBuilder text = new StringBuilder("required questions without an answer: ");
        for (int index = 0; index < missing.size(); index++) {
            UnansweredQuestion question = missing.get(index);
            text.append(index == 0 ? "" : "; ").append('\'').append(question.question().label()).append("' (")
                    .append(question.reason()).append(')');
        }
        return text.append(". Add answers to nyx.answers in the profile and apply again.").toString();
    }

    /** The resume in the posting's language, else the default one. */
    static Optional<Resume> chooseResume(Profile profile, JobPosting posting) {
        List<Resume> resumes = profile.nyx().resumes();
        Optional<Resume> sameLanguage = posting.language().flatMap(language -> resumes.stream()
                .filter(resume -> resume.language().filter(language::equalsIgnoreCase).isPresent()).findFirst());
        return sameLanguage.or(() -> profile.nyx().defaultResume());
    }
}
