package dev.nyx.core.plan;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.ApplicationStore;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The approval queue: applications the policy put in {@link ApplicationStatus#AWAITING_APPROVAL},
 * and the candidate's answer to each (approve → {@code APPROVED}: the next run of the pipeline for
 * its URL, e.g. {@code nyx queue run} or {@code nyx apply URL}, applies to it at the policy's effort;
 * reject → {@code REJECTED}, final). Every move is a compare-and-set with its event
 * ({@link ApplicationStore#transition}).
 *
 * <p>Called by the runner ({@code nyx queue|approve|reject}) and host applications. Thread-safe.
 * Throws {@link NyxException}: {@code NOT_FOUND} for an unknown id, {@code INVALID_STATE} for an
 * application that is not awaiting approval (the message says its status), {@code STATE_CONFLICT}
 * when someone else decided first.
 */
public final class ApprovalService {
    private final ApplicationStore applications;

    @Inject
    public ApprovalService(ApplicationStore applications) {
        this.applications = requireNonNull(applications, "applications is null");
    }

    /** Applications awaiting approval, oldest first. */
    public List<Application> queue() {
        return applications.findByStatus(EnumSet.of(ApplicationStatus.AWAITING_APPROVAL));
    }

    /** Applications the candidate approved that the pipeline has not taken up yet, oldest first. */
    public List<Application> approved() {
        return applications.findByStatus(EnumSet.of(ApplicationStatus.APPROVED));
    }

    /** Approves the application; returns it as stored. */
    public Application approve(long id) {
        return decide(id, ApplicationStatus.APPROVED, Optional.of("approved by the candidate"));
    }

    /** Rejects the application; returns it as stored. */
    public Application reject(long id, Optional<String> reason) {
        requireNonNull(reason, "reason is null");
        return decide(id, ApplicationStatus.REJECTED, Optional.of(reason.orElse("rejected by the candidate")));
    }

    private Application decide(long id, ApplicationStatus to, Optional<String> reason) {
        Application current = applications.find(id).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND,
                "no application with id " + id + ": list the queue with 'nyx queue'"));
        if (current.status() != ApplicationStatus.AWAITING_APPROVAL) {
            throw new NyxException(ErrorCode.INVALID_STATE, "application " + id + " is " + current.status()
                    + ", not AWAITING_APPROVAL: only queued applications can be approved or rejected ('nyx queue')");
        }
        return applications.transition(id, ApplicationStatus.AWAITING_APPROVAL, to, reason, false).application();
    }
}
