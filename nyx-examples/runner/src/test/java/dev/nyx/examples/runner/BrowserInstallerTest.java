package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The demo's decision to install a browser and its messages, on a described machine: discovery
 * answers from a list, and the installer command is recorded instead of run (apt is an OS tool,
 * not one of our ports).
 */
class BrowserInstallerTest {
    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium-headless-shell");

    private final StringWriter printed = new StringWriter();
    private final RecordingCommands commands = new RecordingCommands();

    @Test
    void should_use_the_found_browser_and_run_nothing_when_a_browser_is_installed() {
        // given
        BrowserInstaller installer = installer(discovering(Optional.of(CHROMIUM)));

        // when
        Path browser = installer.ensureBrowser(true);

        // then
        assertThat(browser).isEqualTo(CHROMIUM);
        assertThat(commands.commands).isEmpty();
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void should_run_the_repository_install_script_and_say_so_when_no_browser_is_found() throws IOException {
        // given: nothing before the install, Debian's headless shell after it
        BrowserInstaller installer = installer(discovering(Optional.empty(), Optional.of(CHROMIUM)));

        // when
        Path browser = installer.ensureBrowser(true);

        // then: bash ran the same script the build uses, and the demo said what it did
        assertThat(browser).isEqualTo(CHROMIUM);
        assertThat(commands.commands).hasSize(1);
        assertThat(commands.commands.get(0)).first().isEqualTo("bash");
        assertThat(commands.scripts).containsExactly(
                Files.readString(repositoryRoot().resolve("scripts/install-browser.sh")));
        assertThat(printed.toString()).startsWith("nyx demo: no Chromium found; installing Debian's chromium with"
                        + " apt-get (as scripts/install-browser.sh does)...")
                .contains("nyx demo: installed; using " + CHROMIUM);
    }

    @Test
    void should_leave_no_copy_of_the_script_behind_when_the_installer_ended() {
        BrowserInstaller installer = installer(discovering(Optional.empty(), Optional.of(CHROMIUM)));

        installer.ensureBrowser(true);

        assertThat(Path.of(commands.commands.get(0).get(1))).doesNotExist();
    }

    @Test
    void should_say_to_run_apt_get_as_root_when_not_root_and_sudo_is_missing() {
        // given
        commands.exitCode = BrowserInstaller.NO_ROOT;
        BrowserInstaller installer = installer(discovering(Optional.empty()));

        // when / then
        assertBrowserNotFound(installer, true)
                .hasMessageContaining("needs root, and sudo is not available")
                .hasMessageContaining("As root, run: apt-get update && apt-get install -y chromium chromium-headless-shell")
                .hasMessageContaining("then run nyx demo again");
    }

    @Test
    void should_say_to_use_another_package_manager_or_the_setting_when_apt_get_is_missing() {
        commands.exitCode = BrowserInstaller.NO_APT_GET;
        BrowserInstaller installer = installer(discovering(Optional.empty()));

        assertBrowserNotFound(installer, true)
                .hasMessageContaining("this machine has no apt-get")
                .hasMessageContaining("Install Chromium or Google Chrome with its package manager")
                .hasMessageContaining("browser.executablePath");
    }

    @Test
    void should_give_the_exact_apt_commands_when_apt_fails() {
        commands.exitCode = BrowserInstaller.APT_FAILED;
        BrowserInstaller installer = installer(discovering(Optional.empty()));

        assertBrowserNotFound(installer, true)
                .hasMessageContaining("apt-get failed (its errors are above)")
                .hasMessageContaining("sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell");
    }

    @Test
    void should_name_the_exit_code_and_the_commands_when_the_installer_stops_otherwise() {
        // e.g. the installer was killed, or a bash that cannot read the script
        commands.exitCode = 1;
        BrowserInstaller installer = installer(discovering(Optional.empty()));

        assertBrowserNotFound(installer, true)
                .hasMessageContaining("the installer stopped with exit code 1")
                .hasMessageContaining(BrowserInstaller.MANUAL_COMMAND);
    }

    @Test
    void should_say_what_to_run_when_the_installer_cannot_be_started() {
        commands.failure = new IOException("Cannot run program \"bash\": error=2, No such file or directory");
        BrowserInstaller installer = installer(discovering(Optional.empty()));

        assertBrowserNotFound(installer, true)
                .hasMessageContaining("Could not run the Chromium installer (Cannot run program \"bash\"")
                .hasMessageContaining(BrowserInstaller.MANUAL_COMMAND);
    }

    @Test
    void should_stop_with_a_clear_message_when_the_install_ended_but_no_browser_is_found() {
        BrowserInstaller installer = installer(discovering(Optional.empty(), Optional.empty()));

        assertBrowserNotFound(installer, true)
                .hasMessageContaining("The installer ended, but still no Chromium or Chrome is found")
                .hasMessageContaining(BrowserInstaller.MANUAL_COMMAND);
    }

    @Test
    void should_install_nothing_and_say_what_to_run_when_installing_is_refused() {
        BrowserInstaller installer = installer(discovering(Optional.empty()));

        assertBrowserNotFound(installer, false)
                .hasMessageContaining("--no-browser-install")
                .hasMessageContaining(BrowserInstaller.MANUAL_COMMAND);
        assertThat(commands.commands).isEmpty();
        assertThat(printed.toString()).isEmpty();
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertBrowserNotFound(
            BrowserInstaller installer, boolean install) {
        return assertThatThrownBy(() -> installer.ensureBrowser(install))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BROWSER_NOT_FOUND));
    }

    private BrowserInstaller installer(Supplier<Optional<Path>> discovery) {
        return new BrowserInstaller(discovery, commands, new PrintWriter(printed, true));
    }

    /** Answers each look with the next result; the last one repeats. */
    @SafeVarargs
    private static Supplier<Optional<Path>> discovering(Optional<Path>... results) {
        Deque<Optional<Path>> answers = new ArrayDeque<>(List.of(results));
        return () -> answers.size() > 1 ? answers.removeFirst() : answers.getFirst();
    }

    private static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        assertThat(folder).as("the repository root (the folder with mvnw)").isNotNull();
        return folder;
    }

    /** Records each command and the script it was handed, and answers with a fixed exit code. */
    private static final class RecordingCommands implements BrowserInstaller.CommandRunner {
        final List<List<String>> commands = new ArrayList<>();
        final List<String> scripts = new ArrayList<>();
        int exitCode;
        IOException failure;

        @Override
        public int run(List<String> command) throws IOException {
            commands.add(List.copyOf(command));
            if (failure != null) {
                throw failure;
            }
            scripts.add(Files.readString(Path.of(command.get(1))));
            return exitCode;
        }
    }
}
