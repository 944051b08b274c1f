package dev.nyx.core.plugin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The plugin id of an extension class that PF4J found on the host's class path rather than in a plugin
 * (a plugin module on a test or development class path): read from the {@code plugin.properties} or
 * the {@code Plugin-Id} manifest entry at the root the class was loaded from. Stateless.
 */
public final class ClassPathDescriptors {
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
            return Files.isDirectory(root) ? fromFolder(root) : fromJar(root);
        } catch (URISyntaxException | IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> fromFolder(Path root) throws IOException {
        Path descriptor = root.resolve("plugin.properties");
        if (!Files.isRegularFile(descriptor)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(descriptor)) {
            Properties properties = new Properties();
            properties.load(in);
            return id(properties.getProperty("plugin.id"));
        }
    }

    private static Optional<String> fromJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? Optional.empty() : id(manifest.getMainAttributes().getValue("Plugin-Id"));
        }
    }

    private static Optional<String> id(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
