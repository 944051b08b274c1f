package dev.nyx.core.browser.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Chromium to launch. Order: the configured {@code browser.executablePath} (wins;
 * missing means a configuration error); Playwright's own browsers in
 * {@code PLAYWRIGHT_BROWSERS_PATH} or {@code ~/.cache/ms-playwright} (newest revision, headless
 * shell first when headless); system browsers at their usual places (Debian's
 * {@code chromium-headless-shell} when headless, then {@code chromium}, {@code chromium-browser},
 * {@code google-chrome}); the same names on {@code PATH}.
 *
 * <p>Stateless and thread-safe. Throws {@link NyxException} with
 * {@link ErrorCode#INVALID_CONFIGURATION} or {@link ErrorCode#BROWSER_NOT_FOUND}.
 */
public final class BrowserDiscovery {

    static final String INSTALL_HINT = "Install one with 'apt-get install -y chromium chromium-headless-shell' "
            + "(Debian/Ubuntu), or, where downloads work, with 'mvn exec:java -e "
            + "-Dexec.mainClass=com.microsoft.playwright.CLI -Dexec.args=\"install chromium\"', "
            + "or set browser.executablePath in nyx.yaml to a Chromium or Chrome executable.";

    private static final List<String> SYSTEM_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final SystemProbe probe;

    @Inject
    public BrowserDiscovery(SystemProbe probe) {
        this.probe = requireNonNull(probe, "probe is null");
    }

    /**
     * The executable to launch.
     *
     * @param configured {@code browser.executablePath}, if set
     * @param headless   whether the browser runs headless (a headless shell is then preferred)
     */
    public Path find(Optional<Path> configured, boolean headless) {
        return locate(configured, headless).orElseThrow(() -> new NyxException(ErrorCode.BROWSER_NOT_FOUND,
                "No Chromium or Chrome found (looked at Playwright's browsers in " + playwrightCache()
                        + ", at " + systemLocations(headless) + " and on PATH). " + INSTALL_HINT));
    }

    /**
     * The executable {@link #find} would return, or empty when no browser is installed; for callers
     * that act on a missing browser (the runner's demo installs one). A configured path is still
     * checked: a wrong one throws {@link ErrorCode#INVALID_CONFIGURATION}.
     *
     * @param configured {@code browser.executablePath}, if set
     * @param headless   whether the browser runs headless (a headless shell is then preferred)
     */
    public Optional<Path> locate(Optional<Path> configured, boolean headless) {
        requireNonNull(configured, "configured is null");
        if (configured.isPresent()) {
            return Optional.of(checkConfigured(configured.get()));
        }
        return candidates(headless).stream()
                .filter(probe::isExecutable)
                .findFirst();
    }

    /** Every place looked at, in order; PATH entries last. Visible for tests. */
    List<Path> candidates(boolean headless) {
        List<Path> candidates = new ArrayList<>(playwrightBrowsers(headless));
        candidates.addAll(systemLocations(headless));
        List<String> names = new ArrayList<>(SYSTEM_NAMES);
        if (headless) {
            names.add(0, "chromium-headless-shell");
        }
        for (String name : names) {
            for (Path directory : probe.pathDirectories()) {
                candidates.add(directory.resolve(name));
            }
        }
        return candidates;
    }

    private static List<Path> systemLocations(boolean headless) {
        List<Path> locations = new ArrayList<>();
        if (headless) {
            locations.add(Path.of("/usr/lib/chromium/chromium-headless-shell"));
        }
        locations.add(Path.of("/usr/bin/chromium"));
        locations.add(Path.of("/usr/bin/chromium-browser"));
        locations.add(Path.of("/usr/bin/google-chrome"));
        locations.add(Path.of("/usr/bin/google-chrome-stable"));
        locations.add(Path.of("/opt/google/chrome/chrome"));
        return locations;
    }

    private Path checkConfigured(Path path) {
        if (!probe.exists(path)) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "browser.executablePath '" + path
                    + "' does not exist. Point it at a Chromium or Chrome executable, or remove it to let Nyx find one. "
                    + INSTALL_HINT);
        }
        if (!probe.isExecutable(path)) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "browser.executablePath '" + path
                    + "' is not an executable file. Point it at a Chromium or Chrome executable (not a folder), "
                    + "or remove it to let Nyx find one.");
        }
        return path;
    }

    private Path playwrightCache() {
        return probe.environment("PLAYWRIGHT_BROWSERS_PATH").map(Path::of)
                .orElseGet(() -> probe.home().resolve(".cache").resolve("ms-playwright"));
    }

    private List<Path> playwrightBrowsers(boolean headless) {
        Path cache = playwrightCache();
        List<Path> found = new ArrayList<>();
        if (headless) {
            // layouts of recent and older Playwright releases
            found.addAll(newestFirst(cache, "chromium_headless_shell-", List.of(
                    "chrome-headless-shell-linux64/chrome-headless-shell", "chrome-linux/headless_shell")));
        }
        found.addAll(newestFirst(cache, "chromium-", List.of("chrome-linux64/chrome", "chrome-linux/chrome")));
        return found;
    }

    private List<Path> newestFirst(Path cache, String prefix, List<String> executables) {
        return probe.list(cache).stream()
                .filter(dir -> dir.getFileName().toString().startsWith(prefix))
                .filter(dir -> revision(dir, prefix) >= 0)
                .sorted(Comparator.comparingLong((Path dir) -> revision(dir, prefix)).reversed())
                .flatMap(dir -> executables.stream().map(dir::resolve))
                .toList();
    }

    private static long revision(Path dir, String prefix) {
        try {
            return Long.parseLong(dir.getFileName().toString().substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
