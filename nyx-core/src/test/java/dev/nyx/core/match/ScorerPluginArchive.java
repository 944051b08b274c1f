package dev.nyx.core.match;

import dev.nyx.model.MatchScore;
import dev.nyx.spi.MatchScorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.pf4j.Plugin;
import org.slf4j.LoggerFactory;

/**
 * Builds a real PF4J plugin archive with one {@link MatchScorer} extension, as a plugin author's build
 * would: the sources below compiled against the SPI (PF4J's annotation processor writes the extension
 * index), a jar with the {@code Plugin-*} manifest entries. The classes exist only in the archive, never
 * on the test class path, so the host sees them through the plugin's class loader alone.
 *
 * <p>The scorer, named {@value #SCORER_NAME}, gives 95 to a posting whose description mentions Kotlin
 * and 10 to any other, throws when the title says "explode" and sleeps when it says "hang".
 */
final class ScorerPluginArchive {
    static final String PLUGIN_ID = "keywords-scorer";
    static final String SCORER_NAME = "keywords";
    static final String SCORER_CLASS = "dev.nyx.testplugin.keywords.KeywordScorer";

    private static final String PLUGIN_SOURCE = """
            package dev.nyx.testplugin.keywords;

            public final class KeywordsPlugin extends org.pf4j.Plugin {
            }
            """;
    private static final String SCORER_SOURCE = """
            package dev.nyx.testplugin.keywords;

            import dev.nyx.model.JobPosting;
            import dev.nyx.model.MatchScore;
            import dev.nyx.model.profile.Profile;
            import dev.nyx.spi.MatchScorer;
            import java.util.List;
            import org.pf4j.Extension;

            @Extension
            public final class KeywordScorer implements MatchScorer {
                @Override
                public String name() {
                    return "keywords";
                }

                @Override
                public MatchScore score(JobPosting posting, Profile profile) {
                    if (posting.title().contains("explode")) {
                        throw new IllegalStateException("the keyword list is broken");
                    }
                    if (posting.title().contains("hang")) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return posting.description().contains("Kotlin")
                            ? MatchScore.of(95, List.of("Keywords: the posting asks for Kotlin."))
                            : MatchScore.of(10, List.of("Keywords: none of yours."));
                }
            }
            """;

    private ScorerPluginArchive() {
    }

    /** Compiles the plugin under {@code work} and writes its jar into {@code pluginsFolder}. */
    static Path build(Path work, Path pluginsFolder) {
        try {
            Path sources = Files.createDirectories(work.resolve("src/dev/nyx/testplugin/keywords"));
            Path classes = Files.createDirectories(work.resolve("classes"));
            Files.writeString(sources.resolve("KeywordsPlugin.java"), PLUGIN_SOURCE);
            Files.writeString(sources.resolve("KeywordScorer.java"), SCORER_SOURCE);
            compile(classes, List.of(sources.resolve("KeywordsPlugin.java"), sources.resolve("KeywordScorer.java")));
            return jar(classes, Files.createDirectories(pluginsFolder).resolve(PLUGIN_ID + "-1.0.0.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(Path classes, List<Path> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the tests on a JDK");
        }
        // what a plugin compiles against: the SPI (with the model), PF4J and, through PF4J, SLF4J
        String classPath = String.join(java.io.File.pathSeparator, location(MatchScorer.class),
                location(MatchScore.class), location(Plugin.class), location(LoggerFactory.class));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:full", "-classpath", classPath,
                "-d", classes.toString()));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = compiler.run(null, output, output, arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("the test plugin does not compile: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static Path jar(Path classes, Path archive) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", PLUGIN_ID);
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Class", "dev.nyx.testplugin.keywords.KeywordsPlugin");
        try (OutputStream out = Files.newOutputStream(archive);
             JarOutputStream jar = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return archive;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
