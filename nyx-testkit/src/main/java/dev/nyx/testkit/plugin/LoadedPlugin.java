package dev.nyx.testkit.plugin;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * One plugin archive loaded and started by {@link PluginArchiveAssertions#assertLoads} in its own
 * PF4J {@code DefaultPluginManager} over a temporary plugins folder. The test can go on with it
 * (build an extension, call it) and closes it to stop the plugin and delete the folder.
 *
 * <p>Use from the test's thread; {@link #close()} is idempotent.
 */
public final class LoadedPlugin implements AutoCloseable {
    private final RecordingManager manager;
    private final PluginDescriptor descriptor;
    private final Path folder;
    private boolean closed;

    private LoadedPlugin(RecordingManager manager, PluginDescriptor descriptor, Path folder) {
        this.manager = manager;
        this.descriptor = descriptor;
        this.folder = folder;
    }

    static LoadedPlugin load(Path archive, PluginDescriptor descriptor) {
        Path folder;
        try {
            folder = Files.createTempDirectory("nyx-plugin-check");
            Files.copy(archive, Files.createDirectories(folder.resolve("plugins")).resolve(archive.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a plugins folder for " + archive, e);
        }
        RecordingManager manager = new RecordingManager(folder.resolve("plugins"));
        LoadedPlugin loaded = new LoadedPlugin(manager, descriptor, folder);
        manager.loadPlugins();
        manager.startPlugins();
        return loaded;
    }

    /** The descriptor as PF4J read it. */
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The plugin id. */
    public String pluginId() {
        return descriptor.getPluginId();
    }

    /** PF4J's wrapper of the plugin (state, class loader, plugin instance). */
    public PluginWrapper wrapper() {
        return manager.getPlugin(descriptor.getPluginId());
    }

    /** The manager that loaded it, e.g. to create extensions with PF4J's own factory. */
    public PluginManager manager() {
        return manager;
    }

    /** The plugin's extension classes for one extension point (not the class path's). */
    public <T> List<Class<? extends T>> extensionClasses(Class<T> extensionPoint) {
        requireNonNull(extensionPoint, "extensionPoint is null");
        return List.copyOf(manager.getExtensionClasses(extensionPoint, descriptor.getPluginId()));
    }

    void assertStarted() {
        PluginWrapper wrapper = wrapper();
        assertThat(wrapper).as("plugin '%s' was not loaded: %s", pluginId(), manager.failures).isNotNull();
        assertThat(wrapper.getPluginState()).as("state of plugin '%s'%s", pluginId(),
                wrapper.getFailedException() == null ? "" : " (" + wrapper.getFailedException() + ")")
                .isEqualTo(PluginState.STARTED);
        assertThat(wrapper.getPlugin().getClass().getClassLoader())
                .as("class loader of the plugin class %s", descriptor.getPluginClass())
                .isSameAs(wrapper.getPluginClassLoader());
    }

    /** Stops and unloads the plugin and deletes the temporary plugins folder. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // a reversed copy: stopping while iterating PF4J's own list fails on some versions (STACK.md)
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        started.forEach(plugin -> manager.stopPlugin(plugin.getPluginId()));
        manager.unloadPlugins();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    /** A deployment-mode manager that keeps why a path could not be loaded (PF4J only logs it). */
    private static final class RecordingManager extends DefaultPluginManager {
        private final Map<Path, String> failures = new LinkedHashMap<>();

        RecordingManager(Path plugins) {
            super(plugins);
        }

        @Override
        public RuntimeMode getRuntimeMode() {
            return RuntimeMode.DEPLOYMENT;
        }

        @Override
        protected PluginWrapper loadPluginFromPath(Path pluginPath) {
            try {
                return super.loadPluginFromPath(pluginPath);
            } catch (RuntimeException | LinkageError e) {
                failures.put(pluginPath.getFileName(), String.valueOf(e));
                throw e;
            }
        }
    }
}
