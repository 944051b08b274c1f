package dev.nyx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.pipeline.internal.ApplicationRun;
import dev.nyx.core.plugin.PluginDescription;
import dev.nyx.core.storage.EventLog;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.spi.ErrorCode;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plugin.ExtensionContexts;
import dev.nyx.spi.Notifier;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NyxTest {
    private static final Instant AT = Instant.parse("2026-11-25T21:00:00Z");

    @TempDir
    Path temp;

    private Nyx.Builder builder() {
        // storage replaced by a hand-written log: these tests are about assembly, not the database
        return Nyx.builder().config(TestConfigs.config(temp, Duration.ofSeconds(2)))
                .module(binder -> binder.bind(EventLog.class).toInstance(new ListEventLog()));
    }

    @Test
    void should_fail_with_a_clear_message_when_no_configuration_is_given() {
        // when / then
        assertThatThrownBy(() -> Nyx.builder().build())
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("config(...)")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }

    @Test
    void should_use_the_host_binding_when_a_host_module_overrides_it() {
        // given
        Clock fixed = Clock.fixed(AT, ZoneOffset.UTC);

        // when
        try (Nyx nyx = builder().module(binder -> binder.bind(Clock.class).toInstance(fixed)).build()) {
            // then
            assertThat(nyx.injector().getInstance(ExtensionContexts.class).forPlugin("host").clock()).isSameAs(fixed);
            assertThat(nyx.plugins()).isEmpty();
            assertThat(nyx.config().dataDirectory()).isEqualTo(temp.resolve("data"));
        }
    }

    @Test
    void should_deliver_to_host_notifiers_when_events_are_published() {
        // given
        RecordingNotifier recorder = new RecordingNotifier();
        try (Nyx nyx = builder()
                .module(binder -> Multibinder.newSetBinder(binder, Notifier.class).addBinding().toInstance(recorder))
                .build()) {
            // when
            Event stored = nyx.events().publish(Event.forApplication(1, AT, EventType.NOTE, "hello", Map.of()));

            // then
            assertThat(stored.id()).isEqualTo(1);
        }
        // close() drained the queue
        assertThat(recorder.received).extracting(Event::message).containsExactly("hello");
    }

    @Test
    void should_close_resources_once_and_refuse_events_when_closed() {
        // given
        AtomicInteger closed = new AtomicInteger();
        Nyx nyx = builder()
                .module(binder -> Multibinder.newSetBinder(binder, AutoCloseable.class).addBinding()
                        .toInstance(closed::incrementAndGet))
                .build();

        // when
        nyx.close();
        nyx.close();

        // then
        assertThat(closed).hasValue(1);
        assertThatThrownBy(() -> nyx.events().publish(Event.forApplication(1, AT, EventType.NOTE, "late", Map.of())))
                .isInstanceOf(NyxException.class)
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void should_leave_the_plugins_folder_unread_when_built_without_plugins() throws IOException {
        // given: a plugins folder with an archive PF4J cannot load
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.writeString(plugins.resolve("broken.jar"), "not a zip");

        // when
        List<PluginDescription> withPlugins;
        try (Nyx nyx = builder().build()) {
            withPlugins = nyx.plugins();
        }
        try (Nyx nyx = builder().withoutPlugins().build()) {
            // then: nothing was loaded, and work that applies to nothing still works
            assertThat(nyx.plugins()).isEmpty();
            assertThat(nyx.approvals().queue()).isEmpty();
            assertThat(nyx.companies().list()).isEmpty();
        }
        assertThat(withPlugins).singleElement().satisfies(plugin -> assertThat(plugin.failed()).isTrue());
    }

    @Test
    void should_assemble_without_plugins_when_the_plugins_path_cannot_be_used() throws IOException {
        // given: the plugins path is a file, which stops a Nyx with plugins
        Files.writeString(temp.resolve("plugins"), "a file, not a folder");
        assertThatThrownBy(() -> builder().build()).isInstanceOfSatisfying(NyxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_LOAD_FAILED));

        // when / then
        try (Nyx nyx = builder().withoutPlugins().build()) {
            assertThat(nyx.plugins()).isEmpty();
        }
    }

    @Test
    void should_assemble_without_plugins_when_the_configured_scorer_comes_from_a_plugin() {
        // given: a scorer only a plugin could provide; with plugins, Nyx refuses to start without it
        NyxConfig base = TestConfigs.config(temp, Duration.ofSeconds(2));
        NyxConfig config = new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(),
                base.llm(), base.policyFile(), base.limits(), base.network(), base.captcha(),
                new NyxConfig.Matching("remote-first"));
        assertThatThrownBy(() -> Nyx.builder().config(config).build()).isInstanceOfSatisfying(NyxException.class,
                e -> assertThat(e.getMessage()).contains("remote-first"));

        // when / then: commands that apply to nothing still work
        try (Nyx nyx = Nyx.builder().config(config).withoutPlugins().build()) {
            assertThat(nyx.approvals().queue()).isEmpty();
        }
    }

    @Test
    void should_assemble_the_pipeline_and_share_its_steps_when_applications_are_asked_for() {
        // when
        try (Nyx nyx = builder().withoutPlugins().build()) {
            // then: every step gets its collaborators from Guice, once per Nyx
            assertThat(nyx.applications()).isSameAs(nyx.applications());
            assertThat(nyx.injector().getInstance(ApplicationRun.class))
                    .isSameAs(nyx.injector().getInstance(ApplicationRun.class));
        }
    }

    @Test
    void should_fail_naming_the_binding_when_an_extension_cannot_be_constructed() {
        // when / then
        assertThatThrownBy(() -> builder()
                .module(binder -> Multibinder.newSetBinder(binder, Notifier.class).addBinding()
                        .to(NeedsUnboundService.class))
                .build())
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("Nyx cannot be assembled")
                .hasMessageContaining("UnboundService")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }

    /** A service nobody binds. */
    interface UnboundService {
    }

    static final class NeedsUnboundService implements Notifier {
        @Inject
        NeedsUnboundService(UnboundService service) {
        }

        @Override
        public String name() {
            return "needs-unbound";
        }

        @Override
        public void onEvent(Event event) {
        }
    }

    private static final class RecordingNotifier implements Notifier {
        final List<Event> received = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public void onEvent(Event event) {
            received.add(event);
        }
    }

    private static final class ListEventLog implements EventLog {
        private final List<Event> events = new ArrayList<>();

        @Override
        public synchronized Event append(Event event) {
            Event stored = event.withId(events.size() + 1L);
            events.add(stored);
            return stored;
        }

        @Override
        public synchronized List<Event> forApplication(long applicationId) {
            return List.copyOf(events);
        }

        @Override
        public synchronized List<Event> after(long afterId, int limit) {
            return List.copyOf(events);
        }
    }
}
