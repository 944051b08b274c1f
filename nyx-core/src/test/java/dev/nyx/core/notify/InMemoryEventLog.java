package dev.nyx.core.notify;

import dev.nyx.model.Event;
import dev.nyx.core.storage.EventLog;
import java.util.ArrayList;
import java.util.List;

/** A hand-written event log for unit tests: positions count from 1. */
final class InMemoryEventLog implements EventLog {
    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized Event append(Event event) {
        Event stored = event.withId(events.size() + 1L);
        events.add(stored);
        return stored;
    }

    @Override
    public synchronized List<Event> forApplication(long applicationId) {
        return events.stream().filter(event -> event.applicationId().equals(java.util.Optional.of(applicationId)))
                .toList();
    }

    @Override
    public synchronized List<Event> after(long afterId, int limit) {
        return events.stream().filter(event -> event.id() > afterId).limit(limit).toList();
    }
}
