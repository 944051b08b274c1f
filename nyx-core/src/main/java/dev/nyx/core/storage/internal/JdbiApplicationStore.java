package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.applicationNotFound;
import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.PostingKey;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.NewApplication;
import dev.nyx.core.storage.StatusChange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ApplicationStore} on Jdbi. Thread-safe: holds only the shared {@link Jdbi}, and every
 * consistency rule is enforced by the database (compare-and-set updates, the claim's primary key).
 */
public final class JdbiApplicationStore implements ApplicationStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiApplicationStore.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final StatusTransitions transitions;
    private final AnswerRows answerRows;
    private final Json json;

    public JdbiApplicationStore(Jdbi jdbi, Clock clock, Json json) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.transitions = new StatusTransitions(clock, json);
        this.answerRows = new AnswerRows(json);
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public Application create(NewApplication application) {
        requireNonNull(application, "application is null");
        return call("record an application for " + application.postingKey(), () -> jdbi.inTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            long id = dao.insert(application.postingKey().value(), application.url().toString(),
                    application.ats().orElse(null), application.status().name(),
                    application.sessionId().orElse(null), now());
            return dao.find(id).orElseThrow(() -> applicationNotFound(id));
        }));
    }

    @Override
    public Optional<Application> find(long id) {
        return call("read application " + id, () -> jdbi.withExtension(ApplicationDao.class, dao -> dao.find(id)));
    }

    @Override
    public Optional<Application> findLatest(PostingKey key) {
        requireNonNull(key, "key is null");
        return call("read the applications for " + key,
                () -> jdbi.withExtension(ApplicationDao.class, dao -> dao.findLatest(key.value())));
    }

    @Override
    public List<Application> findByStatus(Set<ApplicationStatus> statuses) {
        requireNonNull(statuses, "statuses is null");
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<String> names = statuses.stream().map(ApplicationStatus::name).sorted().toList();
        return call("read applications in " + names,
                () -> jdbi.withExtension(ApplicationDao.class, dao -> dao.findByStatus(names)));
    }

    @Override
    public StatusChange transition(long id, ApplicationStatus expectedFrom, ApplicationStatus to,
                                   Optional<String> reason, boolean retryable) {
        requireNonNull(expectedFrom, "expectedFrom is null");
        requireNonNull(to, "to is null");
        requireNonNull(reason, "reason is null");
        if (!expectedFrom.canMoveTo(to)) {
            throw new NyxException(ErrorCode.INVALID_STATE, "application " + id + " may not move from " + expectedFrom
                    + " to " + to + "; from " + expectedFrom + " it may move to " + expectedFrom.allowedNext());
        }
        StatusChange change = call("move application " + id + " from " + expectedFrom + " to " + to,
                () -> jdbi.inTransaction(handle -> transitions.apply(handle, id, expectedFrom, to, reason, retryable)));
        LOG.debug("application {} moved from {} to {}", id, expectedFrom, to);
        return change;
    }

    @Override
    public Application update(long id, ApplicationPatch patch) {
        requireNonNull(patch, "patch is null");
        return call("update application " + id, () -> jdbi.inTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            int updated = dao.patch(id, patch.ats().orElse(null), patch.effort().map(Enum::name).orElse(null),
                    patch.matchScore().orElse(null), patch.resumeId().orElse(null), patch.sessionId().orElse(null),
                    patch.matchReasons().map(json::write).orElse(null), patch.companyTier().map(Enum::name).orElse(null),
                    patch.addTokens().input(), patch.addTokens().output(), patch.addCostUsd(),
                    patch.addCaptchaCostUsd(), now());
            if (updated == 0) {
                throw applicationNotFound(id);
            }
            return dao.find(id).orElseThrow(() -> applicationNotFound(id));
        }));
    }

    @Override
    public void saveAnswers(long id, AnswerSet answers) {
        requireNonNull(answers, "answers is null");
        call("save the answers of application " + id, () -> jdbi.inTransaction(handle -> {
            if (handle.attach(ApplicationDao.class).find(id).isEmpty()) {
                throw applicationNotFound(id);
            }
            AnswerDao dao = handle.attach(AnswerDao.class);
            dao.deleteAll(id);
            dao.insertAll(answerRows.rows(id, answers));
            return null;
        }));
    }

    @Override
    public List<Answer> answers(long id) {
        return call("read the answers of application " + id,
                () -> jdbi.withExtension(AnswerDao.class, dao -> dao.forApplication(id)));
    }

    @Override
    public void recordConfirmation(long id, Confirmation confirmation) {
        requireNonNull(confirmation, "confirmation is null");
        int updated = call("record the confirmation of application " + id, () -> jdbi.withExtension(
                ApplicationDao.class, dao -> dao.recordConfirmation(id, confirmation.finalUrl().toString(),
                        confirmation.message(), confirmation.screenshot().map(Object::toString).orElse(null), now())));
        if (updated == 0) {
            throw applicationNotFound(id);
        }
    }

    @Override
    public Optional<Confirmation> confirmation(long id) {
        return call("read the confirmation of application " + id,
                () -> jdbi.withExtension(ApplicationDao.class, dao -> dao.confirmation(id)));
    }

    @Override
    public boolean claimSubmission(PostingKey key, long applicationId) {
        requireNonNull(key, "key is null");
        try {
            // its own transaction: on PostgreSQL a failed insert would abort any surrounding one
            jdbi.useTransaction(handle -> handle.attach(ApplicationDao.class).insertClaim(key.value(), applicationId, now()));
            LOG.info("application {} claimed the submission of {}", applicationId, key);
            return true;
        } catch (JdbiException e) {
            if (StorageErrors.isUniqueViolation(e)) {
                return false;
            }
            if (StorageErrors.isForeignKeyViolation(e)) {
                throw applicationNotFound(applicationId);
            }
            throw StorageErrors.failure("claim the submission of " + key + " for application " + applicationId, e);
        }
    }

    @Override
    public Optional<StatusChange> claimSubmission(PostingKey key, long applicationId, ApplicationStatus expectedFrom) {
        requireNonNull(key, "key is null");
        requireNonNull(expectedFrom, "expectedFrom is null");
        if (!expectedFrom.canMoveTo(ApplicationStatus.SUBMITTING)) {
            throw new NyxException(ErrorCode.INVALID_STATE, "application " + applicationId + " may not move from "
                    + expectedFrom + " to SUBMITTING; from " + expectedFrom + " it may move to "
                    + expectedFrom.allowedNext());
        }
        try {
            // the claim first: a lost race aborts the transaction before the status is touched
            StatusChange change = jdbi.inTransaction(handle -> {
                handle.attach(ApplicationDao.class).insertClaim(key.value(), applicationId, now());
                return transitions.apply(handle, applicationId, expectedFrom, ApplicationStatus.SUBMITTING,
                        Optional.empty(), false);
            });
            LOG.info("application {} claimed the submission of {} and is SUBMITTING", applicationId, key);
            return Optional.of(change);
        } catch (JdbiException e) {
            if (StorageErrors.isUniqueViolation(e)) {
                return Optional.empty();
            }
            if (StorageErrors.isForeignKeyViolation(e)) {
                throw applicationNotFound(applicationId);
            }
            throw StorageErrors.failure("claim the submission of " + key + " for application " + applicationId, e);
        }
    }

    @Override
    public StatusChange releaseSubmission(long applicationId, String reason) {
        requireNonNull(reason, "reason is null");
        StatusChange change = call("release the submission claim of application " + applicationId,
                () -> jdbi.inTransaction(handle -> {
                    Application application = handle.attach(ApplicationDao.class).find(applicationId)
                            .orElseThrow(() -> applicationNotFound(applicationId));
                    StatusChange moved = transitions.apply(handle, applicationId, ApplicationStatus.NEEDS_VERIFICATION,
                            ApplicationStatus.FAILED, Optional.of(reason), true);
                    handle.attach(ApplicationDao.class).deleteClaim(application.postingKey().value(), applicationId);
                    return moved;
                }));
        LOG.info("application {} released its submission claim", applicationId);
        return change;
    }

    @Override
    public Optional<Long> submissionClaimant(PostingKey key) {
        requireNonNull(key, "key is null");
        return call("read the submission claim of " + key,
                () -> jdbi.withExtension(ApplicationDao.class, dao -> dao.claimant(key.value())));
    }

    private Instant now() {
        return Rows.storable(clock.instant());
    }
}
