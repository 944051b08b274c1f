package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.UploadedFile;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx demo}: starts the testkit's Greenhouse replica on 127.0.0.1 inside this process,
 * applies to its postings (classic and new-style board) through the same public API as
 * {@code nyx apply}, and prints what the replica received. Private addresses are allowed for this
 * run only; the Greenhouse plugin's {@code apiBaseUrl} points at the replica; data and database go
 * to a fresh temporary folder unless {@code --db} is given. Needs the Greenhouse plugin in the
 * plugins folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Applies to a local Greenhouse replica and shows what it received (no internet needed).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The candidate's profile (default: nyx-examples/sample/profile.yaml).")
    private Path profileFile;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "The database (default: one in a temporary folder).")
    private String databaseUrl;

    @Option(names = "--dry-run", description = "Fill the forms but never submit.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object per posting.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        Path profilePath = Optional.ofNullable(profileFile).or(Distribution::sampleProfile)
                .orElseThrow(() -> new NyxException(ErrorCode.INVALID_INPUT, "The sample profile was not found:"
                        + " pass --profile FILE (e.g. nyx-examples/sample/profile.yaml)"));
        Profile profile = new ProfileLoader().load(profilePath);
        PrintWriter out = nyx.out();
        if (profileFile == null) {
            profile = DemoAnswers.addTo(profile);
            out.println("Sample profile " + profilePath + " with " + DemoAnswers.count()
                    + " answer-bank entries for the replica's own questions");
        }
        Path folder = Files.createTempDirectory("nyx-demo-");
        try (ReplicaServer server = ReplicaServer.start()) {
            GreenhouseReplica replica = GreenhouseReplica.start(server);
            NyxConfig config = demoConfig(nyx.config(), folder, server);
            out.println("Greenhouse replica on " + server.baseUrl() + "; data in " + folder);
            OutcomePrinter printer = new OutcomePrinter(out, profile, json);
            List<ApplyOutcome> outcomes = new ArrayList<>();
            try (Nyx assembled = Nyx.builder().config(config).build()) {
                for (String url : List.of(
                        replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER).toString(),
                        replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.DATA_ANALYST).toString())) {
                    ApplyOutcome outcome = assembled.applications().apply(new ApplyRequest(url, profile,
                            Optional.empty(), dryRun, Optional.empty()));
                    printer.print(outcome);
                    outcomes.add(outcome);
                }
            }
            printSubmissions(out, replica.submissions());
            return ApplyCommand.exitCode(outcomes, dryRun);
        }
    }

    private NyxConfig demoConfig(NyxConfig base, Path folder, ReplicaServer server) {
        Map<String, Map<String, String>> settings = new HashMap<>(base.plugins().settings());
        Map<String, String> greenhouse = new HashMap<>(settings.getOrDefault("greenhouse", Map.of()));
        greenhouse.put("apiBaseUrl", server.url(GreenhouseReplica.API_MOUNT).toString());
        settings.put("greenhouse", greenhouse);
        NyxConfig.Database database = new NyxConfig.Database(Optional.of(Optional.ofNullable(databaseUrl)
                .orElse("jdbc:h2:file:" + folder.resolve("db/nyx"))), base.database().username(),
                base.database().password(), base.database().maximumPoolSize());
        return new NyxConfig(folder, database, new NyxConfig.Plugins(base.plugins().directory(),
                base.plugins().mode(), settings), base.browser(), base.llm(), base.policyFile(), base.limits(),
                new NyxConfig.Network(true), NyxConfig.Captcha.defaults(), base.matching());
    }

    private static void printSubmissions(PrintWriter out, List<Submission> submissions) {
        out.println("The replica recorded " + submissions.size() + " submission(s):");
        for (Submission submission : submissions) {
            out.println("  " + submission.site() + " posting " + submission.postingId() + ": "
                    + submission.fields().size() + " fields, files " + submission.files().stream()
                    .map(UploadedFile::fileName).toList());
            submission.fields().forEach((name, values) -> out.println("    " + name + " = " + values));
        }
        out.flush();
    }
}
