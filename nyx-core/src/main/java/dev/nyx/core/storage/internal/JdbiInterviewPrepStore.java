package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.model.InterviewPrep;
import dev.nyx.model.TokenUsage;
import dev.nyx.core.storage.InterviewPrepStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link InterviewPrepStore} on Jdbi over {@code interview_preps}: the package as JSON in
 * {@code content}, its time in {@code created_at}. Thread-safe.
 */
public final class JdbiInterviewPrepStore implements InterviewPrepStore {

    /** What the {@code content} column holds; newer fields may be added (readers ignore unknown ones). */
    public record Content(String company, String role, List<String> likelyQuestions, List<InterviewPrep.Story> stories,
                   Optional<String> briefing, long tokensIn, long tokensOut, BigDecimal costUsd) {
    }

    private final Jdbi jdbi;
    private final Json json;

    public JdbiInterviewPrepStore(Jdbi jdbi, Json json) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public InterviewPrep save(InterviewPrep prep) {
        requireNonNull(prep, "prep is null");
        Instant at = Rows.storable(prep.createdAt());
        String content = json.write(new Content(prep.company(), prep.role(), prep.likelyQuestions(), prep.stories(),
                prep.briefing(), prep.tokens().input(), prep.tokens().output(), prep.costUsd()));
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO interview_preps (application_id, content,"
                            + " created_at) VALUES (:applicationId, :content, :at)")
                    .bind("applicationId", prep.applicationId()).bind("content", content).bind("at", at).execute());
        } catch (JdbiException e) {
            if (StorageErrors.isForeignKeyViolation(e)) {
                throw StorageErrors.applicationNotFound(prep.applicationId());
            }
            throw StorageErrors.failure("store the interview preparation of application " + prep.applicationId(), e);
        }
        return new InterviewPrep(prep.applicationId(), prep.company(), prep.role(), prep.likelyQuestions(),
                prep.stories(), prep.briefing(), prep.tokens(), prep.costUsd(), at);
    }

    @Override
    public Optional<InterviewPrep> latest(long applicationId) {
        return call("read the interview preparation of application " + applicationId, () -> jdbi.withHandle(handle ->
                handle.createQuery("SELECT content, created_at FROM interview_preps WHERE application_id = :id"
                                + " ORDER BY created_at DESC, id DESC LIMIT 1")
                        .bind("id", applicationId)
                        .map((row, context) -> {
                            Content content = json.read(row.getString("content"), Content.class);
                            return new InterviewPrep(applicationId, content.company(), content.role(),
                                    content.likelyQuestions(), content.stories(), content.briefing(),
                                    new TokenUsage(content.tokensIn(), content.tokensOut()), content.costUsd(),
                                    Rows.instant(row, "created_at"));
                        })
                        .findFirst()));
    }
}
