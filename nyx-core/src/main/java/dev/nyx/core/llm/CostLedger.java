package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sums language-model usage per session, as applications finish answering. The pipeline adds each
 * application's {@link LlmUsage} (from the answer result) under its session id; the session's limit
 * checks and reports read the totals. Stored figures per application live with the application
 * record; this ledger is the running total in memory. Thread-safe.
 */
@Singleton
public final class CostLedger {
    private final Map<String, LlmUsage> sessions = new ConcurrentHashMap<>();

    /** Adds one application's usage to its session and returns the session's new total. */
    public LlmUsage add(String sessionId, LlmUsage usage) {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(usage, "usage is null");
        return sessions.merge(sessionId, usage, LlmUsage::plus);
    }

    /** What the session has spent so far. */
    public LlmUsage session(String sessionId) {
        requireNonNull(sessionId, "sessionId is null");
        return sessions.getOrDefault(sessionId, LlmUsage.NONE);
    }
}
