package dev.nyx.core.storage;

import dev.nyx.model.Session;
import java.util.Optional;

/**
 * Sessions: their limits and progress.
 *
 * <p>Called by the session runner. Thread-safe. Throws {@link dev.nyx.spi.NyxException} with
 * {@link dev.nyx.spi.ErrorCode#INVALID_STATE} when creating a session whose id exists,
 * {@link dev.nyx.spi.ErrorCode#NOT_FOUND} when updating an unknown session and
 * {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the database fails.
 */
public interface SessionStore {

    /** Stores a new session and returns it as stored. */
    Session create(Session session);

    Optional<Session> find(String id);

    /** Stores the session's status, counters, cost and end; its limits and start are kept as created. */
    Session update(Session session);
}
