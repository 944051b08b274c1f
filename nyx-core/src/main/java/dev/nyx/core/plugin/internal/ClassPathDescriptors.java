package dev.nyx.core.plugin.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * The plugin id of an extension class that PF4J found on the host's class path rather than in a plugin
 * (a plugin module on a test or development class path): read with PF4J's own descriptor finders from
 * the {@code plugin.properties} or the {@code Plugin-Id} manifest entry at the root the class was
 * loaded from. Stateless.
 */
public final class ClassPathDescriptors {
    private static final PluginDescriptorFinder FINDER = new CompoundPluginDescriptorFinder()
            .add(new PropertiesPluginDescriptorFinder())
            .add(new ManifestPluginDescriptorFinder());

    private ClassPathDescriptors() {
    }

    /** The id its plugin descriptor names, if the class's folder or jar has one. */
    public static Optional<String> pluginIdOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path root = Path.of(location.toURI());
            if (!FINDER.isApplicable(root)) {
                return Optional.empty();
            }
            return Optional.ofNullable(FINDER.find(root).getPluginId()).map(String::strip)
                    .filter(id -> !id.isEmpty());
        } catch (URISyntaxException | IllegalArgumentException | PluginRuntimeException noDescriptor) {
            return Optional.empty();
        }
    }
}
