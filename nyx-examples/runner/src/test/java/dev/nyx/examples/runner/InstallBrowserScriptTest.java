package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes {@link BrowserInstaller} reads from {@code install-browser.sh} (the copy in the
 * runner's classes), on a machine described by a {@code PATH} of stand-in commands: nothing is
 * installed and apt never runs.
 */
class InstallBrowserScriptTest {
    @TempDir
    Path temp;

    @Test
    void should_exit_with_no_apt_get_when_apt_get_is_missing() throws Exception {
        // given: an empty PATH (no chromium, no apt-get)
        Path bin = Files.createDirectories(temp.resolve("bin"));

        // when
        Run run = runScript(bin);

        // then
        assertThat(run.exitCode()).as(run.output()).isEqualTo(BrowserInstaller.NO_APT_GET);
        assertThat(run.output()).contains("apt-get is not available");
    }

    @Test
    void should_exit_with_no_root_when_not_root_and_sudo_is_missing() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        command(bin, "apt-get", "exit 0");
        command(bin, "id", "echo 1000");

        Run run = runScript(bin);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(BrowserInstaller.NO_ROOT);
        assertThat(run.output()).contains("sudo is not available");
    }

    @Test
    void should_exit_with_apt_failed_when_apt_get_fails() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        command(bin, "apt-get", "echo 'E: Unable to locate package chromium' >&2; exit 100");
        command(bin, "id", "echo 0");

        Run run = runScript(bin);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(BrowserInstaller.APT_FAILED);
        assertThat(run.output()).contains("E: Unable to locate package chromium");
    }

    private Run runScript(Path bin) throws IOException, InterruptedException {
        Path script = temp.resolve("install-browser.sh");
        try (var resource = BrowserInstaller.class.getResourceAsStream(BrowserInstaller.SCRIPT_RESOURCE)) {
            assertThat(resource).as("the script copied into the runner's classes").isNotNull();
            Files.copy(resource, script);
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", script.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static void command(Path bin, String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exitCode, String output) {
    }
}
