package dev.nyx.core.storage;

import dev.nyx.model.BoardPosting;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The watched boards and what each listed. Called by {@code dev.nyx.core.watch.BoardWatcher}.
 * Thread-safe; several processes may share the database (a posting is claimed as new by exactly one
 * of them: {@link #see} inserts it once). Throws {@link dev.nyx.spi.NyxException} with
 * {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the database fails.
 */
public interface WatchStore {

    /** Adds a watch, or returns the one that already watches {@code boardUrl}. */
    Watch add(URI boardUrl, String source);

    Optional<Watch> find(long id);

    /** Every watch, oldest first. */
    List<Watch> list();

    /** Removes the watch and what it saw; false when there was none with this id. */
    boolean remove(long id);

    /** Every posting the watch ever saw, first seen first. */
    List<WatchedPosting> postings(long watchId);

    /**
     * Records that the board lists {@code posting} now: true when the watch never saw it before (the
     * caller then handles it as new); false when it was known (a closed one is open again).
     */
    boolean see(long watchId, BoardPosting posting, Instant now);

    /** Forgets a posting the watch saw, so the next run handles it as new again (its handling failed). */
    void forget(long watchId, URI postingUrl);

    /** Links a new posting to the application its handling started. */
    void linkApplication(long watchId, URI postingUrl, long applicationId);

    /** Marks the posting closed: the board no longer lists it. */
    void close(long watchId, URI postingUrl, Instant now);

    /** Records the end of a run of the watch. */
    void ran(long watchId, Instant now);
}
