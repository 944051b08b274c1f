package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.interview.Interviews;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.profile.Profile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx status ID interview|offer|declined}: records what became of a submitted application.
 * Moving it to {@code interview} also generates and stores an interview preparation package from
 * the posting and the profile's work history, and prints it ({@code nyx prep ID} shows it again).
 * Assembles Nyx with its plugins: the notifiers hear of the change.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Records what became of an application: interview (prepares you for it), offer or declined.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Mixin
    private StorageOptions storage;

    @Parameters(index = "0", paramLabel = "ID", description = "The application's id, as 'nyx apply' printed it.")
    private long id;

    @Parameters(index = "1", paramLabel = "STATUS", description = "interview, offer or declined.")
    private String status;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The candidate's profile, for the interview preparation (default: ./profile.yaml).")
    private Path profileFile;

    @Override
    public Integer call() {
        ApplicationStatus target = Interviews.parseStatus(status);
        Profile profile = target == ApplicationStatus.INTERVIEW
                ? new ProfileLoader().load(ApplyCommand.profileFile(profileFile)) : null;
        PrintWriter out = nyx.out();
        try (Nyx assembled = Nyx.builder().config(nyx.config(storage)).build()) {
            Interviews interviews = assembled.interviews();
            Interviews.StatusUpdate update = profile != null ? interviews.moveTo(id, target, profile)
                    : interviews.moveTo(id, target);
            out.println("Application " + id + " is now " + update.application().status() + ": "
                    + update.application().url());
            update.prep().ifPresent(prep -> PrepCommand.print(out, prep));
            update.prepProblem().ifPresent(problem -> out.println("No interview preparation: " + problem));
            return update.prepProblem().isPresent() ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }
}
