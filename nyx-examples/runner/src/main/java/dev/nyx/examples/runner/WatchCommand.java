package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.core.storage.Watch;
import dev.nyx.core.watch.WatchRun;
import dev.nyx.model.profile.Profile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx watch add URL|company}, {@code nyx watch list}, {@code nyx watch remove ID},
 * {@code nyx watch run [ID]}: company boards Nyx watches. A run queues every posting not seen before
 * for approval (or the policy skips it); {@code nyx queue} then lists them and {@code nyx approve ID}
 * plus {@code nyx queue run} apply. {@code add} and {@code run} load the plugins (the sources list the
 * boards); {@code list} and {@code remove} only need the database.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class,
            WatchCommand.Run.class},
        description = "Watches company boards and queues each new posting once ('watch add', 'list', 'remove', 'run').")
final class WatchCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Mixin
    private StorageOptions storage;

    /** {@code nyx watch} alone lists the watches. */
    @Override
    public Integer call() {
        return list(nyx, storage);
    }

    static Integer list(NyxCommand nyx, StorageOptions storage) {
        PrintWriter out = nyx.out();
        try (Nyx assembled = nyx.withoutPlugins(storage)) {
            List<Watch> watches = assembled.watches().list();
            if (watches.isEmpty()) {
                out.println("No boards are watched; add one with 'nyx watch add https://boards.greenhouse.io/acme'"
                        + " or 'nyx watch add acme'.");
                return ExitCodes.OK;
            }
            out.println(watches.size() + (watches.size() == 1 ? " board is" : " boards are") + " watched:");
            for (Watch watch : watches) {
                long open = assembled.watches().postings(watch.id()).stream().filter(p -> p.open()).count();
                out.println(String.format(Locale.ROOT, "  %-4d %-11s %s  (%d open posting%s; last run %s)", watch.id(),
                        watch.source(), watch.boardUrl(), open, open == 1 ? "" : "s",
                        watch.lastRunAt().map(Object::toString).orElse("never")));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code nyx watch add URL|company}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Watches a board (its URL), or every board a company has on the installed sites (its name there).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private WatchCommand watch;

        @Mixin
        private StorageOptions storage;

        @Parameters(paramLabel = "URL|COMPANY", description = "A board URL (https://boards.greenhouse.io/acme,"
                + " https://jobs.lever.co/acme) or the company's name on its job sites (acme).")
        private String target;

        @Option(names = "--allow-private-addresses",
                description = "Allow loopback and private hosts (local replicas, demos).")
        private boolean allowPrivateAddresses;

        @Override
        public Integer call() {
            NyxConfig config = RunnerConfigs.with(watch.nyx.config(), storage, allowPrivateAddresses);
            try (Nyx assembled = Nyx.builder().config(config).build()) {
                for (Watch added : assembled.watches().add(target)) {
                    watch.nyx.out().println("Watching " + added.boardUrl() + " (" + added.source() + ", watch "
                            + added.id() + "); 'nyx watch run' queues its postings.");
                }
                return ExitCodes.OK;
            }
        }
    }

    /** {@code nyx watch list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the watched boards.")
    static final class ListWatches implements Callable<Integer> {
        @ParentCommand
        private WatchCommand watch;

        @Mixin
        private StorageOptions storage;

        @Override
        public Integer call() {
            return list(watch.nyx, storage);
        }
    }

    /** {@code nyx watch remove ID}. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stops watching a board (applications it queued stay).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        private WatchCommand watch;

        @Mixin
        private StorageOptions storage;

        @Parameters(paramLabel = "ID", description = "The watch's id, as 'nyx watch list' shows it.")
        private long id;

        @Override
        public Integer call() {
            try (Nyx assembled = watch.nyx.withoutPlugins(storage)) {
                Watch removed = assembled.watches().remove(id);
                watch.nyx.out().println("No longer watching " + removed.boardUrl() + " (watch " + removed.id() + ").");
                return ExitCodes.OK;
            }
        }
    }

    /** {@code nyx watch run [ID]}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Lists every watched board (or one) and queues each posting not seen before.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        private WatchCommand watch;

        @Mixin
        private StorageOptions storage;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this watch (default: all).")
        private Long id;

        @Option(names = "--profile", paramLabel = "FILE",
                description = "The candidate's profile (default: ./profile.yaml if present).")
        private Path profileFile;

        @Option(names = "--allow-private-addresses",
                description = "Allow loopback and private hosts (local replicas, demos).")
        private boolean allowPrivateAddresses;

        @Override
        public Integer call() {
            PrintWriter out = watch.nyx.out();
            Profile profile = new ProfileLoader().load(ApplyCommand.profileFile(profileFile));
            NyxConfig config = RunnerConfigs.with(watch.nyx.config(), storage, allowPrivateAddresses);
            try (Nyx assembled = Nyx.builder().config(config).build()) {
                List<WatchRun> runs = id == null ? assembled.watches().runAll(profile)
                        : List.of(assembled.watches().run(id, profile));
                if (runs.isEmpty()) {
                    out.println("No boards are watched; add one with 'nyx watch add URL|company'.");
                }
                boolean failed = false;
                for (WatchRun run : runs) {
                    failed |= print(out, run);
                }
                return failed ? ExitCodes.FAILURE : ExitCodes.OK;
            }
        }

        private static boolean print(PrintWriter out, WatchRun run) {
            String board = "Watch " + run.watch().id() + " " + run.watch().boardUrl();
            if (run.failure().isPresent()) {
                out.println(board + ": not listed, nothing changed: " + run.failure().get());
                return true;
            }
            out.println(board + ": " + run.listed() + " open, " + run.found().size() + " new (" + run.queued()
                    + " queued for approval, " + run.skipped() + " skipped, " + run.failed() + " failed), "
                    + run.closed().size() + " closed");
            for (WatchRun.Found found : run.found()) {
                ApplyOutcome outcome = found.outcome();
                String what = outcome.failure().map(failure -> "failed " + failure.code() + ": " + failure.message())
                        .orElseGet(() -> outcome.status().map(Enum::name).orElse("?")
                                + outcome.applicationId().map(number -> " #" + number).orElse("")
                                + outcome.reason().map(reason -> ": " + reason).orElse(""));
                out.println("  new  " + found.posting().title() + " <" + found.posting().url() + ">  " + what);
            }
            run.closed().forEach(url -> out.println("  closed  " + url));
            return run.failed() > 0;
        }
    }
}
