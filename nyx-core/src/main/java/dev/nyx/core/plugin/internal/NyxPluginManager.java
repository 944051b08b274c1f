package dev.nyx.core.plugin.internal;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DefaultPluginManager} with a fixed runtime mode (instead of the {@code pf4j.mode}
 * system property) that remembers which plugin paths could not be loaded and why, so that a
 * broken archive is reported instead of only logged.
 *
 * <p>Public only for wiring by {@code dev.nyx.core.plugin}; not API. Thread-safe for reads
 * after loading; loading itself is done once, by one thread.
 */
public abstract class NyxPluginManager extends DefaultPluginManager {
    private static final Logger LOG = LoggerFactory.getLogger(NyxPluginManager.class);

    private final Map<Path, String> loadFailures = new LinkedHashMap<>();

    private NyxPluginManager(Path pluginsRoot) {
        super(requireNonNull(pluginsRoot, "pluginsRoot is null"));
    }

    /**
     * A manager over one plugins folder.
     *
     * @param pluginsRoot the folder with plugin archives, or with plugin module folders in development mode
     * @param development whether to load plugin modules from their {@code target/classes}
     */
    public static NyxPluginManager create(Path pluginsRoot, boolean development) {
        return development ? new Development(pluginsRoot) : new Deployment(pluginsRoot);
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (RuntimeException | LinkageError e) {
            String reason = describe(e);
            if (reason.startsWith("No PluginDescriptorFinder")) {
                // PF4J's own wording hides what is wrong; say what a plugin must look like
                reason = "not a readable plugin: expected a jar or zip with Plugin-Id, Plugin-Class and "
                        + "Plugin-Version manifest entries (or a plugin.properties) (" + reason + ")";
            }
            synchronized (loadFailures) {
                loadFailures.put(pluginPath, reason);
            }
            // PluginHost reports every failure once, with the others; here only the detail for debugging
            LOG.debug("Plugin '{}' cannot be loaded and is skipped: {}", pluginPath, reason, e);
            throw e;
        }
    }

    /** Paths that could not be loaded, with the reason, in the order they were tried. */
    public Map<Path, String> loadFailures() {
        synchronized (loadFailures) {
            return Map.copyOf(loadFailures);
        }
    }

    /** The message of a throwable and its causes, without stack traces. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable current = failure;
        while (current != null && text.length() < 1000) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(current.getMessage() != null ? current.getMessage() : current.getClass().getSimpleName());
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.toString();
    }

    // The super constructor asks for the runtime mode before any field of ours is set, so the
    // mode is a constant per subclass rather than a field.

    private static final class Development extends NyxPluginManager {
        Development(Path pluginsRoot) {
            super(pluginsRoot);
        }

        @Override
        public RuntimeMode getRuntimeMode() {
            return RuntimeMode.DEVELOPMENT;
        }
    }

    private static final class Deployment extends NyxPluginManager {
        Deployment(Path pluginsRoot) {
            super(pluginsRoot);
        }

        @Override
        public RuntimeMode getRuntimeMode() {
            return RuntimeMode.DEPLOYMENT;
        }
    }
}
