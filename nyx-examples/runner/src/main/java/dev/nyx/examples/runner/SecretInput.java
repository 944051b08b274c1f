package dev.nyx.examples.runner;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a command reads a secret the user types (a site password): the console without echo when there
 * is one, else the first line of the given input (standard input, a pipe, a test's text). Secrets are
 * never command-line arguments, which other users of the machine can see. One per command line.
 */
final class SecretInput {
    private final Optional<Console> console;
    private final BufferedReader input;

    private SecretInput(Optional<Console> console, BufferedReader input) {
        this.console = requireNonNull(console, "console is null");
        this.input = requireNonNull(input, "input is null");
    }

    /** The process's console when it has one, else standard input. */
    static SecretInput standard() {
        return new SecretInput(Optional.ofNullable(System.console()),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /** The first line of {@code input}, for pipes and tests. */
    static SecretInput of(BufferedReader input) {
        return new SecretInput(Optional.empty(), input);
    }

    /**
     * Reads one secret, prompting on the console when there is one.
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} when nothing (or only blanks) was entered
     */
    Secret read(String prompt) {
        String value;
        if (console.isPresent()) {
            char[] typed = console.get().readPassword("%s", prompt);
            value = typed == null ? "" : new String(typed);
        } else {
            try {
                String line = input.readLine();
                value = line == null ? "" : line;
            } catch (IOException failed) {
                throw new NyxException(ErrorCode.INVALID_INPUT, "Standard input could not be read: "
                        + failed.getClass().getSimpleName(), failed);
            }
        }
        if (value.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "No password was entered: type it when asked, or pipe it"
                    + " in on the first line of standard input.");
        }
        return Secret.of(value);
    }
}
