package dev.nyx.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.spi.Notifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.pf4j.ExtensionPoint;
import org.slf4j.Logger;

/**
 * A small plugin (a {@code Plugin} and one {@link Notifier} extension) compiled from source with
 * PF4J's annotation processor into a folder, and packed into jars with chosen defects. Test-only.
 */
final class FixturePlugin {
    static final String PLUGIN_CLASS = "acme.fixture.FixturePlugin";
    static final String NOTIFIER_CLASS = "acme.fixture.FixtureNotifier";

    private final Path classes;

    private FixturePlugin(Path classes) {
        this.classes = classes;
    }

    /** Compiles the fixture into {@code folder/classes}. */
    static FixturePlugin compile(Path folder) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src/acme/fixture"));
        Files.writeString(sources.resolve("FixturePlugin.java"),
                "package acme.fixture;\npublic class FixturePlugin extends org.pf4j.Plugin {}\n");
        Files.writeString(sources.resolve("FixtureNotifier.java"), """
                package acme.fixture;
                @org.pf4j.Extension
                public class FixtureNotifier implements dev.nyx.spi.Notifier {
                    public String name() { return "fixture"; }
                    public void onEvent(dev.nyx.model.Event event) { }
                }
                """);
        Path classes = Files.createDirectories(folder.resolve("classes"));
        String classPath = String.join(java.io.File.pathSeparator, location(ExtensionPoint.class),
                location(Notifier.class), location(Logger.class));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", classes.toString(), "-classpath", classPath,
                "-processorpath", classPath, "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor",
                sources.resolve("FixturePlugin.java").toString(), sources.resolve("FixtureNotifier.java").toString());
        assertThat(status).as("javac exit status").isZero();
        return new FixturePlugin(classes);
    }

    Path classes() {
        return classes;
    }

    /** The manifest entries of a good archive, in order; change or drop some for a defect. */
    static Map<String, String> goodManifest() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Plugin-Id", "fixture");
        entries.put("Plugin-Class", PLUGIN_CLASS);
        entries.put("Plugin-Version", "1.0.0");
        entries.put("Plugin-Provider", "Acme");
        entries.put("Plugin-Requires", "*");
        return entries;
    }

    /** A jar of the compiled classes with these manifest entries, plus extra entries (name to bytes); skips {@code leaveOut}. */
    Path jar(Path file, Map<String, String> manifestEntries, Map<String, byte[]> extra, List<String> leaveOut)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifestEntries.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Path path : files) {
                String name = classes.relativize(path).toString().replace(java.io.File.separatorChar, '/');
                if (!leaveOut.contains(name)) {
                    add(jar, name, Files.readAllBytes(path));
                }
            }
            for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
                add(jar, entry.getKey(), entry.getValue());
            }
        }
        return file;
    }

    /** The plugin.properties text matching the good manifest, with one value replaced. */
    static byte[] properties(String key, String value) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("plugin.id", "fixture");
        values.put("plugin.class", PLUGIN_CLASS);
        values.put("plugin.version", "1.0.0");
        values.put("plugin.provider", "Acme");
        values.put("plugin.requires", "*");
        values.put(key, value);
        StringBuilder text = new StringBuilder();
        values.forEach((name, text1) -> text.append(name).append('=').append(text1).append('\n'));
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void add(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("no file location for " + type, e));
        }
    }
}
