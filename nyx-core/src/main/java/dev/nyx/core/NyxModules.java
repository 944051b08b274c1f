package dev.nyx.core;

import static java.util.Objects.requireNonNull;

import com.google.inject.Module;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.PipelineModule;
import dev.nyx.core.plan.PlanModule;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.core.plugin.PluginModule;
import dev.nyx.core.storage.StorageModule;
import java.util.List;

/**
 * The Guice modules Nyx is assembled from. {@link Nyx.Builder#build()} uses {@link #defaults};
 * a host that assembles its own injector can start from this list and override single bindings
 * with {@code Modules.override(NyxModules.defaults(...)).with(myModule)}.
 *
 * <ul>
 *   <li>{@link #core}: {@link NyxConfig}, {@code Clock} (system UTC), {@code ExtensionContexts},
 *       {@code EventPublisher}, and the (initially empty) {@code Set<AutoCloseable>} that
 *       {@link Nyx#close()} closes: modules add what they open (storage adds its pool);</li>
 *   <li>{@link #storage}: the storage ports of {@code dev.nyx.core.storage} on H2 or PostgreSQL;</li>
 *   <li>{@link #plugins}: the {@code PluginHost}, the {@code PluginGuard} and one set per extension
 *       point with the started plugins' extensions;</li>
 *   <li>{@link #plan}: matching (one embedding model per process, loaded on first use), the effort
 *       policy ({@code policyFile} or the built-in defaults), approvals and company tiers;</li>
 *   <li>{@link #pipeline}: the apply pipeline, crash recovery, the network rule and the (lazily
 *       started) browsers.</li>
 * </ul>
 *
 * <p>Stateless; each call returns new module instances.
 */
public final class NyxModules {
    private NyxModules() {
    }

    /** Configuration, clock, extension context and event publisher. */
    public static Module core(NyxConfig config) {
        return new CoreModule(requireNonNull(config, "config is null"));
    }

    /** The storage ports, on the database the configuration names. */
    public static Module storage(NyxConfig config) {
        return new StorageModule(requireNonNull(config, "config is null"));
    }

    /** The plugin host, the guard and the extensions of its started plugins. */
    public static Module plugins(PluginHost pluginHost) {
        return new PluginModule(requireNonNull(pluginHost, "pluginHost is null"));
    }

    /** Matching, the effort policy, approvals and company tiers. */
    public static Module plan() {
        return new PlanModule();
    }

    /** The apply pipeline and what it needs beyond the modules above. */
    public static Module pipeline() {
        return new PipelineModule();
    }

    /** Everything Nyx needs, in the order above. */
    public static List<Module> defaults(NyxConfig config, PluginHost pluginHost) {
        return List.of(core(config), storage(config), plugins(pluginHost), plan(), pipeline());
    }
}
