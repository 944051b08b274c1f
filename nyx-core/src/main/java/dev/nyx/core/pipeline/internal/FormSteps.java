package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.AnswerResult;
import dev.nyx.core.answer.UnansweredQuestion;
import dev.nyx.core.browser.Screenshots;
import dev.nyx.core.credentials.CandidateAccounts;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.EventType;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Experience;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.Mailbox;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps from a fetched, deduplicated posting to the submission: match and plan ({@link PlanStep}),
 * answer ({@link AnswerStep}), fill (with the candidate's site accounts ({@link CandidateAccounts}), the
 * questions of later steps answered through {@link AnswerStep}, the candidate's {@link Mailbox} and the profile's
 * work and education entries, all handed
 * to the adapter in its {@link DefaultApplyContext}), QA, pass the CAPTCHA gate ({@link CaptchaStep}), then stop (dry run) or claim, record
 * {@code SUBMITTING} and submit. Each step moves the application with a stored event and tells the
 * {@link OutcomeBuilder} its name (a time-out names it in the reason); failures are left to the caller.
 *
 * <p>Shared by every application run (the application travels in a {@link RecordedAttempt}); holds only
 * its collaborators, so it is thread-safe as they are.
 */
@Singleton
final class FormSteps {
    private final PlanStep planStep;
    private final AnswerStep answerStep;
    private final Mailbox mailbox;
    private final QaStep qaStep;
    private final CaptchaStep captchaStep;
    private final ApplicationStore applications;
    private final PluginGuard guard;
    private final Screenshots screenshots;
    private final CandidateAccounts accounts;

    @Inject
    FormSteps(PlanStep planStep, AnswerStep answerStep, Mailbox mailbox, QaStep qaStep, CaptchaStep captchaStep,
              ApplicationStore applications, PluginGuard guard, Screenshots screenshots, CandidateAccounts accounts) {
        this.planStep = requireNonNull(planStep, "planStep is null");
        this.answerStep = requireNonNull(answerStep, "answerStep is null");
        this.mailbox = requireNonNull(mailbox, "mailbox is null");
        this.qaStep = requireNonNull(qaStep, "qaStep is null");
        this.captchaStep = requireNonNull(captchaStep, "captchaStep is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.guard = requireNonNull(guard, "guard is null");
        this.screenshots = requireNonNull(screenshots, "screenshots is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** Takes the recorded application from the fetched posting to the submission (or to where it stops). */
    void run(RecordedAttempt attempt, JobPosting posting) {
        ApplicationTracker tracker = attempt.tracker();
        OutcomeBuilder outcome = attempt.outcome();
        Profile profile = attempt.profile();
        boolean refilling = tracker.status() == ApplicationStatus.FILLING
                || tracker.status() == ApplicationStatus.AWAITING_CAPTCHA;
        if (!refilling) {
            tracker.advanceTo(ApplicationStatus.FETCHED);
        }
        tracker.note(EventType.POSTING, "Fetched '" + posting.title() + "' at " + posting.company() + " with "
                + posting.form().questions().size() + " questions", Map.of("postingKey", posting.key().value()));
        outcome.step("match and plan");
        Optional<Plan> planned = planStep.run(attempt, posting);
        if (planned.isEmpty()) {
            return; // skipped, or waiting for the candidate's approval
        }
        Plan plan = planned.get();
        if (!refilling) {
            tracker.advanceTo(ApplicationStatus.ANSWERING);
        }
        Optional<Resume> resume = chooseResume(profile, posting);
        if (resume.isEmpty()) {
            stopForInput(attempt, "no resume: add one under nyx.resumes in the profile (one marked default) and apply"
                    + " again");
            return;
        }
        applications.update(tracker.id(), ApplicationPatch.none().withResumeId(resume.get().id()));
        outcome.step("answer");
        AnswerResult result = answerStep.answerForm(attempt, posting, plan);
        if (!result.complete()) {
            stopForInput(attempt, missingAnswers(result.needsInput()));
            return;
        }
        tracker.advanceTo(ApplicationStatus.FILLING);
        DefaultApplyContext context = new DefaultApplyContext(attempt.page(), plan, resume.get(), attempt.dryRun(),
                () -> captchaStep.afterClick(attempt), accounts.forCandidate(profile.basics().email(), tracker::note),
                questions -> answerStep.answerStep(attempt, posting, plan, questions), mailbox,
                Experience.of(profile));
        AtsAdapter adapter = attempt.adapter();
        outcome.step("fill");
        guard.run(adapter, attempt.adapterName(), () -> adapter.fill(posting, result.answers(), context));
        // QA on what the page shows (and the LLM review at high effort): findings stop the submit
        outcome.step("QA");
        QaStep.Verdict qa = qaStep.check(attempt, context, posting, plan, result);
        outcome.answers(qa.answers().answers(),
                result.unanswered().stream().map(unanswered -> unanswered.question().label()).toList());
        if (qa.stop().isPresent()) {
            stopForInput(attempt, qa.stop().get());
            return;
        }
        // the CAPTCHA gate between the check and the claim: what the page shows now (a dry run only notes
        // it); the adapter's submit solves what the click brings up through context.passCaptchas()
        outcome.step("CAPTCHA");
        if (!captchaStep.beforeClick(attempt)) {
            return;
        }
        if (attempt.dryRun()) {
            stopForDryRun(attempt);
            return;
        }
        submit(attempt, posting, context);
    }

    private void submit(RecordedAttempt attempt, JobPosting posting, DefaultApplyContext context) {
        ApplicationTracker tracker = attempt.tracker();
        OutcomeBuilder outcome = attempt.outcome();
        // the claim and SUBMITTING in one transaction, stored before the click: a crash from here on is never
        // re-submitted blindly, and a crash before it leaves no claim behind
        if (!tracker.claimAndMarkSubmitting(posting.key())) {
            long holder = applications.submissionClaimant(posting.key()).orElse(-1L);
            outcome.duplicateOf(holder);
            String reason = "another application (" + holder + ") claimed the submission of posting "
                    + posting.key() + " first; nothing was clicked";
            tracker.move(ApplicationStatus.FAILED, Optional.of(reason), false);
            outcome.reason(reason);
            return;
        }
        outcome.step("submit");
        AtsAdapter adapter = attempt.adapter();
        Confirmation confirmation = guard.call(adapter, attempt.adapterName(), () -> adapter.submit(posting, context));
        if (confirmation.screenshot().isEmpty()) {
            confirmation = new Confirmation(confirmation.finalUrl(), confirmation.message(),
                    screenshots.fullPage(context.page(), context.evidenceDirectory(), "confirmation"));
        }
        applications.recordConfirmation(tracker.id(), confirmation);
        outcome.confirmation(confirmation);
        tracker.move(ApplicationStatus.SUBMITTED, Optional.of("confirmed: " + confirmation.message()), false);
    }

    private void stopForDryRun(RecordedAttempt attempt) {
        DefaultPageContext page = attempt.page();
        Optional<Path> shot = screenshots.fullPage(page.page(), page.evidenceDirectory(), "dry-run");
        shot.ifPresent(attempt.outcome()::screenshot);
        String reason = "dry run: the form is filled and was not submitted"
                + shot.map(file -> "; screenshot " + file).orElse("");
        attempt.tracker().note(reason);
        attempt.outcome().reason(reason);
    }

    private static void stopForInput(RecordedAttempt attempt, String reason) {
        ApplicationTracker tracker = attempt.tracker();
        tracker.move(ApplicationStatus.NEEDS_INPUT, Optional.of(reason), false);
        attempt.outcome().reason(tracker.application().failureReason().orElse(reason));
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
