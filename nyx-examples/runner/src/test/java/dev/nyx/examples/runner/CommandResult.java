package dev.nyx.examples.runner;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the runner with captured output. */
record CommandResult(int exitCode, String out, String err) {

    static CommandResult run(String... args) {
        return run(Map.of(), args);
    }

    /** A run whose typed secrets come from {@code input} (one per line). */
    static CommandResult runWithInput(Map<String, String> environment, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment,
                new BufferedReader(new StringReader(input)));
        return new CommandResult(code, out.toString(), err.toString());
    }

    static CommandResult run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new CommandResult(code, out.toString(), err.toString());
    }
}
