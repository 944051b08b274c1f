package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.model.Event;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.EventLog;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link EventLog} on Jdbi. Log positions come from the {@code events} identity column; a reader
 * paging with {@link #after} may see a lower position commit after a higher one under concurrent
 * writers, so it should re-read a short overlap. Thread-safe.
 */
public final class JdbiEventLog implements EventLog {

    private final Jdbi jdbi;
    private final Json json;

    public JdbiEventLog(Jdbi jdbi, Json json) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public Event append(Event event) {
        requireNonNull(event, "event is null");
        long position = call("append a " + event.type() + " event", () -> jdbi.withExtension(EventDao.class,
                dao -> dao.insert(event.applicationId().orElse(null), event.sessionId().orElse(null),
                        Rows.storable(event.at()), event.type().name(), event.message(), json.write(event.data()))));
        return new Event(position, event.applicationId(), event.sessionId(), Rows.storable(event.at()), event.type(),
                event.message(), event.data());
    }

    @Override
    public List<Event> forApplication(long applicationId) {
        return call("read the events of application " + applicationId,
                () -> jdbi.withExtension(EventDao.class, dao -> dao.forApplication(applicationId)));
    }

    @Override
    public List<Event> after(long afterId, int limit) {
        if (limit <= 0) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "limit must be positive, was " + limit);
        }
        return call("read the events after " + afterId,
                () -> jdbi.withExtension(EventDao.class, dao -> dao.after(afterId, limit)));
    }
}
