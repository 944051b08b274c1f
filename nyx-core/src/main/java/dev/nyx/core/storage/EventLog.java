package dev.nyx.core.storage;

import dev.nyx.model.Event;
import java.util.List;

/**
 * The append-only log of everything that happened. Entries are never changed or removed.
 *
 * <p>Thread-safe; shared by every worker. Throws {@link dev.nyx.spi.NyxException} with
 * {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the database fails.
 */
public interface EventLog {

    /** Stores the event and returns it with its log position ({@link Event#id()}). */
    Event append(Event event);

    /** One application's events, oldest first. */
    List<Event> forApplication(long applicationId);

    /** Up to {@code limit} events after log position {@code afterId}, oldest first. */
    List<Event> after(long afterId, int limit);
}
