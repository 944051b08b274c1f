package dev.nyx.examples.runner;

import dev.nyx.core.problem.Problem;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Profile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nyx profile ...}: commands about the candidate profile. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Works with candidate profiles.",
        subcommands = ProfileCommand.Check.class)
final class ProfileCommand implements Runnable {
    @ParentCommand
    NyxCommand nyx;

    @Override
    public void run() {
        // "nyx profile" alone: show its subcommands
        new picocli.CommandLine(this).usage(nyx.out());
    }

    /**
     * {@code nyx profile check FILE}: validates a profile. Valid: a short summary on stdout, exit 0.
     * Invalid: every problem, one per line with its path and line, on stderr, exit 2.
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validates a profile and prints a summary, or every problem found.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private ProfileCommand profile;

        @Parameters(paramLabel = "FILE", description = "The profile (.yaml, .yml or .json).")
        private Path file;

        @Override
        public Integer call() {
            InputFiles.requireFile(file, "Profile file", "check the path (e.g. nyx-examples/sample/profile.yaml)");
            PrintWriter out = profile.nyx.out();
            PrintWriter err = profile.nyx.err();
            Profile loaded;
            try {
                loaded = new ProfileLoader().load(file);
            } catch (ValidationException e) {
                List<Problem> problems = e.problems();
                err.println(e.source() + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                problems.forEach(problem -> err.println("  " + problem.describe()));
                return ExitCodes.BAD_INPUT;
            }
            printSummary(loaded, out);
            return ExitCodes.OK;
        }

        private void printSummary(Profile loaded, PrintWriter out) {
            List<String> countries = loaded.nyx().workAuthorization().entrySet().stream()
                    .filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
            out.println(file + " is valid.");
            out.println("  name:               " + loaded.fullName());
            out.println("  email:              " + loaded.basics().email());
            out.println("  jobs:               " + loaded.work().size());
            out.println("  skills:             " + loaded.skills().size());
            out.println("  resumes:            " + loaded.nyx().resumes().size()
                    + loaded.nyx().defaultResume().map(Resume::id).map(id -> " (default: " + id + ")").orElse(""));
            out.println("  work authorisation: " + (countries.isEmpty() ? "none given" : String.join(", ", countries)));
        }
    }
}
