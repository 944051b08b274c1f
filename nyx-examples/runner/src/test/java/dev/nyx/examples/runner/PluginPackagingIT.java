package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plugin.PluginDescription;
import dev.nyx.core.plugin.PluginStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.Notifier;
import dev.nyx.testkit.plugin.LoadedPlugin;
import dev.nyx.testkit.plugin.PluginArchiveAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaging test: the example plugin's archive as the reactor built it, loaded by a real
 * PF4J manager through {@link Nyx#builder()}, with storage on H2 in a temporary folder.
 */
class PluginPackagingIT {
    private static final Instant AT = Instant.parse("2026-11-25T21:30:00Z");
    private static final String NOTIFIER_CLASS = "dev.nyx.examples.eventlog.JsonLinesNotifier";

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();
    private final CountDownLatch releaseHangingNotifier = new CountDownLatch(1);

    @AfterEach
    void release() {
        releaseHangingNotifier.countDown();
    }

    private NyxConfig config(Duration pluginCallTimeout) {
        return TestConfigs.config(temp.resolve("data"), temp.resolve("plugins"), pluginCallTimeout,
                Map.of("event-log", Map.of("file", temp.resolve("events.jsonl").toString())));
    }

    @Test
    void should_deliver_events_to_the_plugin_notifier_when_the_archive_is_in_the_plugins_folder() throws Exception {
        // given
        Path archive = PluginArchives.installEventLogPlugin(temp.resolve("plugins"));

        try (Nyx nyx = Nyx.builder().config(config(Duration.ofSeconds(5))).build()) {
            // then: the plugin is started and Guice built its notifier
            assertThat(nyx.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("event-log");
                assertThat(plugin.status()).isEqualTo(PluginStatus.STARTED);
                assertThat(plugin.version()).isPresent();
                assertThat(plugin.path()).isEqualTo(archive);
                assertThat(plugin.extensions()).containsEntry("Notifier", List.of(NOTIFIER_CLASS));
            });
            Set<Notifier> notifiers = nyx.injector().getInstance(Key.get(new TypeLiteral<Set<Notifier>>() { }));
            assertThat(notifiers).singleElement().satisfies(notifier -> {
                assertThat(notifier.getClass().getName()).isEqualTo(NOTIFIER_CLASS);
                // loaded from the archive by the plugin's class loader, not from the class path
                assertThat(notifier.getClass().getClassLoader()).isNotSameAs(Nyx.class.getClassLoader());
            });

            // when
            Event stored = nyx.events().publish(new Event(0, java.util.Optional.of(42L),
                    java.util.Optional.of("session-1"), AT, EventType.STATUS_CHANGED, "Application matched",
                    Map.of("from", "FETCHED", "to", "MATCHED")));

            // then
            Path file = temp.resolve("events.jsonl");
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(file) && !Files.readAllLines(file).isEmpty());
            JsonNode line = json.readTree(Files.readAllLines(file).get(0));
            assertThat(stored.id()).isPositive();
            assertThat(line.get("id").asLong()).isEqualTo(stored.id());
            assertThat(line.get("applicationId").asLong()).isEqualTo(42);
            assertThat(line.get("sessionId").asText()).isEqualTo("session-1");
            assertThat(line.get("at").asText()).isEqualTo("2026-11-25T21:30:00Z");
            assertThat(line.get("type").asText()).isEqualTo("STATUS_CHANGED");
            assertThat(line.get("message").asText()).isEqualTo("Application matched");
            assertThat(line.get("data").get("to").asText()).isEqualTo("MATCHED");
        }
    }

    @Test
    void should_pass_the_packaging_checks_when_each_archive_of_the_distribution_is_loaded() throws Exception {
        // given: the five archives the reactor built, each with the extension point it must offer
        Map<String, Class<?>> points = Map.of("nyx-example-event-log-plugin", Notifier.class,
                "nyx-ats-greenhouse", AtsAdapter.class, "nyx-ats-lever", AtsAdapter.class,
                "nyx-ats-workday", AtsAdapter.class, "nyx-captcha", CaptchaSolver.class);
        Path folder = PluginArchives.eventLogPlugin().getParent();

        for (Map.Entry<String, Class<?>> entry : points.entrySet()) {
            try (Stream<Path> files = Files.list(folder)) {
                Path archive = files.filter(file -> file.getFileName().toString().startsWith(entry.getKey()))
                        .findFirst().orElseThrow();

                // when / then
                try (LoadedPlugin plugin = PluginArchiveAssertions.assertLoads(archive, entry.getValue())) {
                    assertThat(plugin.pluginId()).isIn("event-log", "greenhouse", "lever", "workday", "captcha");
                }
            }
        }
    }

    @Test
    void should_load_the_good_plugin_and_report_the_broken_one_when_an_archive_is_broken() throws Exception {
        // given
        PluginArchives.installEventLogPlugin(temp.resolve("plugins"));
        Files.writeString(temp.resolve("plugins/broken-plugin.jar"), "this is not a zip file");

        try (Nyx nyx = Nyx.builder().config(config(Duration.ofSeconds(5))).build()) {
            // then
            assertThat(nyx.plugins()).extracting(PluginDescription::id, PluginDescription::status)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("event-log", PluginStatus.STARTED),
                            org.assertj.core.groups.Tuple.tuple("broken-plugin.jar", PluginStatus.FAILED));
            assertThat(nyx.plugins()).filteredOn(PluginDescription::failed).singleElement()
                    .satisfies(plugin -> assertThat(plugin.failureReason()).isPresent());

            // when
            nyx.events().publish(Event.forApplication(1, AT, EventType.NOTE, "still works", Map.of()));

            // then
            Path file = temp.resolve("events.jsonl");
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(file) && Files.readAllLines(file).size() == 1);
        }
    }

    @Test
    void should_keep_publishing_when_a_host_notifier_throws_or_hangs() throws Exception {
        // given: two bad host notifiers beside the plugin's, added to the same set by a host module
        PluginArchives.installEventLogPlugin(temp.resolve("plugins"));
        Nyx nyx = Nyx.builder()
                .config(config(Duration.ofMillis(300)))
                .module(binder -> {
                    Multibinder<Notifier> notifiers = Multibinder.newSetBinder(binder, Notifier.class);
                    notifiers.addBinding().toInstance(new ThrowingNotifier());
                    notifiers.addBinding().toInstance(new HangingNotifier(releaseHangingNotifier));
                })
                .build();
        Path file = temp.resolve("events.jsonl");
        try {
            // when
            long started = System.nanoTime();
            for (int i = 1; i <= 5; i++) {
                nyx.events().publish(Event.forApplication(i, AT, EventType.NOTE, "event " + i, Map.of()));
            }
            Duration publishing = Duration.ofNanos(System.nanoTime() - started);

            // then: publishing never waited for the hanging notifier (300 ms per event)
            assertThat(publishing).isLessThan(Duration.ofMillis(1500));
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(file) && Files.readAllLines(file).size() == 5);
        } finally {
            // and closing is bounded even though one notifier still hangs
            long closing = System.nanoTime();
            nyx.close();
            assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(Files.readAllLines(file)).hasSize(5);
    }

    @Test
    void should_load_the_plugin_module_from_target_classes_when_in_development_mode() throws Exception {
        // given: a plugins folder holding the plugin module (as a link to its source folder)
        Path module = Path.of("..", "event-log-plugin").toAbsolutePath().normalize();
        Files.createDirectories(temp.resolve("plugins"));
        Files.createSymbolicLink(temp.resolve("plugins/event-log-plugin"), module);
        NyxConfig config = TestConfigs.withMode(config(Duration.ofSeconds(5)), NyxConfig.PluginMode.DEVELOPMENT);

        try (Nyx nyx = Nyx.builder().config(config).build()) {
            // then
            assertThat(nyx.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("event-log");
                assertThat(plugin.status()).isEqualTo(PluginStatus.STARTED);
                assertThat(plugin.extensions()).containsEntry("Notifier", List.of(NOTIFIER_CLASS));
            });
        }
    }

    private static final class ThrowingNotifier implements Notifier {
        @Override
        public String name() {
            return "thrower";
        }

        @Override
        public void onEvent(Event event) {
            throw new IllegalStateException("this notifier always fails");
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
