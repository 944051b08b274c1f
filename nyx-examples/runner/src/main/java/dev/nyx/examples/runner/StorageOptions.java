package dev.nyx.examples.runner;

import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The storage options every command that opens the database takes (a picocli mixin): {@code --db}
 * and {@code --data-dir}. The data folder holds the embedded database (unless {@code --db} names
 * another), the evidence (screenshots under {@code evidence/<application id>/}) and the extensions'
 * data, so a command's evidence always lands beside the data it uses. One instance per command
 * line, filled by picocli; not thread-safe.
 */
final class StorageOptions {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The database (default: database.url from the configuration, else the embedded one in"
                    + " the data folder).")
    private String databaseUrl;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data folder: embedded database, evidence (screenshots) and extension data"
                    + " (default: dataDirectory from the configuration).")
    private Path dataDirectory;

    /** {@code --db}, when given. */
    Optional<String> databaseUrl() {
        return Optional.ofNullable(databaseUrl).filter(url -> !url.isBlank());
    }

    /** {@code --data-dir}, when given, as an absolute path. */
    Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory).map(folder -> folder.toAbsolutePath().normalize());
    }

    /** {@code config} with the options given here applied; the rest as it was. */
    NyxConfig applyTo(NyxConfig config) {
        return RunnerConfigs.withStorage(config, dataDirectory().orElse(config.dataDirectory()), databaseUrl());
    }
}
