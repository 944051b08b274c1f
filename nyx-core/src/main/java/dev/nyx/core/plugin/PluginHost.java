package dev.nyx.core.plugin;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plugin.internal.NyxPluginManager;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.MatchScorer;
import dev.nyx.spi.Notifier;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the PF4J plugin manager of one Nyx instance: loads and starts the plugins found in the
 * plugins folder, describes them, tells which plugin a class belongs to, and stops them.
 *
 * <p>Created by {@link dev.nyx.core.Nyx} (or by a host that assembles Nyx itself) through
 * {@link #start(NyxConfig.Plugins)}; a missing plugins folder means "no plugins", and a plugin that
 * cannot be loaded or started is logged and reported as {@link PluginStatus#FAILED} without
 * stopping the others. Thread-safe; {@link #stop()} is idempotent.
 */
public final class PluginHost {
    /** The extension points Nyx binds, in the order {@code nyx plugins} lists them. */
    public static final List<Class<?>> EXTENSION_POINTS = List.of(AtsAdapter.class, CaptchaSolver.class,
            Notifier.class, MatchScorer.class);

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager pluginManager;
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * Wraps a plugin manager the caller created and already loaded and started (for hosts with
     * their own PF4J setup). Prefer {@link #start(NyxConfig.Plugins)}.
     */
    public PluginHost(PluginManager pluginManager) {
        this.pluginManager = requireNonNull(pluginManager, "pluginManager is null");
    }

    /**
     * Loads and starts the plugins the configuration points at.
     *
     * @throws NyxException {@link ErrorCode#PLUGIN_LOAD_FAILED} when the plugins path exists but is
     *                      not a folder; broken plugins never throw, they are reported as failed
     */
    public static PluginHost start(NyxConfig.Plugins config) {
        requireNonNull(config, "config is null");
        Path directory = config.directory().toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new NyxException(ErrorCode.PLUGIN_LOAD_FAILED, "The plugins path '" + directory
                    + "' is a file, not a folder: point plugins.directory (or --plugins) at a folder");
        }
        boolean development = config.mode() == NyxConfig.PluginMode.DEVELOPMENT;
        NyxPluginManager manager = NyxPluginManager.create(directory, development);
        if (Files.isDirectory(directory)) {
            manager.loadPlugins();
            manager.startPlugins();
        } else {
            LOG.info("No plugins folder at '{}': running without plugins", directory);
        }
        PluginHost host = new PluginHost(manager);
        host.describe().stream().filter(PluginDescription::failed).forEach(plugin -> LOG.error(
                "Plugin '{}' ({}) failed and is not used: {}", plugin.id(), plugin.path(),
                plugin.failureReason().orElse("unknown reason")));
        LOG.info("{} plugin(s) started from '{}' in {} mode", manager.getStartedPlugins().size(), directory,
                config.mode());
        return host;
    }

    /** The PF4J manager; for the plugin package's own wiring. */
    PluginManager pluginManager() {
        return pluginManager;
    }

    /** The extension classes of started plugins (and of the host class path) for one extension point. */
    public <T> List<Class<? extends T>> extensionClasses(Class<T> extensionPoint) {
        requireNonNull(extensionPoint, "extensionPoint is null");
        return List.copyOf(pluginManager.getExtensionClasses(extensionPoint));
    }

    /** Every plugin found, including the ones that could not be loaded, in a stable order. */
    public List<PluginDescription> describe() {
        List<PluginDescription> descriptions = new ArrayList<>();
        for (PluginWrapper plugin : pluginManager.getPlugins()) {
            descriptions.add(describe(plugin));
        }
        if (pluginManager instanceof NyxPluginManager nyxManager) {
            nyxManager.loadFailures().forEach((path, reason) -> descriptions.add(new PluginDescription(
                    path.getFileName().toString(), Optional.empty(), PluginStatus.FAILED, path, Optional.of(reason),
                    Map.of())));
        }
        descriptions.sort((left, right) -> left.id().compareTo(right.id()));
        return Collections.unmodifiableList(descriptions);
    }

    private PluginDescription describe(PluginWrapper plugin) {
        Map<String, List<String>> extensions = new LinkedHashMap<>();
        if (plugin.getPluginState() == PluginState.STARTED) {
            for (Class<?> point : EXTENSION_POINTS) {
                List<String> classes = pluginManager.getExtensionClasses(point, plugin.getPluginId()).stream()
                        .map(Class::getName).sorted().toList();
                if (!classes.isEmpty()) {
                    extensions.put(point.getSimpleName(), classes);
                }
            }
        }
        Optional<String> reason = Optional.ofNullable(plugin.getFailedException()).map(NyxPluginManager::describe);
        return new PluginDescription(plugin.getPluginId(),
                Optional.ofNullable(plugin.getDescriptor().getVersion()), status(plugin.getPluginState()),
                plugin.getPluginPath(), reason, extensions);
    }

    private static PluginStatus status(PluginState state) {
        return switch (state) {
            case STARTED -> PluginStatus.STARTED;
            case STOPPED, UNLOADED -> PluginStatus.STOPPED;
            case DISABLED -> PluginStatus.DISABLED;
            case FAILED -> PluginStatus.FAILED;
            case CREATED, RESOLVED -> PluginStatus.LOADED;
        };
    }

    /**
     * The plugin a class was loaded by, as id and class loader; empty for host classes.
     */
    public Optional<PluginOrigin> originOf(Class<?> type) {
        requireNonNull(type, "type is null");
        return Optional.ofNullable(pluginManager.whichPlugin(type))
                .map(plugin -> new PluginOrigin(plugin.getPluginId(), plugin.getPluginClassLoader()));
    }

    /** Stops the started plugins, last started first; later calls do nothing. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        // a reversed copy: PF4J 3.15's stopPlugins() modifies the list it iterates (pf4j issue #656)
        List<PluginWrapper> started = new ArrayList<>(pluginManager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            try {
                pluginManager.stopPlugin(plugin.getPluginId());
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Plugin '{}' failed while stopping: {}", plugin.getPluginId(), NyxPluginManager.describe(e));
            }
        }
    }

    /**
     * Which plugin a class came from.
     *
     * @param pluginId    the plugin id
     * @param classLoader the plugin's class loader, set as context class loader for calls into it
     */
    public record PluginOrigin(String pluginId, ClassLoader classLoader) {
        public PluginOrigin {
            requireNonNull(pluginId, "pluginId is null");
            requireNonNull(classLoader, "classLoader is null");
        }
    }
}
