package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.plan.ApprovalService;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Application;
import dev.nyx.model.profile.Profile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx queue}, {@code nyx queue run}, {@code nyx approve ID}, {@code nyx reject ID}: the
 * applications the effort policy holds for the candidate's approval. The path: the policy puts an
 * application in {@code AWAITING_APPROVAL} ({@code nyx queue} lists it), {@code nyx approve ID}
 * marks it {@code APPROVED}, and {@code nyx queue run} (or {@code nyx apply URL}) applies to every
 * approved application at the policy's effort. The listing and decision commands go through
 * {@code Nyx.approvals()} on a Nyx without plugins (no browser); {@code queue run} assembles Nyx with
 * its plugins, and the browser starts with the first application.
 */
final class ApprovalCommands {
    private ApprovalCommands() {
    }

    /** {@code nyx queue}: lists the applications awaiting approval, oldest first, and those approved. */
    @Command(name = "queue", mixinStandardHelpOptions = true, subcommands = ApprovalCommands.Run.class,
            description = "Lists the applications waiting for your approval ('queue run' applies the approved ones).")
    static final class Queue implements Callable<Integer> {
        @ParentCommand
        private NyxCommand nyx;

        @Mixin
        private StorageOptions storage;

        @Override
        public Integer call() {
            PrintWriter out = nyx.out();
            try (Nyx assembled = nyx.withoutPlugins(storage)) {
                ApprovalService approvals = assembled.approvals();
                List<Application> queued = approvals.queue();
                if (queued.isEmpty()) {
                    out.println("No applications are waiting for approval.");
                } else {
                    out.println(queued.size() + (queued.size() == 1 ? " application waits" : " applications wait")
                            + " for approval ('nyx approve ID' or 'nyx reject ID'):");
                    queued.forEach(application -> out.println(describe(application)));
                }
                List<Application> approved = approvals.approved();
                if (!approved.isEmpty()) {
                    out.println(approved.size() + " approved, to apply with 'nyx queue run':");
                    approved.forEach(application -> out.println(describe(application)));
                }
                return ExitCodes.OK;
            }
        }

        private static String describe(Application application) {
            return String.format(Locale.ROOT, "  %-6d score %-4s effort %-7s %s", application.id(),
                    application.matchScore().map(String::valueOf).orElse("-"),
                    application.effort().map(effort -> effort.name().toLowerCase(Locale.ROOT)).orElse("-"),
                    application.url()) + application.companyTier()
                    .map(tier -> " (tier " + tier.name().toLowerCase(Locale.ROOT) + ")").orElse("");
        }
    }

    /** {@code nyx queue run}: applies to every approved application, oldest first. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Applies to every application you approved, at the effort the policy gives it.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        private Queue queue;

        @Option(names = "--profile", paramLabel = "FILE",
                description = "The candidate's profile (default: ./profile.yaml if present).")
        private Path profileFile;

        @Mixin
        private StorageOptions storage;

        @Option(names = "--dry-run", description = "Fill the forms but never submit.")
        private boolean dryRun;

        @Option(names = "--json", description = "Print one JSON object per application.")
        private boolean json;

        @Option(names = "--allow-private-addresses",
                description = "Allow loopback and private hosts (local replicas, demos).")
        private boolean allowPrivateAddresses;

        @Override
        public Integer call() {
            NyxCommand nyx = queue.nyx;
            Profile profile = new ProfileLoader().load(ApplyCommand.profileFile(profileFile));
            NyxConfig config = RunnerConfigs.with(nyx.config(), storage, allowPrivateAddresses);
            OutcomePrinter printer = new OutcomePrinter(nyx.out(), profile, json);
            List<ApplyOutcome> outcomes = new ArrayList<>();
            try (Nyx assembled = Nyx.builder().config(config).build()) {
                List<Application> approved = assembled.approvals().approved();
                if (approved.isEmpty() && !json) {
                    nyx.out().println("No approved applications to apply to ('nyx queue' lists what waits).");
                }
                for (Application application : approved) {
                    // queued work: the bands would decide, but an approved application counts as approved
                    ApplyRequest request = new ApplyRequest(application.url().toString(), profile, Optional.empty(),
                            dryRun, Optional.empty(), false, false);
                    ApplyOutcome outcome = assembled.applications().apply(request);
                    printer.print(outcome);
                    outcomes.add(outcome);
                }
            }
            return ApplyCommand.exitCode(outcomes, dryRun);
        }
    }

    /** {@code nyx approve ID}: {@code nyx queue run} (or {@code nyx apply URL}) then applies to it. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves an application waiting for approval; 'nyx queue run' then applies to it.")
    static final class Approve implements Callable<Integer> {
        @ParentCommand
        private NyxCommand nyx;

        @Mixin
        private StorageOptions storage;

        @Parameters(paramLabel = "ID", description = "The application's id, as 'nyx queue' lists it.")
        private long id;

        @Override
        public Integer call() {
            try (Nyx assembled = nyx.withoutPlugins(storage)) {
                Application approved = assembled.approvals().approve(id);
                nyx.out().println("Application " + approved.id() + " approved: " + approved.url()
                        + "\nApply to it with 'nyx queue run' (or 'nyx apply " + approved.url() + "').");
                return ExitCodes.OK;
            }
        }
    }

    /** {@code nyx reject ID [--reason TEXT]}: the application ends as rejected. */
    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Rejects an application waiting for approval; it is not applied to.")
    static final class Reject implements Callable<Integer> {
        @ParentCommand
        private NyxCommand nyx;

        @Mixin
        private StorageOptions storage;

        @Parameters(paramLabel = "ID", description = "The application's id, as 'nyx queue' lists it.")
        private long id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the application's history.")
        private String reason;

        @Override
        public Integer call() {
            try (Nyx assembled = nyx.withoutPlugins(storage)) {
                Application rejected = assembled.approvals()
                        .reject(id, Optional.ofNullable(reason).filter(text -> !text.isBlank()));
                nyx.out().println("Application " + rejected.id() + " rejected: " + rejected.url());
                return ExitCodes.OK;
            }
        }
    }
}
