package dev.nyx.core.plugin.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * The {@link ExtensionContext} of one plugin, made by {@code dev.nyx.core.plugin.ExtensionContexts}.
 * Public only for wiring; not API. Immutable and thread-safe.
 */
public final class DefaultExtensionContext implements ExtensionContext {
    // the id becomes a folder name: keep it to one plain path segment
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String pluginId;
    private final ExtensionSettings settings;
    private final Clock clock;
    private final Path extensionsFolder;

    /**
     * @param extensionsFolder the parent of every plugin's data folder ({@code <dataDirectory>/extensions})
     */
    public DefaultExtensionContext(String pluginId, ExtensionSettings settings, Clock clock, Path extensionsFolder) {
        this.pluginId = requireNonNull(pluginId, "pluginId is null");
        if (!SAFE_NAME.matcher(pluginId).matches() || pluginId.contains("..")) {
            throw new NyxException(ErrorCode.INVALID_STATE, "Plugin id '" + pluginId + "' cannot name a data"
                    + " folder: use letters, digits, '.', '_' or '-' only");
        }
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.extensionsFolder = requireNonNull(extensionsFolder, "extensionsFolder is null");
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
        Path directory = extensionsFolder.resolve(pluginId);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.STORAGE_UNAVAILABLE, "Cannot create the data folder '" + directory
                    + "' of plugin " + pluginId + ": check dataDirectory in nyx.yaml and its permissions", e);
        }
    }

    @Override
    public String toString() {
        return "ExtensionContext[" + pluginId + "]";
    }
}
