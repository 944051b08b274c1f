package dev.nyx.testkit;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * An {@link ExtensionContext} for extension tests: fixed settings per extension name, a clock and a
 * data folder. Immutable and thread-safe.
 */
public final class TestExtensionContext implements ExtensionContext {
    private final Map<String, Map<String, String>> settings;
    private final Clock clock;
    private final Path dataDirectory;

    /**
     * @param settings      extension name to its settings (as under {@code plugins.settings})
     * @param dataDirectory the parent of every extension's data folder
     */
    public TestExtensionContext(Map<String, Map<String, String>> settings, Clock clock, Path dataDirectory) {
        this.settings = Map.copyOf(requireNonNull(settings, "settings is null"));
        this.clock = requireNonNull(clock, "clock is null");
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null");
    }

    @Override
    public ExtensionSettings settings(String name) {
        requireNonNull(name, "name is null");
        Map<String, String> values = Map.copyOf(settings.getOrDefault(name, Map.of()));
        return new ExtensionSettings() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, String> asMap() {
                return values;
            }
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path dataDirectory(String name) {
        Path folder = dataDirectory.resolve("extensions").resolve(requireNonNull(name, "name is null"));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.STORAGE_FAILURE, "Cannot create the extension folder " + folder
                    + "; check the test's data directory.", e);
        }
    }
}
