package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.plugin.PluginSettings;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The {@link ExtensionContext} of one plugin for extension tests: its settings (read exactly as the
 * host reads them, environment variables {@code NYX_PLUGINS_<ID>_<KEY>} included, from a map the test
 * gives), a clock and a data folder. Immutable and thread-safe.
 */
public final class TestExtensionContext implements ExtensionContext {
    private final String pluginId;
    private final ExtensionSettings settings;
    private final Clock clock;
    private final Path dataRoot;

    /**
     * @param pluginId    the plugin's id
     * @param settings    its settings as under {@code plugins.settings.<pluginId>}, keys flattened with dots
     * @param environment environment variables the host would see
     * @param dataRoot    the data directory; the plugin's folder is {@code <dataRoot>/extensions/<pluginId>}
     */
    public TestExtensionContext(String pluginId, Map<String, String> settings, Map<String, String> environment,
                                Clock clock, Path dataRoot) {
        this.pluginId = requireNonNull(pluginId, "pluginId is null");
        this.settings = new PluginSettings(pluginId, settings, environment);
        this.clock = requireNonNull(clock, "clock is null");
        this.dataRoot = requireNonNull(dataRoot, "dataRoot is null");
    }

    /** A context with settings from the file alone, the system clock and {@code dataRoot}. */
    public static TestExtensionContext of(String pluginId, Map<String, String> settings, Path dataRoot) {
        return new TestExtensionContext(pluginId, settings, Map.of(), Clock.systemUTC(), dataRoot);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public ExtensionSettings settings() {
        return settings;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path dataDirectory() {
        Path folder = dataRoot.resolve("extensions").resolve(pluginId);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.STORAGE_FAILURE, "Cannot create the extension folder " + folder
                    + "; check the test's data directory.", e);
        }
    }
}
