package dev.nyx.core.storage.internal;

import dev.nyx.model.Event;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the append-only {@code events} table: inserts and reads, nothing else. */
public interface EventDao {

    @SqlUpdate("INSERT INTO events (application_id, session_id, occurred_at, event_type, message, data)"
            + " VALUES (:applicationId, :sessionId, :at, :type, :message, :data)")
    @GetGeneratedKeys("id")
    long insert(@Bind("applicationId") Long applicationId, @Bind("sessionId") String sessionId,
                @Bind("at") Instant at, @Bind("type") String type, @Bind("message") String message,
                @Bind("data") String data);

    @SqlQuery("SELECT * FROM events WHERE application_id = :applicationId ORDER BY id")
    List<Event> forApplication(@Bind("applicationId") long applicationId);

    @SqlQuery("SELECT * FROM events WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Event> after(@Bind("afterId") long afterId, @Bind("limit") int limit);
}
