package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.applicationNotFound;

import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.StatusChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One status change inside a caller's transaction: the compare-and-set update and its
 * {@code STATUS_CHANGED} event. Stateless apart from its collaborators; thread-safe.
 */
final class StatusTransitions {

    private final Clock clock;
    private final Json json;

    StatusTransitions(Clock clock, Json json) {
        this.clock = clock;
        this.json = json;
    }

    StatusChange apply(Handle transaction, long id, ApplicationStatus expectedFrom, ApplicationStatus to,
                       Optional<String> reason, boolean retryable) {
        ApplicationDao applications = transaction.attach(ApplicationDao.class);
        Application current = applications.find(id).orElseThrow(() -> applicationNotFound(id));
        if (current.status() != expectedFrom) {
            throw conflict(id, expectedFrom, current.status());
        }
        Instant now = Rows.storable(clock.instant());
        boolean recordsReason = to == ApplicationStatus.FAILED || to == ApplicationStatus.NEEDS_INPUT;
        // a retry (FAILED -> DISCOVERED) or any other step starts without the old failure
        String failureReason = recordsReason ? reason.orElse(null) : null;
        Instant submittedAt = to == ApplicationStatus.SUBMITTED ? now : current.submittedAt().orElse(null);
        long durationMs = Duration.between(current.createdAt(), now).toMillis();
        int updated = applications.compareAndSetStatus(id, expectedFrom.name(), to.name(), failureReason,
                recordsReason && retryable, submittedAt, durationMs, now);
        if (updated == 0) {
            ApplicationStatus actual = applications.find(id).map(Application::status).orElse(current.status());
            throw conflict(id, expectedFrom, actual);
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("from", expectedFrom.name());
        data.put("to", to.name());
        reason.ifPresent(text -> data.put("reason", text));
        Event event = Event.forApplication(id, now, EventType.STATUS_CHANGED,
                "status changed from " + expectedFrom + " to " + to, data);
        long position = transaction.attach(EventDao.class).insert(id, current.sessionId().orElse(null), now,
                event.type().name(), event.message(), json.write(event.data()));
        Application changed = applications.find(id).orElseThrow(() -> applicationNotFound(id));
        return new StatusChange(changed, new Event(position, event.applicationId(), current.sessionId(), now,
                event.type(), event.message(), event.data()));
    }

    private static NyxException conflict(long id, ApplicationStatus expectedFrom, ApplicationStatus actual) {
        return new NyxException(ErrorCode.STATE_CONFLICT, "application " + id + " is no longer " + expectedFrom
                + " but " + actual + ": another worker changed it first; reload it and decide again");
    }
}
