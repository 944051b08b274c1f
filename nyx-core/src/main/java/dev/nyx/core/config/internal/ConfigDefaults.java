package dev.nyx.core.config.internal;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Defaults that depend on the machine: the home folder, the data directory
 * ({@code $XDG_DATA_HOME/nyx}, else {@code ~/.local/share/nyx}) and the plugins directory the
 * runner offers. Not part of the API.
 */
public record ConfigDefaults(Path home, Path dataDirectory, Optional<Path> pluginsDirectory) {
    public ConfigDefaults {
        requireNonNull(home, "home is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(pluginsDirectory, "pluginsDirectory is null");
    }

    /** From the environment ({@code HOME}, {@code XDG_DATA_HOME}); {@code fallbackHome} when {@code HOME} is unset. */
    public static ConfigDefaults of(Map<String, String> environment, Path fallbackHome, Optional<Path> pluginsDirectory) {
        Path home = Optional.ofNullable(environment.get("HOME")).filter(value -> !value.isBlank()).map(Path::of)
                .orElse(fallbackHome).toAbsolutePath();
        // The XDG spec says relative values are invalid and must be ignored.
        Path dataHome = Optional.ofNullable(environment.get("XDG_DATA_HOME")).filter(value -> !value.isBlank())
                .map(Path::of).filter(Path::isAbsolute)
                .orElse(home.resolve(".local").resolve("share"));
        return new ConfigDefaults(home, dataHome.resolve("nyx"), pluginsDirectory);
    }
}
