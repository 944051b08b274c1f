package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The plugin archives the reactor built, copied to target/plugins by maven-dependency-plugin. */
final class PluginArchives {
    private PluginArchives() {
    }

    /** The example plugin's jar. */
    static Path eventLogPlugin() throws IOException {
        Path folder = Path.of(System.getProperty("nyx.test.plugins", "target/plugins"));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString()
                    .startsWith("nyx-example-event-log-plugin")).toList();
            assertThat(jars).as("the example plugin archive in %s (run through Maven: verify)", folder)
                    .hasSize(1);
            return jars.get(0);
        }
    }

    /** The Greenhouse plugin's jar, copied into {@code pluginsFolder}. */
    static Path installGreenhousePlugin(Path pluginsFolder) throws IOException {
        Files.createDirectories(pluginsFolder);
        Path folder = Path.of(System.getProperty("nyx.test.plugins", "target/plugins"));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().startsWith("nyx-ats-greenhouse"))
                    .toList();
            assertThat(jars).as("the Greenhouse plugin archive in %s (run through Maven: verify)", folder).hasSize(1);
            return Files.copy(jars.get(0), pluginsFolder.resolve(jars.get(0).getFileName()));
        }
    }

    /** The Lever plugin's jar, copied into {@code pluginsFolder}. */
    static Path installLeverPlugin(Path pluginsFolder) throws IOException {
        Files.createDirectories(pluginsFolder);
        Path folder = Path.of(System.getProperty("nyx.test.plugins", "target/plugins"));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().startsWith("nyx-ats-lever")).toList();
            assertThat(jars).as("the Lever plugin archive in %s (run through Maven: verify)", folder).hasSize(1);
            return Files.copy(jars.get(0), pluginsFolder.resolve(jars.get(0).getFileName()));
        }
    }

    /** The Workday plugin's jar, copied into {@code pluginsFolder}. */
    static Path installWorkdayPlugin(Path pluginsFolder) throws IOException {
        Files.createDirectories(pluginsFolder);
        Path folder = Path.of(System.getProperty("nyx.test.plugins", "target/plugins"));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().startsWith("nyx-ats-workday")).toList();
            assertThat(jars).as("the Workday plugin archive in %s (run through Maven: verify)", folder).hasSize(1);
            return Files.copy(jars.get(0), pluginsFolder.resolve(jars.get(0).getFileName()));
        }
    }

    /** The CAPTCHA plugin's jar, copied into {@code pluginsFolder}. */
    static Path installCaptchaPlugin(Path pluginsFolder) throws IOException {
        Files.createDirectories(pluginsFolder);
        Path folder = Path.of(System.getProperty("nyx.test.plugins", "target/plugins"));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().startsWith("nyx-captcha")).toList();
            assertThat(jars).as("the CAPTCHA plugin archive in %s (run through Maven: verify)", folder).hasSize(1);
            return Files.copy(jars.get(0), pluginsFolder.resolve(jars.get(0).getFileName()));
        }
    }

    /** Copies the example plugin's jar into a plugins folder and returns the copy. */
    static Path installEventLogPlugin(Path pluginsFolder) throws IOException {
        Files.createDirectories(pluginsFolder);
        Path archive = eventLogPlugin();
        return Files.copy(archive, pluginsFolder.resolve(archive.getFileName()));
    }
}
