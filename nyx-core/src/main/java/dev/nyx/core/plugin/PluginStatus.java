package dev.nyx.core.plugin;

/**
 * The state of one plugin as Nyx reports it ({@code nyx plugins}). Kept separate from PF4J's
 * own state type so callers outside the plugin package never need PF4J.
 */
public enum PluginStatus {
    /** Found and loaded, not started (e.g. an unmet dependency). */
    LOADED,
    /** Started: its extensions are in use. */
    STARTED,
    /** Stopped (Nyx is closing, or the host stopped it). */
    STOPPED,
    /** Disabled by the plugins folder's {@code disabled.txt}/{@code enabled.txt}. */
    DISABLED,
    /** Could not be loaded or started; the description carries the reason. */
    FAILED
}
