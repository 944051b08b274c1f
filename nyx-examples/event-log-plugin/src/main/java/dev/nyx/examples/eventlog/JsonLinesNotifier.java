package dev.nyx.examples.eventlog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.model.Event;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.Notifier;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.pf4j.Extension;

/**
 * Appends every event as one JSON object per line ({@code id}, {@code applicationId},
 * {@code sessionId}, {@code at} in ISO-8601, {@code type}, {@code message}, {@code data}) to a file.
 *
 * <p>Settings ({@code plugins.settings.event-log} in {@code nyx.yaml}): {@code file}, the file to
 * append to; default {@code <dataDirectory>/extensions/event-log/events.jsonl}. The file and its
 * folder are created on the first event.
 *
 * <p>Constructed by the host's Guice injector (one instance); called by the host's event
 * publisher, one event at a time, behind its guard. Thread-safe: lines are written whole and
 * flushed one by one under a lock, so concurrent callers never interleave.
 */
@Extension
public class JsonLinesNotifier implements Notifier {
    /** The setting naming the file to append to. */
    public static final String FILE_SETTING = "file";

    private final ObjectMapper json = new ObjectMapper();
    private final Path file;
    private final String fileSetting;
    private final Object lock = new Object();

    @Inject
    public JsonLinesNotifier(ExtensionContext context) {
        requireNonNull(context, "context is null");
        this.fileSetting = context.settings().describe(FILE_SETTING);
        this.file = context.settings().get(FILE_SETTING)
                .map(Path::of)
                .orElseGet(() -> context.dataDirectory().resolve("events.jsonl"));
    }

    @Override
    public String name() {
        return "event-log";
    }

    /** The file events are appended to. */
    public Path file() {
        return file;
    }

    @Override
    public void onEvent(Event event) {
        requireNonNull(event, "event is null");
        String line = toJson(event) + "\n";
        synchronized (lock) {
            // open per line: simple, survives the file being rotated away, and flushes on close
            try {
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null) {
                    Files.createDirectories(folder);
                }
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                    writer.write(line);
                }
            } catch (IOException e) {
                throw new NyxException(ErrorCode.STORAGE_FAILURE, "Cannot append event " + event.id() + " to '"
                        + file + "': check " + fileSetting + " and the folder's permissions", e);
            }
        }
    }

    private String toJson(Event event) {
        ObjectNode node = json.createObjectNode();
        node.put("id", event.id());
        event.applicationId().ifPresentOrElse(id -> node.put("applicationId", id), () -> node.putNull("applicationId"));
        event.sessionId().ifPresentOrElse(id -> node.put("sessionId", id), () -> node.putNull("sessionId"));
        node.put("at", DateTimeFormatter.ISO_INSTANT.format(event.at()));
        node.put("type", event.type().name());
        node.put("message", event.message());
        ObjectNode data = node.putObject("data");
        // sorted keys: stable lines, easy to diff
        Map<String, String> sorted = new TreeMap<>(event.data());
        sorted.forEach(data::put);
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.INTERNAL, "Cannot write event " + event.id() + " as JSON", e);
        }
    }
}
