package dev.nyx.testkit.plugin;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * The packaging checks every Nyx plugin's tests can call: the descriptor is complete and the same
 * in the manifest and {@code plugin.properties}, the extension index exists, no copy of a host
 * library is bundled, and the archive loads and starts in a real PF4J {@code DefaultPluginManager}
 * with extensions of the expected extension point.
 *
 * <p>Called from a plugin's packaging test, a Failsafe {@code *IT} (the archive exists only after
 * {@code package}); nyx-plugin-parent passes the built archive as the system property
 * {@value #ARCHIVE_PROPERTY} ({@link #builtArchive()}). Stateless and thread-safe; each load uses
 * its own temporary plugins folder. Every failure is an {@link AssertionError} that says what is
 * wrong and how to fix it.
 */
public final class PluginArchiveAssertions {
    /** The system property with the archive the module built (set by nyx-plugin-parent for Failsafe). */
    public static final String ARCHIVE_PROPERTY = "nyx.plugin.archive";

    /** The package folders of what the host provides; an archive that bundles them breaks class casts. */
    static final List<String> HOST_PACKAGES = List.of("dev/nyx/model/", "dev/nyx/spi/", "dev/nyx/core/",
            "org/pf4j/", "com/microsoft/playwright/", "org/slf4j/", "jakarta/inject/");

    private static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String INDEX = "META-INF/extensions.idx";

    private PluginArchiveAssertions() {
    }

    /**
     * The archive this module built, from the system property {@value #ARCHIVE_PROPERTY}.
     *
     * @throws AssertionError when the property is not set or the file does not exist
     */
    public static Path builtArchive() {
        String value = System.getProperty(ARCHIVE_PROPERTY);
        if (value == null || value.isBlank()) {
            fail("System property " + ARCHIVE_PROPERTY + " is not set: run this test with Failsafe in a module whose"
                    + " parent is nyx-plugin-parent ('mvn verify'), or pass -D" + ARCHIVE_PROPERTY + "=<jar>");
        }
        Path archive = Path.of(value);
        assertThat(archive).as("the plugin archive (built at 'package', before the integration tests)")
                .isRegularFile();
        return archive;
    }

    /**
     * Checks the descriptor of a plugin archive (a jar) or of a compiled module ({@code target/classes},
     * as development mode loads it).
     *
     * <p>Checked: {@code plugin.id} (lower case, digits and dashes: it names the settings section),
     * {@code plugin.class} (present in the archive), {@code plugin.version} and {@code plugin.requires}
     * are set; in a jar the manifest entries and {@code plugin.properties} (when present) agree;
     * {@code META-INF/extensions.idx} exists, is not empty and names classes of the archive; no
     * classes of the host's libraries ({@link #HOST_PACKAGES}) are bundled.
     *
     * @return the descriptor as PF4J reads it (from the manifest for a jar)
     * @throws AssertionError naming the first problem found
     */
    public static PluginDescriptor assertDescriptor(Path archiveOrClasses) {
        requireNonNull(archiveOrClasses, "archiveOrClasses is null");
        assertThat(archiveOrClasses).as("plugin archive or classes folder").exists();
        try (Contents contents = Contents.open(archiveOrClasses)) {
            PluginDescriptor descriptor = contents.descriptor();
            assertComplete(descriptor, archiveOrClasses);
            assertThat(contents.has(classFile(descriptor.getPluginClass())))
                    .as("%s: plugin.class %s is not in the archive", archiveOrClasses, descriptor.getPluginClass())
                    .isTrue();
            assertIndex(contents, archiveOrClasses);
            List<String> bundled = contents.entries().stream()
                    .filter(entry -> entry.endsWith(".class") && HOST_PACKAGES.stream().anyMatch(entry::startsWith))
                    .limit(5).toList();
            assertThat(bundled).as("%s bundles classes the host provides; declare nyx-spi, pf4j, playwright, slf4j and"
                    + " jakarta.inject with scope provided (nyx-plugin-parent does)", archiveOrClasses).isEmpty();
            return descriptor;
        }
    }

    /**
     * Checks the descriptor ({@link #assertDescriptor}), then copies the archive into a new
     * temporary plugins folder, loads and starts it in a real PF4J {@code DefaultPluginManager}
     * (deployment mode) and checks that the plugin started, that its plugin class came from its own
     * class loader, and that it offers at least one extension of {@code extensionPoint}, each loaded
     * by the plugin's class loader.
     *
     * @return the started plugin; close it (try-with-resources) to stop it and delete the folder
     * @throws AssertionError naming what failed (PF4J's own reason when it could not load or start it)
     */
    public static LoadedPlugin assertLoads(Path archive, Class<?> extensionPoint) {
        requireNonNull(archive, "archive is null");
        requireNonNull(extensionPoint, "extensionPoint is null");
        assertThat(archive).as("plugin archive").isRegularFile();
        PluginDescriptor descriptor = assertDescriptor(archive);
        LoadedPlugin loaded = LoadedPlugin.load(archive, descriptor);
        try {
            loaded.assertStarted();
            List<? extends Class<?>> extensions = loaded.extensionClasses(extensionPoint);
            assertThat(extensions).as("extensions of %s in plugin '%s' (%s); is the class annotated with"
                    + " @org.pf4j.Extension and does it implement %s?", extensionPoint.getName(),
                    descriptor.getPluginId(), archive, extensionPoint.getSimpleName()).isNotEmpty();
            assertThat(extensions).allSatisfy(type -> assertThat(type.getClassLoader())
                    .as("class loader of %s (loaded from the archive, not the class path)", type.getName())
                    .isSameAs(loaded.wrapper().getPluginClassLoader()));
            return loaded;
        } catch (AssertionError | RuntimeException failure) {
            loaded.close();
            throw failure;
        }
    }

    private static void assertComplete(PluginDescriptor descriptor, Path source) {
        assertThat(descriptor.getPluginId()).as("%s: plugin.id (Plugin-Id); set <plugin.id> in pom.xml", source)
                .isNotBlank().matches(ID_PATTERN);
        assertThat(descriptor.getPluginClass()).as("%s: plugin.class (Plugin-Class); set <plugin.class> in pom.xml",
                source).isNotBlank();
        assertThat(descriptor.getVersion()).as("%s: plugin.version (Plugin-Version)", source).isNotBlank();
        assertThat(descriptor.getRequires()).as("%s: plugin.requires (Plugin-Requires)", source).isNotBlank();
    }

    private static void assertIndex(Contents contents, Path source) {
        Optional<String> index = contents.text(INDEX);
        assertThat(index).as("%s has no %s: PF4J's annotation processor did not run (set <proc>full</proc> for"
                + " maven-compiler-plugin, as nyx-parent does) or no class is annotated with @Extension", source, INDEX)
                .isPresent();
        List<String> classes = index.orElseThrow().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(classes).as("%s: %s lists no extension", source, INDEX).isNotEmpty();
        assertThat(classes).as("%s: extensions listed in %s", source, INDEX)
                .allSatisfy(name -> assertThat(contents.has(classFile(name)))
                        .as("%s: %s lists %s, which is not in the archive", source, INDEX, name).isTrue());
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** The entries of a jar or a classes folder, read the same way. */
    private static final class Contents implements AutoCloseable {
        private final Path source;
        private final Optional<JarFile> jar;

        private Contents(Path source, Optional<JarFile> jar) {
            this.source = source;
            this.jar = jar;
        }

        static Contents open(Path source) {
            if (Files.isDirectory(source)) {
                return new Contents(source, Optional.empty());
            }
            try {
                return new Contents(source, Optional.of(new JarFile(source.toFile())));
            } catch (IOException notAJar) {
                throw new AssertionError(source + " is not a readable jar: " + notAJar.getMessage(), notAJar);
            }
        }

        PluginDescriptor descriptor() {
            Optional<PluginDescriptor> fromProperties = has("plugin.properties")
                    ? Optional.of(new PropertiesPluginDescriptorFinder().find(source)) : Optional.empty();
            if (jar.isEmpty()) {
                return fromProperties.orElseThrow(() -> new AssertionError(source + " has no plugin.properties:"
                        + " nyx-plugin-parent generates it at generate-resources; run 'mvn compile'"));
            }
            PluginDescriptor fromManifest = new ManifestPluginDescriptorFinder().find(source);
            fromProperties.ifPresent(properties -> assertSame(fromManifest, properties));
            return fromManifest;
        }

        private void assertSame(PluginDescriptor manifest, PluginDescriptor properties) {
            String where = source + ": the manifest and plugin.properties disagree on ";
            assertThat(properties.getPluginId()).as(where + "the id").isEqualTo(manifest.getPluginId());
            assertThat(properties.getPluginClass()).as(where + "the class").isEqualTo(manifest.getPluginClass());
            assertThat(properties.getVersion()).as(where + "the version").isEqualTo(manifest.getVersion());
            assertThat(properties.getProvider()).as(where + "the provider").isEqualTo(manifest.getProvider());
            assertThat(properties.getRequires()).as(where + "requires").isEqualTo(manifest.getRequires());
            assertThat(properties.getDependencies()).as(where + "the dependencies")
                    .isEqualTo(manifest.getDependencies());
        }

        boolean has(String entry) {
            return jar.map(file -> file.getJarEntry(entry) != null)
                    .orElseGet(() -> Files.isRegularFile(source.resolve(entry)));
        }

        Optional<String> text(String entry) {
            if (!has(entry)) {
                return Optional.empty();
            }
            try {
                if (jar.isPresent()) {
                    try (InputStream in = jar.get().getInputStream(jar.get().getJarEntry(entry))) {
                        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                return Optional.of(Files.readString(source.resolve(entry)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + entry + " of " + source, e);
            }
        }

        Set<String> entries() {
            if (jar.isPresent()) {
                List<String> names = new ArrayList<>();
                jar.get().stream().map(JarEntry::getName).forEach(names::add);
                return new TreeSet<>(names);
            }
            try (var files = Files.walk(source)) {
                return new TreeSet<>(files.filter(Files::isRegularFile)
                        .map(file -> source.relativize(file).toString().replace(File.separatorChar, '/'))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + source, e);
            }
        }

        @Override
        public void close() {
            jar.ifPresent(file -> {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // read-only; nothing to lose
                }
            });
        }
    }
}
