package dev.nyx.examples.runner;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
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

    /**
     * {@code --db}, when given.
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} when it is not an H2 or PostgreSQL JDBC URL
     */
    Optional<String> databaseUrl() {
        Optional<String> given = Optional.ofNullable(databaseUrl).map(String::strip).filter(url -> !url.isEmpty());
        given.filter(url -> !SUPPORTED_PREFIXES.matcher(url).lookingAt()).ifPresent(url -> {
            // the value is not repeated: a URL may carry a password
            throw new NyxException(ErrorCode.INVALID_INPUT, "--db is not an H2 or PostgreSQL JDBC URL (it must start"
                    + " with jdbc:h2: or jdbc:postgresql:): give e.g. jdbc:postgresql://localhost:5432/nyx, or leave"
                    + " --db out for the embedded database in the data folder");
        });
        return given;
    }

    /** Whether {@code --db} was given: a failing database then came from the command line. */
    boolean namesDatabase() {
        return databaseUrl != null && !databaseUrl.isBlank();
    }

    private static final Pattern SUPPORTED_PREFIXES = Pattern.compile("jdbc:(h2|postgresql):.", Pattern.CASE_INSENSITIVE);

    /** {@code --data-dir}, when given, as an absolute path. */
    Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory).map(folder -> folder.toAbsolutePath().normalize());
    }

    /** {@code config} with the options given here applied; the rest as it was. */
    NyxConfig applyTo(NyxConfig config) {
        return RunnerConfigs.withStorage(config, dataDirectory().orElse(config.dataDirectory()), databaseUrl());
    }
}
