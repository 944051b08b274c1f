package dev.nyx.examples.runner;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where the runner's distribution lives: {@code <dist>/lib/} holds the runner jar and its
 * libraries, {@code <dist>/plugins/} the plugin archives found by default.
 */
final class Distribution {
    private Distribution() {
    }

    /** {@code plugins/} beside the {@code lib/} folder the runner jar is in; empty when not run from a jar in {@code lib/}. */
    static Optional<Path> pluginsDirectory() {
        return runnerJar().flatMap(Distribution::pluginsDirectoryFor);
    }

    /** The plugins folder of the distribution that holds this jar. */
    static Optional<Path> pluginsDirectoryFor(Path runnerJar) {
        Path lib = runnerJar.toAbsolutePath().getParent();
        if (lib == null || lib.getFileName() == null || !lib.getFileName().toString().equals("lib")
                || !Files.isRegularFile(runnerJar)) {
            return Optional.empty();
        }
        return Optional.of(lib.resolveSibling("plugins"));
    }

    /**
     * The sample profile: {@code nyx-examples/sample/profile.yaml} under the current folder or one above it, else in
     * the source tree the distribution was built in ({@code nyx-examples/runner/target/nyx/lib}).
     */
    static Optional<Path> sampleProfile() {
        // the current folder or any folder above it inside the source tree
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path sample = folder.resolve(Path.of("nyx-examples", "sample", "profile.yaml"));
            if (Files.isRegularFile(sample)) {
                return Optional.of(sample);
            }
        }
        return runnerJar().map(jar -> jar.toAbsolutePath().getParent())
                .map(lib -> lib.resolve("../../../../sample/profile.yaml").normalize())
                .filter(Files::isRegularFile);
    }

    private static Optional<Path> runnerJar() {
        CodeSource source = Distribution.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
