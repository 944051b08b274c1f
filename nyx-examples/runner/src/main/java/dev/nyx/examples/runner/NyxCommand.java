package dev.nyx.examples.runner;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorKind;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The top-level {@code nyx} command: global options and the configuration every subcommand
 * shares. One instance per command line; not thread-safe.
 */
@Command(name = "nyx", mixinStandardHelpOptions = true, versionProvider = NyxCommand.Version.class,
        description = "Applies to jobs on a candidate's behalf.",
        subcommands = {ApplyCommand.class, DemoCommand.class, ProfileCommand.class, PluginsCommand.class,
                ApprovalCommands.Queue.class,
                ApprovalCommands.Approve.class, ApprovalCommands.Reject.class, CompanyCommand.class,
                AnswerCommand.class, StatusCommand.class, PrepCommand.class, WatchCommand.class,
                CredentialsCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class})
final class NyxCommand implements Runnable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final SecretInput secrets;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The configuration file (default: ./nyx.yaml if present, else built-in defaults).")
    private Path configFile;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The plugins folder (default: plugins.directory from the configuration, "
                    + "else plugins/ beside the runner's lib/ folder).")
    private Path pluginsDirectory;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    private boolean verbose;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    NyxCommand(PrintWriter out, PrintWriter err, Map<String, String> environment, SecretInput secrets) {
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.secrets = requireNonNull(secrets, "secrets is null");
    }

    /** A command line for one run, with Nyx's exit codes and error output; secrets from the console or stdin. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return commandLine(out, err, environment, SecretInput.standard());
    }

    /** A command line for one run that reads typed secrets from {@code secrets}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment,
                                   SecretInput secrets) {
        NyxCommand command = new NyxCommand(out, err, environment, secrets);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parseResult) -> {
            err.println("nyx: " + describe(failure, parseResult));
            if (command.verbose) {
                failure.printStackTrace(err);
            }
            return failure instanceof NyxException nyxException && nyxException.kind() == ErrorKind.BAD_INPUT
                    ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
        });
        // picocli's own usage errors already exit with 2 (CommandLine.ExitCode.USAGE)
        return commandLine;
    }

    /**
     * The failure's message for the error line; a database that cannot be reached says that its URL came from
     * {@code --db} when it did (the core names the setting, {@code database.url}).
     */
    private static String describe(Exception failure, CommandLine.ParseResult parseResult) {
        String message = String.valueOf(failure.getMessage());
        boolean fromCommandLine = parseResult != null && hasOption(parseResult, "--db");
        if (fromCommandLine && failure instanceof NyxException nyxFailure
                && nyxFailure.code() == ErrorCode.STORAGE_UNAVAILABLE) {
            return message.replace("database.url", "the --db URL");
        }
        return message;
    }

    private static boolean hasOption(CommandLine.ParseResult parseResult, String name) {
        for (CommandLine.ParseResult current = parseResult; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        // "nyx" alone: show what it can do
        spec.commandLine().usage(out);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** A secret the user types (never an argument): see {@link SecretInput}. */
    Secret password(String prompt) {
        return secrets.read(prompt);
    }

    /**
     * The configuration: {@code --config}, else {@code ./nyx.yaml} when present, else defaults; with
     * {@code NYX_...} overrides. The plugins folder: {@code --plugins}, else the configuration's
     * {@code plugins.directory}, else {@code plugins/} beside the runner's {@code lib/} folder (else
     * the loader's default, {@code <dataDirectory>/plugins}).
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when {@code --config} names a missing file;
     *                      the loader's {@code ValidationException} when the configuration is invalid
     */
    NyxConfig config() {
        ConfigLoader loader = new ConfigLoader(environment);
        loader = Distribution.pluginsDirectory().map(loader::withDefaultPluginsDirectory).orElse(loader);
        NyxConfig config;
        try {
            if (configFile != null) {
                InputFiles.requireFile(configFile, "Configuration file",
                        "check --config, or leave it out to use ./nyx.yaml or the defaults");
                config = loader.load(configFile);
            } else {
                config = loader.loadIfPresent(Path.of("nyx.yaml"));
            }
        } catch (NyxException invalid) {
            // a configuration the user wrote (file or NYX_... variables) is their input: exit 2, not 1
            if (invalid.kind() == ErrorKind.BAD_INPUT) {
                throw invalid;
            }
            throw new NyxException(ErrorCode.INVALID_INPUT, invalid.getMessage(), invalid);
        }
        return pluginsDirectory == null ? config : RunnerConfigs.withPlugins(config, new NyxConfig.Plugins(
                pluginsDirectory.toAbsolutePath().normalize(), config.plugins().mode(), config.plugins().settings(),
                config.plugins().variables()));
    }

    /** {@link #config()} with a command's {@code --db} and {@code --data-dir} applied. */
    NyxConfig config(StorageOptions storage) {
        return storage.applyTo(config());
    }

    /**
     * Nyx on a command's storage without plugins, for commands that apply to nothing (the approval
     * queue, company tiers, corrections): no plugin is loaded and no browser started.
     */
    Nyx withoutPlugins(StorageOptions storage) {
        return Nyx.builder().config(config(storage)).withoutPlugins().build();
    }

    /** The version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NyxCommand.class.getPackage().getImplementationVersion();
            return new String[] {"nyx " + (version != null ? version : "(development build)")};
        }
    }
}
