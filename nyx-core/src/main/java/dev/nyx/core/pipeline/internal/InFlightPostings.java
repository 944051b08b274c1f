package dev.nyx.core.pipeline.internal;

import dev.nyx.model.PostingKey;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The postings this process is applying to right now, so two workers of one JVM never work on the
 * same posting (and the same resumed application row) at once. Across JVMs the database's
 * submission claim still guarantees at most one submission. Thread-safe. Public only for wiring.
 */
@Singleton
public final class InFlightPostings {
    private final Set<PostingKey> running = ConcurrentHashMap.newKeySet();

    /** Marks the posting as being worked on; false when another worker already is. */
    boolean enter(PostingKey key) {
        return running.add(key);
    }

    void leave(PostingKey key) {
        running.remove(key);
    }
}
