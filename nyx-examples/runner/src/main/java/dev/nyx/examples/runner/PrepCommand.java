package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.interview.Interviews;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.InterviewPrep;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx prep ID [--regenerate]}: shows the newest interview preparation package of an
 * application ({@code nyx status ID interview} makes the first), or makes a new one.
 */
@Command(name = "prep", mixinStandardHelpOptions = true,
        description = "Shows the interview preparation of an application (likely questions, your stories, a briefing).")
final class PrepCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Mixin
    private StorageOptions storage;

    @Parameters(paramLabel = "ID", description = "The application's id.")
    private long id;

    @Option(names = "--regenerate", description = "Make a new package (e.g. after editing the profile).")
    private boolean regenerate;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The candidate's profile, with --regenerate (default: ./profile.yaml).")
    private Path profileFile;

    @Override
    public Integer call() {
        try (Nyx assembled = Nyx.builder().config(nyx.config(storage)).build()) {
            Interviews interviews = assembled.interviews();
            InterviewPrep prep = regenerate
                    ? interviews.prepare(id, new ProfileLoader().load(ApplyCommand.profileFile(profileFile)))
                    : interviews.prep(id).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "application " + id
                    + " has no interview preparation yet: 'nyx status " + id + " interview' makes one"));
            print(nyx.out(), prep);
            return ExitCodes.OK;
        }
    }

    /** Prints a package for people. */
    static void print(PrintWriter out, InterviewPrep prep) {
        out.println("Interview preparation for application " + prep.applicationId() + ": " + prep.role() + " at "
                + prep.company() + " (made " + prep.createdAt() + ")");
        out.println("Likely questions:");
        List<String> questions = prep.likelyQuestions();
        for (int index = 0; index < questions.size(); index++) {
            out.println("  " + (index + 1) + ". " + questions.get(index));
        }
        out.println(prep.stories().isEmpty() ? "Your stories: no position of your work history matches this role."
                : "Your stories:");
        for (InterviewPrep.Story story : prep.stories()) {
            out.println("  - " + story.position() + " at " + story.employer()
                    + (story.period().isEmpty() ? "" : " (" + story.period() + ")") + ": " + story.why());
            if (!story.summary().isBlank()) {
                out.println("      " + story.summary());
            }
            story.highlights().forEach(highlight -> out.println("      * " + highlight));
        }
        if (prep.briefing().isPresent()) {
            out.println("Briefing (by the language model, " + prep.tokens().total() + " tokens):");
            prep.briefing().get().lines().forEach(line -> out.println("  " + line));
        } else {
            out.println("No briefing: no language model is configured, or its budget did not allow one.");
        }
        out.flush();
    }
}
