package dev.nyx.core.plugin;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plugin.internal.DefaultExtensionContext;
import dev.nyx.spi.ExtensionContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * Makes the {@link ExtensionContext} of each plugin: its own settings ({@code plugins.settings.<id>}
 * and {@code NYX_PLUGINS_<ID>_*}), the host's clock and its data folder. {@link PluginModule} hands each
 * plugin's extensions the context of their plugin; a host that binds extensions of its own asks here
 * for a context under a name of its choosing. Host-side only: plugins cannot reach it. Thread-safe.
 */
public final class ExtensionContexts {
    private final NyxConfig config;
    private final Clock clock;

    @Inject
    public ExtensionContexts(NyxConfig config, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The context of plugin {@code pluginId}; throws {@code INVALID_STATE} for an id unfit for a folder name. */
    public ExtensionContext forPlugin(String pluginId) {
        requireNonNull(pluginId, "pluginId is null");
        NyxConfig.Plugins plugins = config.plugins();
        PluginSettings settings = new PluginSettings(pluginId, plugins.settings().getOrDefault(pluginId, Map.of()),
                plugins.variables());
        return new DefaultExtensionContext(pluginId, settings, clock,
                config.dataDirectory().resolve("extensions"));
    }
}
