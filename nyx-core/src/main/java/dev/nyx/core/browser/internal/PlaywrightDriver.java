package dev.nyx.core.browser.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Playwright drivers with the environment Nyx needs: never download browsers
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}, else {@code create()} tries and fails after
 * seconds on a closed network), and run the driver on the machine's Node.js when one of a
 * supported version is installed ({@code PLAYWRIGHT_NODEJS_PATH}), which spares copying the
 * bundled Node binary out of the jar on every create (the driver's JavaScript is still unpacked).
 *
 * <p>The Node.js check runs once, in the constructor. Thread-safe: {@link #create()} may be called
 * from any thread; the returned {@code Playwright} belongs to the calling thread.
 */
public final class PlaywrightDriver {

    private static final Logger log = LoggerFactory.getLogger(PlaywrightDriver.class);
    static final String NODEJS_PATH = "PLAYWRIGHT_NODEJS_PATH";
    // playwright-core 1.62 declares "engines": {"node": ">=20"} in its package.json
    static final int MINIMUM_NODE_MAJOR = 20;
    private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.\\d+\\.\\d+.*");

    private final Map<String, String> environment;

    public PlaywrightDriver(SystemProbe probe) {
        requireNonNull(probe, "probe is null");
        Map<String, String> env = new HashMap<>();
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (probe.environment(NODEJS_PATH).isEmpty()) {
            systemNode(probe).ifPresent(node -> env.put(NODEJS_PATH, node.toString()));
        }
        this.environment = Map.copyOf(env);
    }

    /** The variables handed to the driver process on top of this process's environment. */
    public Map<String, String> environment() {
        return environment;
    }

    /** A new Playwright driver, owned by the calling thread. */
    public Playwright create() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(environment));
    }

    private static Optional<Path> systemNode(SystemProbe probe) {
        Optional<Path> node = probe.isExecutable(Path.of("/usr/bin/node")) ? Optional.of(Path.of("/usr/bin/node"))
                : probe.pathDirectories().stream().map(dir -> dir.resolve("node")).filter(probe::isExecutable).findFirst();
        return node.filter(PlaywrightDriver::supported);
    }

    private static boolean supported(Path node) {
        try {
            Process process = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Matcher matcher = NODE_VERSION.matcher(version);
            boolean supported = process.exitValue() == 0 && matcher.matches()
                    && Integer.parseInt(matcher.group(1)) >= MINIMUM_NODE_MAJOR;
            log.debug("Node.js at {} is {}: {}", node, version, supported ? "used for Playwright" : "not used");
            return supported;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
