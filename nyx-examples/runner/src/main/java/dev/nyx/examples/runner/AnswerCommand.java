package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.answer.Corrections;
import dev.nyx.core.storage.Correction;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx answer APPLICATION_ID "question" "answer"}: stores the candidate's correction of an
 * answer (earlier values are kept, the newest wins) and prints the question's history. From the
 * next application on, the answer bank gives it to the same question, or one meaning the same.
 * Goes through {@code Nyx.answers()} on a Nyx without plugins (no browser): in effect, only the database.
 */
@Command(name = "answer", mixinStandardHelpOptions = true,
        description = "Corrects an answer: the answer bank gives it from now on to this question (or one meaning the same).")
final class AnswerCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Mixin
    private StorageOptions storage;

    @Parameters(index = "0", paramLabel = "APPLICATION_ID", description = "The application the answer was wrong in.")
    private long applicationId;

    @Parameters(index = "1", paramLabel = "QUESTION", description = "The question, as the form asks it.")
    private String question;

    @Parameters(index = "2", paramLabel = "ANSWER", description = "The answer it should get.")
    private String answer;

    @Override
    public Integer call() {
        PrintWriter out = nyx.out();
        try (Nyx assembled = nyx.withoutPlugins(storage)) {
            Corrections corrections = assembled.answers();
            Correction stored = corrections.correct(applicationId, question, answer);
            out.println("Stored: \"" + stored.question() + "\" -> \"" + stored.answer() + "\" (correction "
                    + stored.id() + ", from application " + applicationId + ").");
            List<Correction> history = corrections.history(stored.question());
            if (history.size() > 1) {
                out.println("Earlier answers to this question, oldest first:");
                history.subList(0, history.size() - 1).forEach(earlier -> out.println("  " + earlier.at() + "  \""
                        + earlier.answer() + "\"" + earlier.applicationId().map(id -> " (application " + id + ")")
                        .orElse("")));
            }
            return ExitCodes.OK;
        }
    }
}
