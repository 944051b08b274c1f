package dev.nyx.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.TestConfigs;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.notify.EventPublisher;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.core.storage.Storage;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.EventType;
import dev.nyx.model.PostingKey;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.NewApplication;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery of submissions a dead process left behind, on a real H2 database. */
class RecoveryTest {
    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private Storage storage;
    private PluginGuard guard;
    private EventPublisher events;
    private Recovery recovery;

    @BeforeEach
    void open() {
        NyxConfig config = TestConfigs.config(folder, Duration.ofSeconds(60));
        storage = Storage.open(config, clock);
        guard = new PluginGuard(PluginHost.start(config.plugins()), config);
        events = new EventPublisher(storage.events(), Set.of(), guard);
        recovery = new Recovery(storage.applications(), events, clock, config, PipelineSettings.defaults());
    }

    @AfterEach
    void close() {
        events.close();
        guard.close();
        storage.close();
    }

    private Application submitting() {
        ApplicationStore store = storage.applications();
        Application application = store.create(NewApplication.discovered(PostingKey.of("acme", "1"),
                URI.create("https://jobs.example.com/1")));
        ApplicationStatus[] path = {ApplicationStatus.DISCOVERED, ApplicationStatus.FETCHED, ApplicationStatus.MATCHED,
            ApplicationStatus.ANSWERING, ApplicationStatus.FILLING, ApplicationStatus.SUBMITTING};
        for (int step = 1; step < path.length; step++) {
            application = store.transition(application.id(), path[step - 1], path[step], Optional.empty(), false)
                    .application();
        }
        return application;
    }

    @Test
    void should_wait_three_times_the_longest_step_when_deciding_a_submission_is_abandoned() {
        // browser step 30 s, plugin call 60 s, margin 3
        assertThat(recovery.staleAfter()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void should_mark_needs_verification_with_an_event_when_submitting_is_older_than_the_window() {
        Application left = submitting();
        clock.advance(Duration.ofMinutes(4));

        List<Application> recovered = recovery.recoverAbandonedSubmissions();

        assertThat(recovered).extracting(Application::id).containsExactly(left.id());
        assertThat(storage.applications().find(left.id()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.NEEDS_VERIFICATION);
        assertThat(storage.events().forApplication(left.id())).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.STATUS_CHANGED);
            assertThat(event.data()).containsEntry("to", "NEEDS_VERIFICATION");
        });
    }

    @Test
    void should_leave_a_submission_alone_when_it_may_still_be_running_elsewhere() {
        Application running = submitting();
        clock.advance(Duration.ofMinutes(2));

        List<Application> recovered = recovery.recoverAbandonedSubmissions();

        assertThat(recovered).isEmpty();
        assertThat(storage.applications().find(running.id()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTING);
    }

    /** A clock tests move by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
