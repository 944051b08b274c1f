package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.core.browser.Screenshots;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.notify.EventPublisher;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.Recovery;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.JobPostStore;
import dev.nyx.core.storage.NewApplication;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorKind;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One application, inside its browser context: resolve by page if needed, fetch, dedupe, record,
 * then the {@link FormSteps}. Every failure after the application is recorded ends in a stored
 * status: {@code FAILED} (with retryability), {@code NEEDS_INPUT} when the form refused an answer
 * (no option fits, too long, wrong format), the adapter met something only the candidate can give
 * ({@code INPUT_REQUIRED}: a later step's required question, a missing mailbox: a stop with that reason, not a
 * failure) or it needed the credential vault and the vault has no usable key ({@code CREDENTIALS_UNAVAILABLE}),
 * or {@code NEEDS_VERIFICATION} when it happened after {@code SUBMITTING} was stored. Failures before that
 * throw to the caller (nothing is recorded).
 *
 * <p>Shared by every application: what one application carries comes in as an {@link Attempt} and
 * goes on to the steps as a {@link RecordedAttempt}; this class holds only its collaborators and is
 * thread-safe as they are. Each call runs on the browser worker's thread. Public only for wiring.
 */
@Singleton
public final class ApplicationRun {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationRun.class);
    /** Failures that mean an answer does not fit its field: the candidate fixes them. */
    private static final Set<ErrorCode> ANSWER_PROBLEMS = EnumSet.of(ErrorCode.OPTION_NOT_FOUND,
            ErrorCode.ANSWER_TOO_LONG, ErrorCode.ANSWER_WRONG_FORMAT);

    private final AdapterResolver resolver;
    private final PluginGuard guard;
    private final InFlightPostings inFlight;
    private final JobPostStore postings;
    private final Recovery recovery;
    private final Dedupe dedupe;
    private final ApplicationStore applications;
    private final EventPublisher events;
    private final FormSteps formSteps;
    private final Screenshots screenshots;
    private final WebClient web;
    private final NyxConfig config;
    private final Clock clock;

    @Inject
    public ApplicationRun(AdapterResolver resolver, PluginGuard guard, InFlightPostings inFlight,
                          JobPostStore postings, Recovery recovery, Dedupe dedupe, ApplicationStore applications,
                          EventPublisher events, FormSteps formSteps, Screenshots screenshots, WebClient web,
                          NyxConfig config, Clock clock) {
        this.resolver = requireNonNull(resolver, "resolver is null");
        this.guard = requireNonNull(guard, "guard is null");
        this.inFlight = requireNonNull(inFlight, "inFlight is null");
        this.postings = requireNonNull(postings, "postings is null");
        this.recovery = requireNonNull(recovery, "recovery is null");
        this.dedupe = requireNonNull(dedupe, "dedupe is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.events = requireNonNull(events, "events is null");
        this.formSteps = requireNonNull(formSteps, "formSteps is null");
        this.screenshots = requireNonNull(screenshots, "screenshots is null");
        this.web = requireNonNull(web, "web is null");
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Runs the attempt on {@code page}, with the adapter resolved by URL or name (empty: recognise it
     * on the page); throws only for bad input found before anything was recorded.
     */
    public ApplyOutcome run(Page page, Optional<AtsAdapter> resolved, Attempt attempt) {
        requireNonNull(attempt, "attempt is null");
        AtsAdapter adapter = resolved.orElseGet(() -> recognise(page, attempt));
        String name = resolver.nameOf(adapter);
        OutcomeBuilder outcome = attempt.outcome();
        outcome.ats(name);
        DefaultPageContext context = new DefaultPageContext(page, config.browser().stepTimeout(),
                config.dataDirectory().resolve("evidence"), clock, new StepTimeoutWebClient(web, outcome),
                message -> LOG.info("{}: {}", name, attempt.sensitive().redact(message)));
        JobPosting posting;
        outcome.step("fetch posting");
        try {
            posting = guard.call(adapter, name, () -> adapter.fetchPosting(attempt.url(), context));
        } catch (RuntimeException fetchFailed) {
            // no posting key yet: record the failure under the URL so it is not lost
            RecordedAttempt recorded = record(attempt, PostingKey.of(name, "url:" + attempt.url()), Optional.empty(),
                    context, adapter, name);
            return failed(recorded, fetchFailed);
        }
        if (!inFlight.enter(posting.key())) {
            return outcome.reason("another worker of this process is applying to posting " + posting.key()
                    + " right now; nothing was done").failure(new ApplyOutcome.Failure(ErrorCode.STATE_CONFLICT,
                    ErrorKind.TRANSIENT, "posting " + posting.key() + " is already being applied to; try again when"
                    + " that run ends")).build();
        }
        try {
            return afterFetch(attempt, adapter, name, context, posting);
        } finally {
            inFlight.leave(posting.key());
        }
    }

    private ApplyOutcome afterFetch(Attempt attempt, AtsAdapter adapter, String name, DefaultPageContext context,
                                    JobPosting posting) {
        OutcomeBuilder outcome = attempt.outcome();
        postings.save(posting);
        recovery.recoverAbandonedSubmissions();
        Dedupe.Verdict verdict = dedupe.judge(posting);
        if (verdict instanceof Dedupe.Duplicate duplicate) {
            outcome.application(duplicate.earlier()).duplicateOf(duplicate.earlier().id()).reason(duplicate.reason());
            return outcome.build();
        }
        if (verdict instanceof Dedupe.Resume resume && attempt.request().holdForApproval()) {
            // planning only: an application already under way is the candidate's, left as it is
            Application earlier = resume.application();
            return outcome.application(earlier).reason("posting " + posting.key() + " already has application "
                    + earlier.id() + " in status " + earlier.status() + "; it was left as it is").build();
        }
        Optional<Application> resumed = verdict instanceof Dedupe.Resume resume
                ? Optional.of(resume.application()) : Optional.empty();
        RecordedAttempt recorded = record(attempt, posting.key(), resumed, context, adapter, name);
        ApplicationTracker tracker = recorded.tracker();
        try {
            if (verdict instanceof Dedupe.Repost repost) {
                tracker.advanceTo(ApplicationStatus.FETCHED);
                tracker.move(ApplicationStatus.SKIPPED, Optional.of(repost.reason()), false);
                outcome.reason(repost.reason());
            } else {
                resumed.ifPresent(earlier -> tracker.note("Resuming application from " + earlier.status()
                        + ": the form is filled again from the start"));
                formSteps.run(recorded, posting);
            }
            return outcome.application(tracker.reload()).build();
        } catch (RuntimeException failure) {
            return failed(recorded, failure);
        }
    }

    private AtsAdapter recognise(Page page, Attempt attempt) {
        try {
            page.navigate(attempt.url().toString());
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "Could not open '" + attempt.url() + "' to recognise its site: "
                    + attempt.sensitive().redact(String.valueOf(e.getMessage()).lines().findFirst().orElse("")), e);
        }
        return resolver.byPage(page, attempt.url());
    }

    /** Stores the application (or takes the resumed one) and hands its evidence and notes to it. */
    private RecordedAttempt record(Attempt attempt, PostingKey key, Optional<Application> resumed,
                                   DefaultPageContext context, AtsAdapter adapter, String name) {
        Application application = resumed.orElseGet(() -> applications.create(new NewApplication(key, attempt.url(),
                Optional.of(name), attempt.request().sessionId(), ApplicationStatus.DISCOVERED)));
        ApplicationTracker tracker = new ApplicationTracker(applications, events, attempt.sensitive(), clock,
                application);
        context.attach(application.id(), tracker::note);
        attempt.outcome().application(application);
        return new RecordedAttempt(attempt, tracker, context, adapter, name);
    }

    private ApplyOutcome failed(RecordedAttempt recorded, RuntimeException thrown) {
        ApplicationTracker tracker = recorded.tracker();
        OutcomeBuilder outcome = recorded.outcome();
        ApplyOutcome.Failure failure = Failures.of(thrown, recorded.attempt().sensitive(), Optional.of(outcome.step()));
        outcome.failure(failure);
        LOG.warn("Application {} failed ({}): {}", tracker.id(), failure.code(), failure.message());
        DefaultPageContext context = recorded.page();
        screenshots.fullPage(context.page(), context.evidenceDirectory(), "failure").ifPresent(outcome::screenshot);
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
                outcome.failure(ApplyOutcome.Failure.of(ErrorCode.CAPTCHA_UNSOLVED,
                        recorded.attempt().sensitive().redact(reason)));
                tracker.move(ApplicationStatus.FAILED, Optional.of(reason), false);
            } else if (from == ApplicationStatus.SUBMITTING && failure.code() != ErrorCode.FORM_REJECTED) {
                // the click may have reached the site: never re-submit without a person
                tracker.move(ApplicationStatus.NEEDS_VERIFICATION, Optional.of(failure.message()
                        + " (after the submit click: check the site or your email before applying again)"), false);
            } else if (failure.code() == ErrorCode.INPUT_REQUIRED && from.canMoveTo(ApplicationStatus.NEEDS_INPUT)) {
                // a later step's required question without an answer, no mailbox for a verification: the
                // message says what the candidate gives; like the form's own missing answers, a stop, not a failure
                tracker.move(ApplicationStatus.NEEDS_INPUT, Optional.of(failure.message()), false);
                outcome.failure(null).reason(tracker.application().failureReason().orElse(failure.message()));
            } else if (failure.code() == ErrorCode.CREDENTIALS_UNAVAILABLE
                    && from.canMoveTo(ApplicationStatus.NEEDS_INPUT)) {
                // the adapter needed the credential vault and it is locked: the candidate sets the key
                tracker.move(ApplicationStatus.NEEDS_INPUT, Optional.of(failure.message() + " Then apply again."),
                        false);
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
