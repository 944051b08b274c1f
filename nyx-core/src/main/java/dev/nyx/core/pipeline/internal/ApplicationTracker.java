package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.notify.EventPublisher;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.StatusChange;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.PostingKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows one application through the status machine: every move is a compare-and-set transition
 * stored together with its event ({@link ApplicationStore#transition}), then handed to the
 * notifiers without being stored again. Every reason and note is redacted first.
 *
 * <p>One tracker per application run, used by one thread; not thread-safe.
 */
public final class ApplicationTracker {
    // the pipeline's forward path; resuming walks it from wherever the application stopped
    private static final List<ApplicationStatus> PATH = List.of(ApplicationStatus.DISCOVERED,
            ApplicationStatus.FETCHED, ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING,
            ApplicationStatus.FILLING, ApplicationStatus.SUBMITTING, ApplicationStatus.SUBMITTED);

    private final ApplicationStore store;
    private final EventPublisher events;
    private final SensitiveValues sensitive;
    private final Clock clock;
    private Application current;

    public ApplicationTracker(ApplicationStore store, EventPublisher events, SensitiveValues sensitive, Clock clock,
                              Application application) {
        this.store = requireNonNull(store, "store is null");
        this.events = requireNonNull(events, "events is null");
        this.sensitive = requireNonNull(sensitive, "sensitive is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.current = requireNonNull(application, "application is null");
    }

    public Application application() {
        return current;
    }

    public long id() {
        return current.id();
    }

    public ApplicationStatus status() {
        return current.status();
    }

    /** Moves one step to {@code to}, with an optional reason. */
    public Application move(ApplicationStatus to, Optional<String> reason, boolean retryable) {
        StatusChange change = store.transition(current.id(), current.status(), to,
                reason.map(sensitive::redact), retryable);
        current = change.application();
        events.dispatch(change.event());
        return current;
    }

    /**
     * Claims the posting's submission and moves to {@code SUBMITTING} in one stored transaction (see
     * {@link ApplicationStore#claimSubmission(PostingKey, long, ApplicationStatus)}).
     *
     * @return whether this application won the claim; when not, nothing changed
     */
    public boolean claimAndMarkSubmitting(PostingKey key) {
        Optional<StatusChange> change = store.claimSubmission(key, current.id(), current.status());
        change.ifPresent(won -> {
            current = won.application();
            events.dispatch(won.event());
        });
        return change.isPresent();
    }

    public Application move(ApplicationStatus to) {
        return move(to, Optional.empty(), false);
    }

    /**
     * Walks the forward path up to {@code target}, one stored transition per step: a resumed
     * application ({@code NEEDS_INPUT}, a retryable {@code FAILED}) first re-enters the path.
     * Does nothing when the application is already at or past {@code target} on the path.
     */
    public Application advanceTo(ApplicationStatus target) {
        if (current.status() == ApplicationStatus.FAILED) {
            move(ApplicationStatus.DISCOVERED, Optional.of("retrying"), false);
        }
        if (current.status() == ApplicationStatus.NEEDS_INPUT && PATH.indexOf(target) >= PATH.indexOf(
                ApplicationStatus.ANSWERING)) {
            move(ApplicationStatus.ANSWERING, Optional.of("answering again"), false);
        }
        if (current.status() == ApplicationStatus.APPROVED && PATH.indexOf(target) >= PATH.indexOf(
                ApplicationStatus.ANSWERING)) {
            move(ApplicationStatus.ANSWERING);
        }
        int at = PATH.indexOf(current.status());
        int goal = PATH.indexOf(target);
        for (int step = at + 1; at >= 0 && step <= goal; step++) {
            move(PATH.get(step));
        }
        return current;
    }

    /** Appends a note (redacted) to the application's log and hands it to the notifiers. */
    public void note(String message) {
        note(EventType.NOTE, message, Map.of());
    }

    public void note(EventType type, String message, Map<String, String> data) {
        requireNonNull(message, "message is null");
        events.publish(Event.forApplication(current.id(), clock.instant(), type, sensitive.redact(message), data));
    }

    /** Reloads the application from storage (after steps that changed it outside the tracker). */
    public Application reload() {
        current = store.find(current.id()).orElse(current);
        return current;
    }
}
