package dev.nyx.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nyx.core.TestConfigs;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.Notifier;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventPublisherTest {
    private static final Instant AT = Instant.parse("2026-11-25T21:00:00Z");

    @TempDir
    Path temp;

    private final InMemoryEventLog eventLog = new InMemoryEventLog();
    private final CountDownLatch release = new CountDownLatch(1);
    private PluginGuard guard;

    @BeforeEach
    void createGuard() {
        PluginHost host = PluginHost.start(TestConfigs.config(temp, Duration.ofMillis(200)).plugins());
        guard = new PluginGuard(host, TestConfigs.config(temp, Duration.ofMillis(200)));
    }

    @AfterEach
    void releaseAndClose() {
        release.countDown();
        guard.close();
    }

    @Test
    void should_store_the_event_and_deliver_it_in_order_when_published() {
        // given
        RecordingNotifier recorder = new RecordingNotifier();
        EventPublisher publisher = new EventPublisher(eventLog, Set.of(recorder), guard);

        // when
        Event first = publisher.publish(event("one"));
        Event second = publisher.publish(event("two"));

        // then
        assertThat(first.id()).isEqualTo(1);
        assertThat(second.id()).isEqualTo(2);
        assertThat(eventLog.after(0, 10)).containsExactly(first, second);
        await().atMost(Duration.ofSeconds(5)).until(() -> recorder.received.size() == 2);
        assertThat(recorder.received).containsExactly(first, second);
        assertThat(publisher.notifierNames()).containsExactly("recorder");
        publisher.close();
    }

    @Test
    void should_deliver_without_storing_again_when_an_already_stored_event_is_dispatched() {
        // given
        RecordingNotifier recorder = new RecordingNotifier();
        EventPublisher publisher = new EventPublisher(eventLog, Set.of(recorder), guard);
        Event stored = eventLog.append(event("stored elsewhere"));

        // when
        publisher.dispatch(stored);

        // then
        await().atMost(Duration.ofSeconds(5)).until(() -> recorder.received.size() == 1);
        assertThat(recorder.received).containsExactly(stored);
        assertThat(eventLog.after(0, 10)).containsExactly(stored);
        publisher.close();
    }

    @Test
    void should_refuse_an_event_without_log_position_when_dispatched() {
        EventPublisher publisher = new EventPublisher(eventLog, Set.of(), guard);

        assertThatThrownBy(() -> publisher.dispatch(event("never stored")))
                .isInstanceOf(NyxException.class).hasMessageContaining("publish(event)");
        publisher.close();
    }

    @Test
    void should_keep_publishing_and_delivering_to_others_when_a_notifier_throws_or_hangs() {
        // given
        RecordingNotifier recorder = new RecordingNotifier();
        Set<Notifier> notifiers = new LinkedHashSet<>(List.of(new ThrowingNotifier(), new HangingNotifier(release),
                recorder));
        EventPublisher publisher = new EventPublisher(eventLog, notifiers, guard);

        // when
        long started = System.nanoTime();
        IntStream.rangeClosed(1, 5).forEach(i -> publisher.publish(event("event " + i)));
        Duration publishing = Duration.ofNanos(System.nanoTime() - started);

        // then: publishing did not wait for the hanging notifier (200 ms per event)
        assertThat(publishing).isLessThan(Duration.ofMillis(900));
        await().atMost(Duration.ofSeconds(5)).until(() -> recorder.received.size() == 5);
        assertThat(recorder.received).extracting(Event::message)
                .containsExactly("event 1", "event 2", "event 3", "event 4", "event 5");
        publisher.close();
    }

    @Test
    void should_deliver_queued_events_when_closed() {
        // given: a notifier slower than publishing
        RecordingNotifier slow = new RecordingNotifier(Duration.ofMillis(20));
        EventPublisher publisher = new EventPublisher(eventLog, Set.of(slow), guard);
        IntStream.rangeClosed(1, 10).forEach(i -> publisher.publish(event("event " + i)));

        // when
        publisher.close();

        // then
        assertThat(slow.received).hasSize(10);
    }

    @Test
    void should_refuse_events_when_closed() {
        // given
        EventPublisher publisher = new EventPublisher(eventLog, Set.of(), guard);
        publisher.close();
        publisher.close();

        // when / then
        assertThatThrownBy(() -> publisher.publish(event("late")))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("closed")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_STATE));
        assertThat(eventLog.after(0, 10)).isEmpty();
    }

    private static Event event(String message) {
        return Event.forApplication(1, AT, EventType.NOTE, message, Map.of());
    }

    private static final class RecordingNotifier implements Notifier {
        final List<Event> received = new CopyOnWriteArrayList<>();
        private final Duration delay;

        RecordingNotifier() {
            this(Duration.ZERO);
        }

        RecordingNotifier(Duration delay) {
            this.delay = delay;
        }

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public void onEvent(Event event) {
            if (!delay.isZero()) {
                // simulates slow I/O in the notifier itself, not a wait in the test
                java.util.concurrent.locks.LockSupport.parkNanos(delay.toNanos());
            }
            received.add(event);
        }
    }

    private static final class ThrowingNotifier implements Notifier {
        @Override
        public String name() {
            return "thrower";
        }

        @Override
        public void onEvent(Event event) {
            throw new IllegalStateException("notifier broke");
        }
    }

    private static final class HangingNotifier implements Notifier {
        private final CountDownLatch release;

        HangingNotifier(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public String name() {
            return "hanger";
        }

        @Override
        public void onEvent(Event event) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
