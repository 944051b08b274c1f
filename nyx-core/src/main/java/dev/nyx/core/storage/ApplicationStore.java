package dev.nyx.core.storage;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.PostingKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applications, their answers, confirmations and the one-submission-per-posting claim.
 *
 * <p>Called by the pipeline and by tools that show or correct applications. Implementations are
 * thread-safe and safe to share between JVMs using one database: status changes are
 * compare-and-set, and {@link #claimSubmission} is decided by the database, never in memory.
 *
 * <p>Costs are kept to six decimals and read back without trailing zeros; timestamps to the microsecond.
 *
 * <p>Throws {@link dev.nyx.spi.NyxException} with {@link dev.nyx.spi.ErrorCode#NOT_FOUND} for an
 * unknown application id, {@link dev.nyx.spi.ErrorCode#INVALID_STATE} for a transition the status
 * model forbids, {@link dev.nyx.spi.ErrorCode#STATE_CONFLICT} when another worker changed the status
 * first, and {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the database fails.
 */
public interface ApplicationStore {

    /** Records a new application and returns it with its id. */
    Application create(NewApplication application);

    Optional<Application> find(long id);

    /** The most recently created application for this posting, if any. */
    Optional<Application> findLatest(PostingKey key);

    /** Applications in any of these statuses, oldest first; empty for an empty set. */
    List<Application> findByStatus(Set<ApplicationStatus> statuses);

    /**
     * Moves an application from {@code expectedFrom} to {@code to} if, and only if, it is still in
     * {@code expectedFrom}, and appends a {@code STATUS_CHANGED} event (data {@code from}, {@code to}
     * and, when given, {@code reason}) in the same transaction. For {@code FAILED} and
     * {@code NEEDS_INPUT} the reason is kept as the failure reason and {@code retryable} is stored;
     * {@code SUBMITTED} sets the submission time.
     *
     * @throws dev.nyx.spi.NyxException {@code INVALID_STATE} if {@code expectedFrom} may not move to
     *         {@code to}; {@code STATE_CONFLICT} if the application is no longer in {@code expectedFrom}
     *         (another worker won the race: reload and decide again); {@code NOT_FOUND} for an unknown id
     */
    StatusChange transition(long id, ApplicationStatus expectedFrom, ApplicationStatus to, Optional<String> reason,
                            boolean retryable);

    /** Applies the patch and returns the application as stored. */
    Application update(long id, ApplicationPatch patch);

    /** Replaces the application's answers with these (source, confidence, facts used and tokens are kept). */
    void saveAnswers(long id, AnswerSet answers);

    /** The application's answers in the order they were saved; empty when none were saved. */
    List<Answer> answers(long id);

    /** Stores the evidence that the site accepted the application, replacing earlier evidence. */
    void recordConfirmation(long id, Confirmation confirmation);

    Optional<Confirmation> confirmation(long id);

    /**
     * Claims the right to submit to this posting. Exactly one caller ever wins per posting key,
     * across threads, restarts and JVMs sharing the database; every later call returns {@code false},
     * also for the application that holds the claim (check {@link #submissionClaimant} to tell).
     * The claim is committed in its own transaction before this method returns.
     *
     * @return whether this call won the claim
     */
    boolean claimSubmission(PostingKey key, long applicationId);

    /**
     * Claims the right to submit to this posting and moves the application from {@code expectedFrom} to
     * {@code SUBMITTING} in <em>one</em> transaction, with its {@code STATUS_CHANGED} event: a crash leaves either
     * both (recovery then settles the {@code SUBMITTING} application) or neither (the posting may be applied to
     * again), never a claim on an application that does not say it is submitting. Use this before a submit
     * click; {@link #claimSubmission(PostingKey, long)} alone is the bare claim.
     *
     * @return the status change when this call won the claim; empty when another application holds it
     *         (nothing was changed)
     * @throws dev.nyx.spi.NyxException as {@link #transition}: {@code STATE_CONFLICT} when the application is no
     *         longer in {@code expectedFrom} (the claim is then not kept), {@code NOT_FOUND} for an unknown id
     */
    Optional<StatusChange> claimSubmission(PostingKey key, long applicationId, ApplicationStatus expectedFrom);

    /**
     * Releases this application's submission claim and moves it from {@code NEEDS_VERIFICATION} to a retryable
     * {@code FAILED} in one transaction, with its event: for an application the candidate confirmed was
     * <em>not</em> submitted, so that the posting can be applied to again.
     *
     * @throws dev.nyx.spi.NyxException as {@link #transition}: {@code STATE_CONFLICT} when the application is no
     *         longer in {@code NEEDS_VERIFICATION} (the claim is then kept), {@code NOT_FOUND} for an unknown id
     */
    StatusChange releaseSubmission(long applicationId, String reason);

    /** The application holding the submission claim for this posting, if any. */
    Optional<Long> submissionClaimant(PostingKey key);
}
