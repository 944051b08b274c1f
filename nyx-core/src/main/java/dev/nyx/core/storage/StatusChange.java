package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Application;
import dev.nyx.model.Event;

/**
 * The result of {@link ApplicationStore#transition}: the application as stored after the change
 * and the {@link dev.nyx.model.EventType#STATUS_CHANGED} event written in the same transaction.
 */
public record StatusChange(Application application, Event event) {
    public StatusChange {
        requireNonNull(application, "application is null");
        requireNonNull(event, "event is null");
    }
}
