package dev.nyx.examples.runner;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The {@code nyx} command line. {@link #main} exits the JVM with the command's code; tests and
 * embedding callers use {@link #run}, which never exits.
 *
 * <p>Exit codes: {@value ExitCodes#OK} ok, {@value ExitCodes#FAILURE} failure,
 * {@value ExitCodes#BAD_INPUT} bad input (including usage errors).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs one command line in-process with the process environment.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /**
     * Runs one command line in-process.
     *
     * @param environment the {@code NYX_...} overrides to apply to the configuration
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        try {
            return NyxCommand.commandLine(out, err, environment).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs one command line in-process, reading typed secrets ({@code nyx credentials set}) from the first
     * line of {@code input} instead of the console.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                          BufferedReader input) {
        try {
            return NyxCommand.commandLine(out, err, environment, SecretInput.of(input)).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
