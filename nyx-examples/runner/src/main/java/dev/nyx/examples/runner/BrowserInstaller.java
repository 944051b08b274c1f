package dev.nyx.examples.runner;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gives {@code nyx demo} a browser on a fresh machine: when discovery finds none, it says so and
 * runs the repository's {@code scripts/install-browser.sh} (a copy built into the runner jar, so
 * the demo and the build install the same way: Debian's {@code chromium} and
 * {@code chromium-headless-shell} with apt-get, through sudo when not root), then looks again.
 * When it cannot install, it stops with a message that says exactly what to run.
 *
 * <p>Only the demo uses it: the library never installs packages on its own (it fails with
 * {@code BROWSER_NOT_FOUND}). One instance per command; not thread-safe.
 */
final class BrowserInstaller {
    /** The class-path copy of {@code scripts/install-browser.sh}, beside this class. */
    static final String SCRIPT_RESOURCE = "install-browser.sh";
    static final String INSTALLING = "nyx demo: no Chromium found; installing Debian's chromium with apt-get"
            + " (as scripts/install-browser.sh does)...";
    /** What a user runs to install the browser by hand. */
    static final String MANUAL_COMMAND = "sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell";
    static final String AS_ROOT_COMMAND = "apt-get update && apt-get install -y chromium chromium-headless-shell";
    // the script's exit codes (see its header)
    static final int NO_APT_GET = 10;
    static final int NO_ROOT = 11;
    static final int APT_FAILED = 12;

    private static final String AGAIN = "; then run nyx demo again.";
    private static final String OR_CONFIGURE = " Or set browser.executablePath in nyx.yaml to a Chromium or Chrome"
            + " executable";

    /** Runs an operating-system command on this process's terminal (sudo may ask for a password there). */
    @FunctionalInterface
    interface CommandRunner {
        /**
         * @return the command's exit code
         * @throws IOException when the command cannot be started
         */
        int run(List<String> command) throws IOException;

        /** The real machine: a child process sharing this process's standard streams. */
        static CommandRunner local() {
            return command -> {
                Process process = new ProcessBuilder(command).inheritIO().start();
                try {
                    return process.waitFor();
                } catch (InterruptedException e) {
                    process.destroy();
                    Thread.currentThread().interrupt();
                    throw new NyxException(ErrorCode.INTERNAL, "Interrupted while installing Chromium.", e);
                }
            };
        }
    }

    private final Supplier<Optional<Path>> discovery;
    private final CommandRunner commands;
    private final PrintWriter out;

    /**
     * @param discovery looks for the browser Nyx would launch (empty when none is installed); asked
     *                  before and after installing
     * @param commands  runs the installer
     * @param out       where the demo says what it does
     */
    BrowserInstaller(Supplier<Optional<Path>> discovery, CommandRunner commands, PrintWriter out) {
        this.discovery = requireNonNull(discovery, "discovery is null");
        this.commands = requireNonNull(commands, "commands is null");
        this.out = requireNonNull(out, "out is null");
    }

    /**
     * The browser to use, installed first when none is found and {@code install} allows it.
     *
     * @throws NyxException {@link ErrorCode#BROWSER_NOT_FOUND} when no browser is found and none
     *                      could be (or may be) installed; the message says what to run
     */
    Path ensureBrowser(boolean install) {
        Optional<Path> found = discovery.get();
        if (found.isPresent()) {
            return found.get();
        }
        if (!install) {
            throw notFound("No Chromium or Chrome found, and --no-browser-install was given. Install Chromium with: "
                    + MANUAL_COMMAND + " (or scripts/install-browser.sh)" + AGAIN + OR_CONFIGURE + ".");
        }
        out.println(INSTALLING);
        out.flush();
        int exitCode = runScript();
        if (exitCode != 0) {
            throw notFound(failure(exitCode));
        }
        Path installed = discovery.get().orElseThrow(() -> notFound("The installer ended, but still no Chromium or"
                + " Chrome is found. Check that /usr/lib/chromium/chromium-headless-shell or /usr/bin/chromium exists"
                + " (" + MANUAL_COMMAND + ")" + AGAIN + OR_CONFIGURE + "."));
        out.println("nyx demo: installed; using " + installed);
        return installed;
    }

    private int runScript() {
        Path script = null;
        try {
            script = copyScript();
            return commands.run(List.of("bash", script.toString()));
        } catch (IOException e) {
            throw notFound("Could not run the Chromium installer (" + e.getMessage() + "). Install Chromium with: "
                    + MANUAL_COMMAND + AGAIN + OR_CONFIGURE + ".");
        } finally {
            deleteQuietly(script);
        }
    }

    private static String failure(int exitCode) {
        return switch (exitCode) {
            case NO_APT_GET -> "Could not install Chromium: this machine has no apt-get (not Debian or Ubuntu)."
                    + " Install Chromium or Google Chrome with its package manager" + AGAIN + OR_CONFIGURE + ".";
            case NO_ROOT -> "Could not install Chromium: that needs root, and sudo is not available. As root, run: "
                    + AS_ROOT_COMMAND + AGAIN;
            case APT_FAILED -> "Could not install Chromium: apt-get failed (its errors are above). Run it yourself"
                    + " to see why: " + MANUAL_COMMAND + " (as root, leave out sudo)" + AGAIN + OR_CONFIGURE + ".";
            default -> "Could not install Chromium: the installer stopped with exit code " + exitCode + " (see above)."
                    + " Install it yourself: " + MANUAL_COMMAND + " (as root, leave out sudo)" + AGAIN + OR_CONFIGURE
                    + ".";
        };
    }

    private static Path copyScript() throws IOException {
        try (InputStream script = BrowserInstaller.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (script == null) {
                throw new IOException("the runner jar holds no " + SCRIPT_RESOURCE);
            }
            Path file = Files.createTempFile("nyx-install-browser-", ".sh");
            Files.copy(script, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a left-over copy in the temporary folder is harmless
        }
    }

    private static NyxException notFound(String message) {
        return new NyxException(ErrorCode.BROWSER_NOT_FOUND, message);
    }
}
