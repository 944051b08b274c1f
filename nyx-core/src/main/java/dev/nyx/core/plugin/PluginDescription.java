package dev.nyx.core.plugin;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about one plugin found in the plugins folder: enough for {@code nyx plugins}
 * and for a host's health page.
 *
 * @param id            the plugin id from its manifest or {@code plugin.properties}; for an archive that
 *                      could not be read at all, its file name
 * @param version       the plugin version, when the descriptor could be read
 * @param status        loaded, started, stopped, disabled or failed
 * @param path          the archive or folder it came from
 * @param failureReason why it failed, for {@link PluginStatus#FAILED}
 * @param extensions    extension class names per extension point simple name ({@code Notifier}, ...);
 *                      empty for plugins that are not started
 */
public record PluginDescription(String id, Optional<String> version, PluginStatus status, Path path,
                                Optional<String> failureReason, Map<String, List<String>> extensions) {
    public PluginDescription {
        requireNonNull(id, "id is null");
        requireNonNull(version, "version is null");
        requireNonNull(status, "status is null");
        requireNonNull(path, "path is null");
        requireNonNull(failureReason, "failureReason is null");
        // keep the caller's order (extension points in a stable order) but copy deeply
        Map<String, List<String>> copy = new LinkedHashMap<>();
        extensions.forEach((point, classes) -> copy.put(requireNonNull(point, "extension point is null"),
                List.copyOf(classes)));
        extensions = Collections.unmodifiableMap(copy);
    }

    /** Whether the plugin failed to load or start. */
    public boolean failed() {
        return status == PluginStatus.FAILED;
    }
}
