package dev.nyx.core.notify;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.model.Event;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.Notifier;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.EventLog;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores events and hands them to every {@link Notifier}.
 *
 * <p>{@link #publish} appends to the {@link EventLog} on the caller's thread and returns the
 * stored event; delivery is asynchronous, through one ordered queue and thread per notifier and
 * the {@link PluginGuard}, so a slow, hanging or throwing notifier never blocks the caller or
 * the other notifiers (it is logged with its name and skipped for that event). Thread-safe.
 * {@link #close()} drains what is queued (bounded) and stops the threads; it is idempotent.
 */
@Singleton
public final class EventPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final EventLog eventLog;
    private final PluginGuard guard;
    private final List<Delivery> deliveries;
    private final AtomicBoolean closed = new AtomicBoolean();

    @Inject
    public EventPublisher(EventLog eventLog, Set<Notifier> notifiers, PluginGuard guard) {
        this.eventLog = requireNonNull(eventLog, "eventLog is null");
        this.guard = requireNonNull(guard, "guard is null");
        List<Delivery> queues = new ArrayList<>();
        for (Notifier notifier : requireNonNull(notifiers, "notifiers is null")) {
            queues.add(new Delivery(notifier, nameOf(notifier, guard)));
        }
        this.deliveries = List.copyOf(queues);
    }

    /** The names of the notifiers events are delivered to. */
    public List<String> notifierNames() {
        return deliveries.stream().map(Delivery::name).toList();
    }

    /**
     * Appends the event to the log and queues the stored event for every notifier.
     *
     * @return the stored event, with its log position
     * @throws NyxException {@link ErrorCode#INVALID_STATE} after {@link #close()}; the event log's own
     *                      error when storing fails (then no notifier sees it)
     */
    public Event publish(Event event) {
        requireNonNull(event, "event is null");
        if (closed.get()) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The event publisher is closed: publish before Nyx.close()");
        }
        Event stored = eventLog.append(event);
        for (Delivery delivery : deliveries) {
            delivery.enqueue(stored);
        }
        return stored;
    }

    /**
     * Queues an event that is already stored (e.g. the status change that
     * {@code ApplicationStore.transition} appended in its own transaction) for every notifier,
     * without appending it again.
     *
     * @throws NyxException {@link ErrorCode#INVALID_STATE} after {@link #close()}, or when the
     *                      event has no log position (it was never stored: use {@link #publish})
     */
    public void dispatch(Event stored) {
        requireNonNull(stored, "stored is null");
        if (closed.get()) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The event publisher is closed: dispatch before Nyx.close()");
        }
        if (stored.id() <= 0) {
            throw new NyxException(ErrorCode.INVALID_STATE, "Event '" + stored.type()
                    + "' has no log position: store it first, or call publish(event) instead of dispatch(event)");
        }
        for (Delivery delivery : deliveries) {
            delivery.enqueue(stored);
        }
    }

    /**
     * Stops accepting events, waits until queued events are delivered (each notifier for at most
     * twice the plugin call time-out plus the time its queue needs), then stops the threads.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        deliveries.forEach(Delivery::shutdown);
        // bounded: a hung notifier costs at most one time-out per queued event, so cap the wait
        long deadline = System.nanoTime() + guard.timeout().multipliedBy(2).plus(Duration.ofSeconds(5)).toNanos();
        for (Delivery delivery : deliveries) {
            delivery.awaitOrStop(deadline);
        }
    }

    private static String nameOf(Notifier notifier, PluginGuard guard) {
        try {
            return guard.call(notifier, notifier.getClass().getSimpleName(), notifier::name);
        } catch (NyxException e) {
            LOG.warn("Notifier {} has no usable name, using its class name: {}", notifier.getClass().getName(),
                    e.getMessage());
            return notifier.getClass().getSimpleName();
        }
    }

    /** One notifier's ordered queue and its single thread. */
    private final class Delivery {
        private final Notifier notifier;
        private final String name;
        private final ExecutorService worker;

        Delivery(Notifier notifier, String name) {
            this.notifier = notifier;
            this.name = name;
            // one thread and a FIFO queue: events reach each notifier in log order
            this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    task -> {
                        Thread thread = new Thread(task, "nyx-notifier-" + name);
                        thread.setDaemon(true);
                        return thread;
                    });
        }

        String name() {
            return name;
        }

        void enqueue(Event event) {
            try {
                worker.execute(() -> deliver(event));
            } catch (RejectedExecutionException e) {
                LOG.warn("Event {} not delivered to notifier '{}': the publisher is closing", event.id(), name);
            }
        }

        private void deliver(Event event) {
            try {
                guard.run(notifier, name, () -> notifier.onEvent(event));
            } catch (NyxException e) {
                // the message names plugin and notifier; events and messages carry no secrets
                LOG.warn("Notifier '{}' did not take event {} ({}): {}", name, event.id(), event.type(),
                        e.getMessage());
            }
        }

        void shutdown() {
            worker.shutdown();
        }

        void awaitOrStop(long deadlineNanos) {
            try {
                long remaining = deadlineNanos - System.nanoTime();
                if (!worker.awaitTermination(Math.max(0, remaining), TimeUnit.NANOSECONDS)) {
                    int dropped = worker.shutdownNow().size();
                    LOG.warn("Notifier '{}' did not finish in time; {} queued event(s) not delivered", name, dropped);
                }
            } catch (InterruptedException e) {
                worker.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
