package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorKind;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.NewApplication;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One application, inside its browser context: resolve by page if needed, fetch, dedupe, record,
 * then the {@link FormSteps}. Every failure after the application is recorded ends in a stored
 * status: {@code FAILED} (with retryability), {@code NEEDS_INPUT} when the form refused an answer
 * (no option fits, too long, wrong format), or {@code NEEDS_VERIFICATION} when it happened after
 * {@code SUBMITTING} was stored. Failures before that throw to the caller (nothing is recorded).
 * One per application; runs on the browser worker's thread.
 */
public final class ApplicationRun {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationRun.class);
    /** Failures that mean an answer does not fit its field: the candidate fixes them. */
    private static final java.util.Set<ErrorCode> ANSWER_PROBLEMS = java.util.EnumSet.of(ErrorCode.OPTION_NOT_FOUND,
            ErrorCode.ANSWER_TOO_LONG, ErrorCode.ANSWER_WRONG_FORMAT);

    private final PipelineParts parts;
    private final ApplyRequest request;
    private final URI url;
    private final SensitiveValues sensitive;
    private final OutcomeBuilder outcome;

    public ApplicationRun(PipelineParts parts, ApplyRequest request, URI url, SensitiveValues sensitive,
                          OutcomeBuilder outcome) {
        this.parts = requireNonNull(parts, "parts is null");
        this.request = requireNonNull(request, "request is null");
        this.url = requireNonNull(url, "url is null");
        this.sensitive = requireNonNull(sensitive, "sensitive is null");
        this.outcome = requireNonNull(outcome, "outcome is null");
    }

    /** Runs the application on {@code page}; throws only for bad input found before anything was recorded. */
    public ApplyOutcome run(Page page, Optional<AtsAdapter> resolved) {
        AtsAdapter adapter = resolved.orElseGet(() -> recognise(page));
        String name = parts.resolver.nameOf(adapter);
        outcome.ats(name);
        DefaultPageContext context = new DefaultPageContext(page, parts.config.browser().stepTimeout(),
                parts.config.dataDirectory().resolve("evidence"), parts.clock, parts.web,
                message -> LOG.info("{}: {}", name, sensitive.redact(message)));
        JobPosting posting;
        try {
            posting = parts.guard.call(adapter, name, () -> adapter.fetchPosting(url, context));
        } catch (RuntimeException fetchFailed) {
            // no posting key yet: record the failure under the URL so it is not lost
            ApplicationTracker tracker = track(PostingKey.of(name, "url:" + url), Optional.empty(), name, context);
            return failed(tracker, context, fetchFailed);
        }
        if (!parts.inFlight.enter(posting.key())) {
            return outcome.reason("another worker of this process is applying to posting " + posting.key()
                    + " right now; nothing was done").failure(new ApplyOutcome.Failure(ErrorCode.STATE_CONFLICT,
                    ErrorKind.TRANSIENT, "posting " + posting.key() + " is already being applied to; try again when"
                    + " that run ends")).build();
        }
        try {
            return afterFetch(adapter, name, context, posting);
        } finally {
            parts.inFlight.leave(posting.key());
        }
    }

    private ApplyOutcome afterFetch(AtsAdapter adapter, String name, DefaultPageContext context, JobPosting posting) {
        parts.postings.save(posting);
        parts.recovery.recoverAbandonedSubmissions();
        Dedupe.Verdict verdict = parts.dedupe.judge(posting);
        if (verdict instanceof Dedupe.Duplicate duplicate) {
            outcome.application(duplicate.earlier()).duplicateOf(duplicate.earlier().id()).reason(duplicate.reason());
            return outcome.build();
        }
        Optional<Application> resumed = verdict instanceof Dedupe.Resume resume
                ? Optional.of(resume.application()) : Optional.empty();
        ApplicationTracker tracker = track(posting.key(), resumed, name, context);
        try {
            if (verdict instanceof Dedupe.Repost repost) {
                tracker.advanceTo(ApplicationStatus.FETCHED);
                tracker.move(ApplicationStatus.SKIPPED, Optional.of(repost.reason()), false);
                outcome.reason(repost.reason());
            } else {
                resumed.ifPresent(earlier -> tracker.note("Resuming application from " + earlier.status()
                        + ": the form is filled again from the start"));
                new FormSteps(parts, tracker, context, request.dryRun(), adapter, name,
                        outcome).run(posting, request.profile(), request);
            }
            return outcome.application(tracker.reload()).build();
        } catch (RuntimeException failure) {
            return failed(tracker, context, failure);
        }
    }

    private AtsAdapter recognise(Page page) {
        try {
            page.navigate(url.toString());
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "Could not open '" + url + "' to recognise its site: "
                    + sensitive.redact(String.valueOf(e.getMessage()).lines().findFirst().orElse("")), e);
        }
        return parts.resolver.byPage(page, url);
    }

    private ApplicationTracker track(PostingKey key, Optional<Application> resumed, String name,
                                     DefaultPageContext context) {
        Application application = resumed.orElseGet(() -> parts.applications.create(new NewApplication(key, url,
                Optional.of(name), request.sessionId(), ApplicationStatus.DISCOVERED)));
        ApplicationTracker tracker = new ApplicationTracker(parts.applications, parts.events, sensitive, parts.clock,
                application);
        context.attach(application.id(), tracker::note);
        outcome.application(application);
        return tracker;
    }

    private ApplyOutcome failed(ApplicationTracker tracker, DefaultPageContext context, RuntimeException thrown) {
        ApplyOutcome.Failure failure = Failures.of(thrown, sensitive);
        outcome.failure(failure);
        LOG.warn("Application {} failed ({}): {}", tracker.id(), failure.code(), failure.message());
        parts.screenshots.fullPage(context.page(), context.evidenceDirectory(), "failure").ifPresent(outcome::screenshot);
        try {
            // compare-and-set from the status this run left it in: if recovery or another worker moved
            // it meanwhile (e.g. to NEEDS_VERIFICATION), their decision stands
            ApplicationStatus from = tracker.status();
            if (from == ApplicationStatus.SUBMITTING && failure.code() == ErrorCode.CAPTCHA_UNSOLVED) {
                // the site held the click back for a CAPTCHA nobody solved (the adapter threw the gate's
                // refusal): it did not take the form, and the claim stays, so nothing is re-submitted
                String reason = failure.message() + " (the site held the submit click back for the"
                        + " CAPTCHA; Nyx keeps the posting's submission claim and will not submit it again: apply"
                        + " by hand if you still want to)";
                outcome.failure(ApplyOutcome.Failure.of(ErrorCode.CAPTCHA_UNSOLVED, sensitive.redact(reason)));
                tracker.move(ApplicationStatus.FAILED, Optional.of(reason), false);
            } else if (from == ApplicationStatus.SUBMITTING && failure.code() != ErrorCode.FORM_REJECTED) {
                // the click may have reached the site: never re-submit without a person
                tracker.move(ApplicationStatus.NEEDS_VERIFICATION, Optional.of(failure.message()
                        + " (after the submit click: check the site or your email before applying again)"), false);
            } else if (ANSWER_PROBLEMS.contains(failure.code()) && from.canMoveTo(ApplicationStatus.NEEDS_INPUT)) {
                // the form refused one of the candidate's answers: the answer must change, not the run
                tracker.move(ApplicationStatus.NEEDS_INPUT, Optional.of(failure.message() + " Correct the answer (nyx"
                        + " answer " + tracker.id() + " \"question\" \"answer\", or nyx.answers in the profile) and"
                        + " apply again."), false);
            } else if (from != ApplicationStatus.NEEDS_VERIFICATION && from.canMoveTo(ApplicationStatus.FAILED)) {
                tracker.move(ApplicationStatus.FAILED, Optional.of(failure.message()), failure.kind().isRetryable());
            }
        } catch (NyxException storing) {
            LOG.warn("Application {}: the failure could not be stored: {}", tracker.id(), storing.getMessage());
        }
        return outcome.application(tracker.reload()).build();
    }
}
