package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new plugin author does, offline: generate a project from {@code nyx-plugin-archetype},
 * build it with Maven ({@code -o}) against the artifacts this reactor just built, and drop the jar
 * into the runner's plugins folder.
 *
 * <p>The reactor's artifacts go into a local repository under {@code @TempDir} (copied in the
 * repository layout, as {@code install} would put them); the build reads every other artifact from
 * the build's own local repository as a read-only tail ({@code maven.repo.local.tail}), so nothing is
 * written into it. The generated build runs the generated tests: the adapter contract suite
 * against {@code StaticFormSite} (Chromium), the architecture test and the packaging IT.
 */
class ArchetypePluginIT {
    private static final String VERSION = System.getProperty("nyx.test.version", "0.1.0-SNAPSHOT");
    private static final Path ROOT = Path.of(System.getProperty("nyx.test.root", "../..")).toAbsolutePath().normalize();
    private static final Path DISTRIBUTION = Path.of(System.getProperty("nyx.test.distribution", "target/nyx"))
            .toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void should_build_offline_pass_the_contract_suite_and_load_in_the_runner_when_generated_from_the_archetype()
            throws Exception {
        // given: the reactor's artifacts in a fresh local repository
        Path repository = temp.resolve("repository");
        install(repository, "nyx-parent", ROOT.resolve("pom.xml"), null);
        install(repository, "nyx-plugin-parent", ROOT.resolve("nyx-plugin-parent/pom.xml"), null);
        for (String module : List.of("nyx-spi", "nyx-core", "nyx-testkit", "nyx-plugin-archetype")) {
            install(repository, module, ROOT.resolve(module + "/pom.xml"),
                    ROOT.resolve(module + "/target/" + module + "-" + VERSION + ".jar"));
        }
        Path work = Files.createDirectories(temp.resolve("work"));

        // when: generated and built as the docs say, offline
        maven(work, repository, "generate", "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeCatalog=local", "-DarchetypeGroupId=dev.nyx", "-DarchetypeArtifactId=nyx-plugin-archetype",
                "-DarchetypeVersion=" + VERSION, "-DgroupId=com.example.jobs", "-DartifactId=acme-plugin",
                "-Dversion=1.0.0-SNAPSHOT", "-Dpackage=com.example.jobs.acme", "-DpluginId=acme", "-DsiteName=Acme",
                "-DinteractiveMode=false");
        Path project = work.resolve("acme-plugin");
        String build = maven(project, repository, "verify", "verify");

        // then: the contract suite ran against StaticFormSite and passed, and so did the packaging IT
        assertThat(build).contains("AcmeAdapterContractIT").contains("AcmePluginPackagingIT")
                .containsPattern("Tests run: 9, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in "
                        + "com\\.example\\.jobs\\.acme\\.AcmeAdapterContractIT");
        Path jar = project.resolve("target/acme-plugin-1.0.0-SNAPSHOT.jar");
        assertThat(jar).isRegularFile();

        // and when: the runner of the distribution lists the plugins folder holding the jar
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        String listing = run(plugins);

        // then
        assertThat(listing).containsPattern("acme \\S+ STARTED")
                .contains("AtsAdapter: com.example.jobs.acme.AcmeAdapter");
    }

    /** Puts a pom (and jar) where a local repository keeps {@code dev.nyx:<artifact>:<version>}. */
    private static void install(Path repository, String artifact, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("dev/nyx/" + artifact + "/" + VERSION));
        Files.copy(pom, folder.resolve(artifact + "-" + VERSION + ".pom"));
        if (jar != null) {
            assertThat(jar).as("the reactor's %s jar (run through 'mvn verify')", artifact).isRegularFile();
            Files.copy(jar, folder.resolve(artifact + "-" + VERSION + ".jar"));
        }
    }

    /** Runs the repository's Maven wrapper offline in {@code folder}; returns its output, failing with it. */
    private String maven(Path folder, Path repository, String name, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-o",
                "-Dmaven.repo.local=" + repository, "-Dmaven.repo.local.tail=" + localRepository()));
        command.addAll(List.of(arguments));
        Path log = temp.resolve("maven-" + name + ".log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished && process.exitValue() == 0).as("mvn %s in %s:%n%s", name, folder, tail(output)).isTrue();
        return output;
    }

    /** Runs {@code nyx --plugins DIR plugins} from the distribution, as the launcher does. */
    private String run(Path plugins) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp",
                DISTRIBUTION.resolve("lib") + File.separator + "*", "dev.nyx.examples.runner.Main",
                "--plugins", plugins.toString(), "plugins").directory(temp.toFile()).redirectErrorStream(true);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the runner finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Path localRepository() {
        String configured = System.getProperty("nyx.test.localRepository");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }
}
