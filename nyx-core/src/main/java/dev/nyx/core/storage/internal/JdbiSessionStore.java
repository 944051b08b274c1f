package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.model.Session;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.SessionStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link SessionStore} on Jdbi. Thread-safe. */
public final class JdbiSessionStore implements SessionStore {

    /** SQL for the {@code sessions} table. */
    public interface Dao {
        @SqlUpdate("INSERT INTO sessions (id, max_applications, max_cost_usd, max_duration_ms, status, applications,"
                + " submitted, cost_usd, started_at, ended_at) VALUES (:id, :maxApplications, :maxCostUsd,"
                + " :maxDurationMs, :status, :applications, :submitted, :costUsd, :startedAt, :endedAt)")
        void insert(@Bind("id") String id, @Bind("maxApplications") int maxApplications,
                    @Bind("maxCostUsd") BigDecimal maxCostUsd, @Bind("maxDurationMs") long maxDurationMs,
                    @Bind("status") String status, @Bind("applications") int applications,
                    @Bind("submitted") int submitted, @Bind("costUsd") BigDecimal costUsd,
                    @Bind("startedAt") Instant startedAt, @Bind("endedAt") Instant endedAt);

        @SqlUpdate("UPDATE sessions SET status = :status, applications = :applications, submitted = :submitted,"
                + " cost_usd = :costUsd, ended_at = :endedAt WHERE id = :id")
        int update(@Bind("id") String id, @Bind("status") String status, @Bind("applications") int applications,
                   @Bind("submitted") int submitted, @Bind("costUsd") BigDecimal costUsd,
                   @Bind("endedAt") Instant endedAt);

        @SqlQuery("SELECT * FROM sessions WHERE id = :id")
        Optional<Session> find(@Bind("id") String id);
    }

    private final Jdbi jdbi;

    public JdbiSessionStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public Session create(Session session) {
        requireNonNull(session, "session is null");
        try {
            jdbi.useExtension(Dao.class, dao -> dao.insert(session.id(), session.limits().maxApplications(),
                    session.limits().maxCostUsd(), session.limits().maxDuration().toMillis(), session.status().name(),
                    session.applications(), session.submitted(), session.costUsd(), Rows.storable(session.startedAt()),
                    session.endedAt().map(Rows::storable).orElse(null)));
        } catch (JdbiException e) {
            if (StorageErrors.isUniqueViolation(e)) {
                throw new NyxException(ErrorCode.INVALID_STATE, "session " + session.id()
                        + " exists already; create each session with a new id", e);
            }
            throw StorageErrors.failure("create session " + session.id(), e);
        }
        return reload(session.id());
    }

    @Override
    public Optional<Session> find(String id) {
        requireNonNull(id, "id is null");
        return call("read session " + id, () -> jdbi.withExtension(Dao.class, dao -> dao.find(id)));
    }

    @Override
    public Session update(Session session) {
        requireNonNull(session, "session is null");
        int updated = call("update session " + session.id(), () -> jdbi.withExtension(Dao.class,
                dao -> dao.update(session.id(), session.status().name(), session.applications(), session.submitted(),
                        session.costUsd(), session.endedAt().map(Rows::storable).orElse(null))));
        if (updated == 0) {
            throw new NyxException(ErrorCode.NOT_FOUND, "session " + session.id()
                    + " does not exist; create it with SessionStore.create first");
        }
        return reload(session.id());
    }

    private Session reload(String id) {
        return find(id).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "session " + id + " does not exist"));
    }
}
