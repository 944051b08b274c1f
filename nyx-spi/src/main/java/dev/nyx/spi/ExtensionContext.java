package dev.nyx.spi;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Host services for the extensions of one plugin. The host owns threads, browser, database and
 * models; an extension asks for what it needs here and never creates or reaches into them.
 *
 * <p>Every plugin gets its own context: its {@link #settings()} are its own
 * ({@code plugins.settings.<pluginId>} in {@code nyx.yaml} and {@code NYX_PLUGINS_<ID>_<KEY>} in the
 * environment), and no plugin can read another's. Extensions receive it through their constructor
 * ({@code @jakarta.inject.Inject}); plugins never read the environment themselves. Implementations
 * are immutable and thread-safe.
 */
public interface ExtensionContext {

    /** The id of the plugin this context belongs to, as in its {@code plugin.properties}. */
    String pluginId();

    /** This plugin's settings (empty when none are given). */
    ExtensionSettings settings();

    /** The clock every time reading should use. */
    Clock clock();

    /**
     * A folder this plugin may write to, {@code <dataDirectory>/extensions/<pluginId>}, created on
     * first use; throws {@link ErrorCode#STORAGE_UNAVAILABLE} when it cannot be created.
     */
    Path dataDirectory();
}
