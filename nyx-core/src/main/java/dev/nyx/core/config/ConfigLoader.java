package dev.nyx.core.config;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.internal.ConfigDefaults;
import dev.nyx.core.config.internal.ConfigReader;
import dev.nyx.core.config.internal.ConfigSchema;
import dev.nyx.core.config.internal.Setting;
import dev.nyx.core.document.SourceDocument;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link NyxConfig} from one {@code nyx.yaml} (or {@code .yml}/{@code .json}) with
 * {@code NYX_...} environment overrides and built-in defaults. An override's name is {@code NYX_}
 * and the setting's path in upper snake case ({@code browser.executablePath} →
 * {@code NYX_BROWSER_EXECUTABLE_PATH}); see {@link #environmentVariables()}. Map settings
 * ({@code plugins.settings}, {@code browser.extraHeaders}, {@code llm.prices}) come from the file only.
 *
 * <p>Relative paths in the file resolve against the file's folder, relative paths in the environment
 * against the working directory; {@code ~/} means the home folder. Every problem is reported at
 * once; secrets ({@code database.password}, {@code llm.apiKey}, plugin settings, extra headers) never
 * appear in messages.
 *
 * <p>Called by hosts and the runner. Immutable and thread-safe; the environment is passed in so
 * tests are repeatable (use {@code System.getenv()} in production).
 */
public final class ConfigLoader {
    private final Map<String, String> environment;
    private final Optional<Path> defaultPluginsDirectory;

    /** A loader reading overrides from {@code environment}; the plugins directory defaults to {@code <dataDirectory>/plugins}. */
    public ConfigLoader(Map<String, String> environment) {
        this(environment, Optional.empty());
    }

    private ConfigLoader(Map<String, String> environment, Optional<Path> defaultPluginsDirectory) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.defaultPluginsDirectory = requireNonNull(defaultPluginsDirectory, "defaultPluginsDirectory is null");
    }

    /** A loader whose plugins directory, when neither file nor environment sets one, is {@code directory} (the runner's own). */
    public ConfigLoader withDefaultPluginsDirectory(Path directory) {
        requireNonNull(directory, "directory is null");
        return new ConfigLoader(environment, Optional.of(directory.toAbsolutePath().normalize()));
    }

    /**
     * Loads a configuration file.
     *
     * @throws ValidationException with {@link ErrorCode#INVALID_CONFIGURATION} listing every problem
     * @throws NyxException        with {@link ErrorCode#INVALID_CONFIGURATION} when the file is missing or unreadable
     */
    public NyxConfig load(Path file) {
        requireNonNull(file, "file is null");
        SourceDocument document = SourceDocument.read(file, ErrorCode.INVALID_CONFIGURATION, "configuration file");
        return reader(Optional.of(document)).read(document.name());
    }

    /** Loads {@code file} when it exists, otherwise {@link #loadDefaults()}. Throws like {@link #load}. */
    public NyxConfig loadIfPresent(Path file) {
        requireNonNull(file, "file is null");
        return Files.exists(file) ? load(file) : loadDefaults();
    }

    /**
     * Defaults with environment overrides, without a file.
     *
     * @throws ValidationException with {@link ErrorCode#INVALID_CONFIGURATION} when an override does not parse
     */
    public NyxConfig loadDefaults() {
        return reader(Optional.empty()).read("environment");
    }

    /** Every {@code NYX_...} variable that overrides a setting, in schema order. */
    public static List<String> environmentVariables() {
        return ConfigSchema.SETTINGS.stream().filter(Setting::hasEnvironmentVariable)
                .map(Setting::environmentVariable).toList();
    }

    private ConfigReader reader(Optional<SourceDocument> document) {
        ConfigDefaults defaults = ConfigDefaults.of(environment, Path.of(System.getProperty("user.home")),
                defaultPluginsDirectory);
        return new ConfigReader(document, environment, defaults, Path.of("").toAbsolutePath());
    }
}
