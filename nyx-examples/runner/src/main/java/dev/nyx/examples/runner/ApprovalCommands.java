package dev.nyx.examples.runner;

import dev.nyx.core.plan.ApprovalService;
import dev.nyx.core.storage.Storage;
import dev.nyx.model.Application;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx queue}, {@code nyx approve ID}, {@code nyx reject ID}: the applications the effort
 * policy holds for the candidate's approval. Each command opens the configured database, does one
 * thing and closes it.
 */
final class ApprovalCommands {
    private ApprovalCommands() {
    }

    /** {@code nyx queue}: lists the applications awaiting approval, oldest first. */
    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "Lists the applications waiting for your approval.")
    static final class Queue implements Callable<Integer> {
        @ParentCommand
        private NyxCommand nyx;

        @Override
        public Integer call() {
            PrintWriter out = nyx.out();
            try (Storage storage = Storage.open(nyx.config(), Clock.systemUTC())) {
                List<Application> queued = new ApprovalService(storage.applications()).queue();
                if (queued.isEmpty()) {
                    out.println("No applications are waiting for approval.");
                    return ExitCodes.OK;
                }
                out.println(queued.size() + (queued.size() == 1 ? " application waits" : " applications wait")
                        + " for approval ('nyx approve ID' or 'nyx reject ID'):");
                for (Application application : queued) {
                    out.println(String.format(Locale.ROOT, "  %-6d score %-4s effort %-7s %s", application.id(),
                            application.matchScore().map(String::valueOf).orElse("-"),
                            application.effort().map(effort -> effort.name().toLowerCase(Locale.ROOT)).orElse("-"),
                            application.url()));
                }
                return ExitCodes.OK;
            }
        }
    }

    /** {@code nyx approve ID}: the pipeline then continues the application. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves an application waiting for approval; it is then applied to.")
    static final class Approve implements Callable<Integer> {
        @ParentCommand
        private NyxCommand nyx;

        @Parameters(paramLabel = "ID", description = "The application's id, as 'nyx queue' lists it.")
        private long id;

        @Override
        public Integer call() {
            try (Storage storage = Storage.open(nyx.config(), Clock.systemUTC())) {
                Application approved = new ApprovalService(storage.applications()).approve(id);
                nyx.out().println("Application " + approved.id() + " approved: " + approved.url());
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

        @Parameters(paramLabel = "ID", description = "The application's id, as 'nyx queue' lists it.")
        private long id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the application's history.")
        private String reason;

        @Override
        public Integer call() {
            try (Storage storage = Storage.open(nyx.config(), Clock.systemUTC())) {
                Application rejected = new ApprovalService(storage.applications())
                        .reject(id, Optional.ofNullable(reason).filter(text -> !text.isBlank()));
                nyx.out().println("Application " + rejected.id() + " rejected: " + rejected.url());
                return ExitCodes.OK;
            }
        }
    }
}
