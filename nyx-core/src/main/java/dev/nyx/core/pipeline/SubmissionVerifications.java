package dev.nyx.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Settles applications in {@link ApplicationStatus#NEEDS_VERIFICATION}: a crash (or a lost answer) during the
 * submit click left them unknown, so Nyx never submits their postings again on its own. The candidate looks at
 * the site (or their mailbox) and says what happened: {@link #submitted} moves the application to
 * {@code SUBMITTED}; {@link #notSubmitted} moves it to a retryable {@code FAILED} and releases the posting's
 * submission claim in the same transaction, so the next {@code apply} to that posting goes ahead.
 *
 * <p>Called by the runner ({@code nyx verify ID submitted|not-submitted}) and host applications. Thread-safe.
 * Throws {@link NyxException}: {@code NOT_FOUND} for an unknown id, {@code INVALID_STATE} for an application
 * that is not waiting for verification (the message says its status), {@code STATE_CONFLICT} when someone else
 * settled it first.
 */
public final class SubmissionVerifications {
    private final ApplicationStore applications;

    @Inject
    public SubmissionVerifications(ApplicationStore applications) {
        this.applications = requireNonNull(applications, "applications is null");
    }

    /** Applications waiting for the candidate to say whether they were submitted, oldest first. */
    public List<Application> pending() {
        return applications.findByStatus(EnumSet.of(ApplicationStatus.NEEDS_VERIFICATION));
    }

    /** The candidate saw that the application reached the site: it becomes {@code SUBMITTED}. */
    public Application submitted(long id) {
        requireWaiting(id);
        return applications.transition(id, ApplicationStatus.NEEDS_VERIFICATION, ApplicationStatus.SUBMITTED,
                Optional.of("the candidate confirmed that it was submitted"), false).application();
    }

    /**
     * The candidate saw that the application did not reach the site: it becomes a retryable {@code FAILED} and
     * its posting's submission claim is released, so the posting can be applied to again.
     */
    public Application notSubmitted(long id) {
        requireWaiting(id);
        return applications.releaseSubmission(id, "the candidate confirmed that it was not submitted;"
                + " the posting can be applied to again").application();
    }

    private void requireWaiting(long id) {
        Application current = applications.find(id).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND,
                "no application with id " + id + ": 'nyx status' lists the applications"));
        if (current.status() != ApplicationStatus.NEEDS_VERIFICATION) {
            throw new NyxException(ErrorCode.INVALID_STATE, "application " + id + " is " + current.status()
                    + ", not NEEDS_VERIFICATION: only an application whose submission is unknown can be settled");
        }
    }
}
