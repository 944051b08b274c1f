package dev.nyx.core.storage.internal;

import dev.nyx.model.Application;
import dev.nyx.model.Confirmation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code applications} table; attached to a handle or transaction by {@link JdbiApplicationStore}. */
public interface ApplicationDao {

    @SqlUpdate("INSERT INTO applications (posting_key, url, ats, status, tokens_in, tokens_out, cost_usd, session_id,"
            + " retryable, created_at, updated_at, started_at)"
            + " VALUES (:postingKey, :url, :ats, :status, 0, 0, 0, :sessionId, FALSE, :now, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("postingKey") String postingKey, @Bind("url") String url, @Bind("ats") String ats,
                @Bind("status") String status, @Bind("sessionId") String sessionId, @Bind("now") Instant now);

    @SqlQuery("SELECT * FROM applications WHERE id = :id")
    Optional<Application> find(@Bind("id") long id);

    @SqlQuery("SELECT * FROM applications WHERE posting_key = :postingKey ORDER BY created_at DESC, id DESC LIMIT 1")
    Optional<Application> findLatest(@Bind("postingKey") String postingKey);

    @SqlQuery("SELECT * FROM applications WHERE status IN (<statuses>) ORDER BY id")
    List<Application> findByStatus(@BindList("statuses") List<String> statuses);

    /** The compare-and-set: changes nothing unless the row is still in {@code expectedFrom}. */
    @SqlUpdate("UPDATE applications SET status = :to, failure_reason = :failureReason, retryable = :retryable,"
            + " submitted_at = :submittedAt, duration_ms = :durationMs, updated_at = :now"
            + " WHERE id = :id AND status = :expectedFrom")
    int compareAndSetStatus(@Bind("id") long id, @Bind("expectedFrom") String expectedFrom, @Bind("to") String to,
                            @Bind("failureReason") String failureReason, @Bind("retryable") boolean retryable,
                            @Bind("submittedAt") Instant submittedAt, @Bind("durationMs") long durationMs,
                            @Bind("now") Instant now);

    @SqlUpdate("UPDATE applications SET ats = COALESCE(:ats, ats), effort = COALESCE(:effort, effort),"
            + " match_score = COALESCE(:matchScore, match_score), resume_id = COALESCE(:resumeId, resume_id),"
            + " session_id = COALESCE(:sessionId, session_id), match_reasons = COALESCE(:matchReasons, match_reasons),"
            + " company_tier = COALESCE(:companyTier, company_tier), tokens_in = tokens_in + :tokensIn,"
            + " tokens_out = tokens_out + :tokensOut, cost_usd = cost_usd + :costUsd + :captchaCostUsd,"
            + " captcha_cost_usd = captcha_cost_usd + :captchaCostUsd, updated_at = :now"
            + " WHERE id = :id")
    int patch(@Bind("id") long id, @Bind("ats") String ats, @Bind("effort") String effort,
              @Bind("matchScore") Integer matchScore, @Bind("resumeId") String resumeId,
              @Bind("sessionId") String sessionId, @Bind("matchReasons") String matchReasons,
              @Bind("companyTier") String companyTier, @Bind("tokensIn") long tokensIn, @Bind("tokensOut") long tokensOut,
              @Bind("costUsd") BigDecimal costUsd, @Bind("captchaCostUsd") BigDecimal captchaCostUsd,
              @Bind("now") Instant now);

    @SqlUpdate("UPDATE applications SET confirmation_url = :url, confirmation_message = :message,"
            + " confirmation_screenshot = :screenshot, confirmed_at = :now, updated_at = :now WHERE id = :id")
    int recordConfirmation(@Bind("id") long id, @Bind("url") String url, @Bind("message") String message,
                           @Bind("screenshot") String screenshot, @Bind("now") Instant now);

    @SqlQuery("SELECT confirmation_url, confirmation_message, confirmation_screenshot FROM applications"
            + " WHERE id = :id AND confirmation_url IS NOT NULL")
    Optional<Confirmation> confirmation(@Bind("id") long id);

    @SqlUpdate("INSERT INTO submission_claims (posting_key, application_id, claimed_at)"
            + " VALUES (:postingKey, :applicationId, :now)")
    void insertClaim(@Bind("postingKey") String postingKey, @Bind("applicationId") long applicationId,
                     @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM submission_claims WHERE posting_key = :postingKey AND application_id = :applicationId")
    int deleteClaim(@Bind("postingKey") String postingKey, @Bind("applicationId") long applicationId);

    @SqlQuery("SELECT application_id FROM submission_claims WHERE posting_key = :postingKey")
    Optional<Long> claimant(@Bind("postingKey") String postingKey);
}
