package dev.nyx.core.browser.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@link BrowserDiscovery} asks of the machine: environment variables, the home folder,
 * and files. An interface so tests can describe a machine without touching the real one.
 * Implementations are thread-safe.
 */
public interface SystemProbe {

    /** An environment variable, empty when unset or blank. */
    Optional<String> environment(String name);

    /** The user's home folder. */
    Path home();

    /** Whether a regular file exists at the path and may be executed. */
    boolean isExecutable(Path file);

    /** Whether anything exists at the path. */
    boolean exists(Path path);

    /** The entries of a folder; empty when it does not exist. */
    List<Path> list(Path directory);

    /** The real machine. */
    static SystemProbe local() {
        return new SystemProbe() {
            @Override
            public Optional<String> environment(String name) {
                return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
            }

            @Override
            public Path home() {
                return Path.of(System.getProperty("user.home"));
            }

            @Override
            public boolean isExecutable(Path file) {
                return Files.isRegularFile(file) && Files.isExecutable(file);
            }

            @Override
            public boolean exists(Path path) {
                return Files.exists(path);
            }

            @Override
            public List<Path> list(Path directory) {
                if (!Files.isDirectory(directory)) {
                    return List.of();
                }
                try (Stream<Path> entries = Files.list(directory)) {
                    return entries.toList();
                } catch (IOException e) {
                    return List.of();
                }
            }
        };
    }

    /** The folders of {@code PATH}, in order. */
    default List<Path> pathDirectories() {
        return environment("PATH").stream()
                .flatMap(path -> Stream.of(path.split(File.pathSeparator)))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }
}
