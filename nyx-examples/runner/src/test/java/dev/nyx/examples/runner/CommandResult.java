package dev.nyx.examples.runner;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the runner with captured output. */
record CommandResult(int exitCode, String out, String err) {

    static CommandResult run(String... args) {
        return run(Map.of(), args);
    }

    static CommandResult run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new CommandResult(code, out.toString(), err.toString());
    }
}
