package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx apply URL...}: applies to each URL in turn through {@code Nyx.applications()} and
 * prints one line (or, with {@code --json}, one JSON object) per URL. A URL named here counts as
 * approved (its score is computed and shown, its effort follows the policy); with
 * {@code --respect-policy} the policy's bands may skip it or queue it for approval. Exit code 0 when
 * every URL ended submitted (or filled, in a dry run), 2 when some URL was bad input, else 1.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Applies to job postings: fills each form and submits it exactly once.")
final class ApplyCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The candidate's profile (default: ./profile.yaml if present).")
    private Path profileFile;

    @Mixin
    private StorageOptions storage;

    @Option(names = "--ats", paramLabel = "NAME", description = "Use this adapter whatever the URL looks like.")
    private String ats;

    @Option(names = "--dry-run", description = "Fill the forms but never submit; leaves a screenshot of each"
            + " in the data folder's evidence/<id>/.")
    private boolean dryRun;

    @Option(names = "--respect-policy", description = "Let the effort policy skip or queue these postings for"
            + " approval like queued work (by default a posting you name counts as approved).")
    private boolean respectPolicy;

    @Option(names = "--json", description = "Print one JSON object per URL.")
    private boolean json;

    @Option(names = "--allow-private-addresses",
            description = "Allow loopback and private hosts (local replicas, demos).")
    private boolean allowPrivateAddresses;

    @Parameters(paramLabel = "URL", arity = "1..*", description = "Posting URLs to apply to.")
    private List<String> urls = new ArrayList<>();

    @Override
    public Integer call() {
        Profile profile = new ProfileLoader().load(profileFile(profileFile));
        NyxConfig config = RunnerConfigs.with(nyx.config(), storage, allowPrivateAddresses);
        OutcomePrinter printer = new OutcomePrinter(nyx.out(), profile, json);
        List<ApplyOutcome> outcomes = new ArrayList<>();
        try (Nyx assembled = Nyx.builder().config(config).build()) {
            for (String url : urls) {
                ApplyRequest request = new ApplyRequest(url, profile, Optional.ofNullable(ats), dryRun, Optional.empty(),
                        true, respectPolicy);
                ApplyOutcome outcome = assembled.applications().apply(request);
                printer.print(outcome);
                outcomes.add(outcome);
            }
        }
        return exitCode(outcomes, dryRun);
    }

    static int exitCode(List<ApplyOutcome> outcomes, boolean dryRun) {
        if (outcomes.stream().anyMatch(ApplyOutcome::badInput)) {
            return ExitCodes.BAD_INPUT;
        }
        ApplicationStatus wanted = dryRun ? ApplicationStatus.FILLING : ApplicationStatus.SUBMITTED;
        // a posting submitted by an earlier run is done too: nothing is left to do for it
        boolean allDone = outcomes.stream().allMatch(outcome -> outcome.submittedEarlier() || outcome.failure().isEmpty()
                && outcome.duplicateOf().isEmpty() && outcome.status().filter(wanted::equals).isPresent());
        return allDone ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** {@code --profile FILE} when given (it must exist), else {@code ./profile.yaml} (it must exist). */
    static Path profileFile(Path profileFile) {
        if (profileFile != null) {
            return InputFiles.requireFile(profileFile, "Profile file", "check --profile");
        }
        Path here = Path.of("profile.yaml");
        if (!Files.isRegularFile(here)) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "No profile given and no profile.yaml in "
                    + Path.of("").toAbsolutePath() + ": pass --profile FILE (see nyx-examples/sample/profile.yaml)");
        }
        return here;
    }
}
