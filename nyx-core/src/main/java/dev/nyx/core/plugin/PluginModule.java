package dev.nyx.core.plugin;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.plugin.internal.ClassPathDescriptors;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.MatchScorer;
import dev.nyx.spi.Notifier;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Binds the extensions of the started plugins into Guice: one {@link Multibinder} per extension
 * point ({@code Set<AtsAdapter>}, {@code Set<CaptchaSolver>}, {@code Set<Notifier>}), each
 * extension class bound as a singleton that <em>Guice</em> constructs, so extensions receive
 * host services through an {@code @Inject} constructor. Each plugin's extensions are bound in a
 * private module of their own where {@link ExtensionContext} is that plugin's context
 * ({@link ExtensionContexts#forPlugin}): a plugin sees its own settings and no other's. Also binds
 * the {@link PluginHost} and the {@link PluginGuard}.
 *
 * <p>Hosts add their own extensions to the same sets with
 * {@code Multibinder.newSetBinder(binder(), Notifier.class).addBinding().to(MyNotifier.class)}; such an
 * extension that needs a context injects {@link ExtensionContexts} and asks for one under its name.
 * Used by {@link dev.nyx.core.NyxModules}; a module instance is used for one injector.
 */
public final class PluginModule extends AbstractModule {
    /**
     * The context name of extensions PF4J found on the host's own class path outside any plugin module
     * (a plugin module on the class path, as in tests, keeps the id of its {@code plugin.properties}).
     */
    static final String HOST_EXTENSIONS = "host";

    private final PluginHost pluginHost;

    public PluginModule(PluginHost pluginHost) {
        this.pluginHost = requireNonNull(pluginHost, "pluginHost is null");
    }

    @Override
    protected void configure() {
        bind(PluginHost.class).toInstance(pluginHost);
        bind(PluginGuard.class).in(Scopes.SINGLETON);
        Map<String, Set<Class<?>>> classesByPlugin = new LinkedHashMap<>();
        bindExtensions(AtsAdapter.class, classesByPlugin);
        bindExtensions(CaptchaSolver.class, classesByPlugin);
        bindExtensions(Notifier.class, classesByPlugin);
        bindExtensions(MatchScorer.class, classesByPlugin);
        classesByPlugin.forEach((pluginId, classes) -> install(new OnePlugin(pluginId, classes)));
    }

    private <T> void bindExtensions(Class<T> extensionPoint, Map<String, Set<Class<?>>> classesByPlugin) {
        // the set exists (possibly empty) even without plugins, so cores can always inject it
        Multibinder<T> extensions = Multibinder.newSetBinder(binder(), extensionPoint);
        for (Class<? extends T> extensionClass : pluginHost.extensionClasses(extensionPoint)) {
            String pluginId = pluginHost.originOf(extensionClass).map(PluginHost.PluginOrigin::pluginId)
                    .or(() -> ClassPathDescriptors.pluginIdOf(extensionClass))
                    .orElse(HOST_EXTENSIONS);
            classesByPlugin.computeIfAbsent(pluginId, id -> new LinkedHashSet<>()).add(extensionClass);
            extensions.addBinding().to(extensionClass);
        }
    }

    /** One plugin's extension classes, constructed with that plugin's {@link ExtensionContext}. */
    private static final class OnePlugin extends PrivateModule {
        private final String pluginId;
        private final Set<Class<?>> extensionClasses;

        OnePlugin(String pluginId, Set<Class<?>> extensionClasses) {
            this.pluginId = pluginId;
            this.extensionClasses = Set.copyOf(extensionClasses);
        }

        @Override
        protected void configure() {
            for (Class<?> extensionClass : extensionClasses) {
                bind(extensionClass).in(Scopes.SINGLETON);
                expose(extensionClass);
            }
        }

        @Provides
        @Singleton
        ExtensionContext context(ExtensionContexts contexts) {
            return contexts.forPlugin(pluginId);
        }
    }
}
