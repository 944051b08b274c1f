package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {
    @TempDir
    Path temp;

    @Test
    void should_find_plugins_beside_lib_when_the_runner_jar_is_in_lib() throws Exception {
        // given
        Path jar = Files.createFile(Files.createDirectories(temp.resolve("nyx/lib")).resolve("nyx-runner.jar"));

        // when / then
        assertThat(Distribution.pluginsDirectoryFor(jar)).contains(temp.resolve("nyx/plugins"));
    }

    @Test
    void should_find_no_distribution_when_run_from_classes() throws Exception {
        // given: tests and IDEs run the runner from target/classes
        Path classes = Files.createDirectories(temp.resolve("target/classes"));

        // when / then
        assertThat(Distribution.pluginsDirectoryFor(classes)).isEmpty();
        assertThat(Distribution.pluginsDirectory()).isEmpty();
    }
}
