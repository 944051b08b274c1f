package dev.nyx.core.browser.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A machine described in memory: executables, other files and environment variables. */
final class FakeSystemProbe implements SystemProbe {

    private final Set<Path> executables = new HashSet<>();
    private final Set<Path> files = new HashSet<>();
    private final Map<String, String> environment = new HashMap<>();

    FakeSystemProbe executable(String path) {
        executables.add(Path.of(path));
        return this;
    }

    FakeSystemProbe file(String path) {
        files.add(Path.of(path));
        return this;
    }

    FakeSystemProbe env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    @Override
    public Optional<String> environment(String name) {
        return Optional.ofNullable(environment.get(name));
    }

    @Override
    public Path home() {
        return Path.of("/home/candidate");
    }

    @Override
    public boolean isExecutable(Path file) {
        return executables.contains(file);
    }

    @Override
    public boolean exists(Path path) {
        return executables.contains(path) || files.contains(path)
                || executables.stream().anyMatch(file -> file.startsWith(path));
    }

    @Override
    public List<Path> list(Path directory) {
        return executables.stream()
                .filter(file -> file.startsWith(directory) && !file.equals(directory))
                .map(file -> directory.resolve(directory.relativize(file).getName(0)))
                .distinct()
                .toList();
    }
}
