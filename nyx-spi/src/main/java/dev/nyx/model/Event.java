package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the append-only event log.
 *
 * @param id            log position, assigned by storage; 0 before it is stored
 * @param applicationId the application it concerns, if any
 * @param sessionId     the session it concerns, if any
 * @param at            when it happened
 * @param type          what it records
 * @param message       a sentence a person can read; never secrets or sensitive fields
 * @param data          details as key/value text (for a status change: {@code from}, {@code to})
 */
public record Event(long id, Optional<Long> applicationId, Optional<String> sessionId, Instant at,
                    EventType type, String message, Map<String, String> data) {
    public Event {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(at, "at is null");
        requireNonNull(type, "type is null");
        requireNonNull(message, "message is null");
        data = Map.copyOf(data);
    }

    /** An event about one application, not yet stored. */
    public static Event forApplication(long applicationId, Instant at, EventType type, String message,
                                       Map<String, String> data) {
        return new Event(0, Optional.of(applicationId), Optional.empty(), at, type, message, data);
    }

    /** An event with this log position. */
    public Event withId(long newId) {
        return new Event(newId, applicationId, sessionId, at, type, message, data);
    }
}
