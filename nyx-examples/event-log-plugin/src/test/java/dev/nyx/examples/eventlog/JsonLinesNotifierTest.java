package dev.nyx.examples.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesNotifierTest {
    private static final Instant AT = Instant.parse("2026-11-25T21:30:00Z");

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void should_append_one_json_line_per_event_when_no_file_is_configured() throws Exception {
        // given
        JsonLinesNotifier notifier = new JsonLinesNotifier(new FakeContext(temp, Map.of()));
        Event event = new Event(7, Optional.of(42L), Optional.of("s-1"), AT, EventType.STATUS_CHANGED,
                "Status changed", Map.of("from", "FETCHED", "to", "MATCHED"));

        // when
        notifier.onEvent(event);
        notifier.onEvent(Event.forApplication(43, AT, EventType.NOTE, "second", Map.of()).withId(8));

        // then
        Path file = temp.resolve("extensions/event-log/events.jsonl");
        assertThat(notifier.file()).isEqualTo(file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("id").asLong()).isEqualTo(7);
        assertThat(first.get("applicationId").asLong()).isEqualTo(42);
        assertThat(first.get("sessionId").asText()).isEqualTo("s-1");
        assertThat(first.get("at").asText()).isEqualTo("2026-11-25T21:30:00Z");
        assertThat(first.get("type").asText()).isEqualTo("STATUS_CHANGED");
        assertThat(first.get("message").asText()).isEqualTo("Status changed");
        assertThat(first.get("data").get("to").asText()).isEqualTo("MATCHED");
        assertThat(json.readTree(lines.get(1)).get("sessionId").isNull()).isTrue();
    }

    @Test
    void should_write_to_the_configured_file_when_the_file_setting_is_given() throws Exception {
        // given
        Path file = temp.resolve("logs/nested/my-events.jsonl");
        JsonLinesNotifier notifier = new JsonLinesNotifier(new FakeContext(temp,
                Map.of(JsonLinesNotifier.FILE_SETTING, file.toString())));

        // when
        notifier.onEvent(Event.forApplication(1, AT, EventType.NOTE, "hello", Map.of()).withId(1));

        // then
        assertThat(Files.readAllLines(file)).singleElement().asString().contains("\"message\":\"hello\"");
    }

    @Test
    void should_keep_lines_whole_when_called_from_many_threads() throws Exception {
        // given
        JsonLinesNotifier notifier = new JsonLinesNotifier(new FakeContext(temp, Map.of()));
        int threads = 4;
        int eventsPerThread = 50;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        // when
        List<Future<?>> done = IntStream.range(0, threads).<Future<?>>mapToObj(thread -> pool.submit(() -> {
            start.await();
            for (int i = 0; i < eventsPerThread; i++) {
                notifier.onEvent(Event.forApplication(thread, AT, EventType.NOTE, "m".repeat(200), Map.of())
                        .withId(thread * 1000L + i));
            }
            return null;
        })).toList();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then
        List<String> lines = Files.readAllLines(notifier.file());
        assertThat(lines).hasSize(threads * eventsPerThread);
        for (String line : lines) {
            assertThat(json.readTree(line).get("message").asText()).hasSize(200);
        }
    }

    @Test
    void should_fail_with_the_file_named_when_the_file_cannot_be_written() throws Exception {
        // given: the configured "file" is a folder
        Path folder = Files.createDirectories(temp.resolve("a-folder"));
        JsonLinesNotifier notifier = new JsonLinesNotifier(new FakeContext(temp,
                Map.of(JsonLinesNotifier.FILE_SETTING, folder.toString())));

        // when / then
        assertThatThrownBy(() -> notifier.onEvent(Event.forApplication(1, AT, EventType.NOTE, "x", Map.of())))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("plugins.settings.event-log.file")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
    }

    /** A hand-written context of plugin "event-log": its settings, a data folder under a temp folder. */
    private record FakeContext(Path dataRoot, Map<String, String> eventLogSettings) implements ExtensionContext {
        @Override
        public String pluginId() {
            return "event-log";
        }

        @Override
        public ExtensionSettings settings() {
            return new MapSettings("plugins.settings.event-log", eventLogSettings);
        }

        @Override
        public Clock clock() {
            return Clock.fixed(AT, ZoneOffset.UTC);
        }

        @Override
        public Path dataDirectory() {
            return dataRoot.resolve("extensions").resolve(pluginId());
        }
    }

    /** Settings from a map, as a host hands them (no environment). */
    private record MapSettings(String path, Map<String, String> values) implements ExtensionSettings {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public String describe(String key) {
            return path + "." + key;
        }

        @Override
        public ExtensionSettings section(String prefix) {
            return new MapSettings(path + "." + prefix, Map.of());
        }
    }
}
