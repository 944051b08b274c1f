package dev.nyx.core.plugin;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.plugin.internal.DefaultExtensionContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.Notifier;

/**
 * Binds the extensions of the started plugins into Guice: one {@link Multibinder} per extension
 * point ({@code Set<AtsAdapter>}, {@code Set<CaptchaSolver>}, {@code Set<Notifier>}), each
 * extension class bound as a singleton that <em>Guice</em> constructs, so extensions receive
 * host services (such as {@link dev.nyx.spi.ExtensionContext}) through an {@code @Inject}
 * constructor. Also binds the {@link PluginHost}, the {@link PluginGuard} and the
 * {@link ExtensionContext} (settings from {@code plugins.settings}, the clock, a data folder per
 * extension).
 *
 * <p>Hosts add their own extensions to the same sets with
 * {@code Multibinder.newSetBinder(binder(), Notifier.class).addBinding().to(MyNotifier.class)}.
 * Used by {@link dev.nyx.core.NyxModules}; a module instance is used for one injector.
 */
public final class PluginModule extends AbstractModule {
    private final PluginHost pluginHost;

    public PluginModule(PluginHost pluginHost) {
        this.pluginHost = requireNonNull(pluginHost, "pluginHost is null");
    }

    @Override
    protected void configure() {
        bind(PluginHost.class).toInstance(pluginHost);
        bind(PluginGuard.class).in(Scopes.SINGLETON);
        bind(ExtensionContext.class).to(DefaultExtensionContext.class).in(Scopes.SINGLETON);
        bindExtensions(AtsAdapter.class);
        bindExtensions(CaptchaSolver.class);
        bindExtensions(Notifier.class);
    }

    private <T> void bindExtensions(Class<T> extensionPoint) {
        // the set exists (possibly empty) even without plugins, so cores can always inject it
        Multibinder<T> extensions = Multibinder.newSetBinder(binder(), extensionPoint);
        for (Class<? extends T> extensionClass : pluginHost.extensionClasses(extensionPoint)) {
            extensions.addBinding().to(extensionClass).in(Scopes.SINGLETON);
        }
    }
}
