package dev.nyx.core.plugin.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@link ExtensionContext} Guice hands to extensions: settings from
 * {@code plugins.settings}, the injected clock, and a data folder per extension under
 * {@code <dataDirectory>/extensions}. Public only for wiring; not API. Thread-safe.
 */
public final class DefaultExtensionContext implements ExtensionContext {
    // a name becomes a folder name: keep it to one plain path segment
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final NyxConfig config;
    private final Clock clock;

    @Inject
    public DefaultExtensionContext(NyxConfig config, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public ExtensionSettings settings(String name) {
        requireNonNull(name, "name is null");
        return new MapExtensionSettings(name, config.plugins().settings().getOrDefault(name, Map.of()));
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path dataDirectory(String name) {
        requireNonNull(name, "name is null");
        if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new NyxException(ErrorCode.INVALID_STATE, "Extension data folder name '" + name
                    + "' is not allowed: use letters, digits, '.', '_' or '-' only");
        }
        Path directory = config.dataDirectory().resolve("extensions").resolve(name);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.STORAGE_UNAVAILABLE, "Cannot create the extension data folder '"
                    + directory + "': check dataDirectory in nyx.yaml and its permissions", e);
        }
    }

    /** The settings of one extension as given in the configuration. */
    record MapExtensionSettings(String name, Map<String, String> asMap) implements ExtensionSettings {
        MapExtensionSettings {
            requireNonNull(name, "name is null");
            asMap = Map.copyOf(asMap);
        }
    }
}
