package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.browser.Browsers;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx demo}: starts the testkit's Greenhouse replica on 127.0.0.1 inside this process,
 * applies to its postings (classic and new-style board) through the same public API as
 * {@code nyx apply}, and prints what the replica received. Private addresses are allowed for this
 * run only; the Greenhouse plugin's {@code apiBaseUrl} points at the replica; data (evidence
 * included) and database go to a fresh temporary folder unless {@code --data-dir} (and
 * {@code --db}) say otherwise. Needs the Greenhouse plugin in the plugins folder.
 *
 * <p>On a fresh machine the demo is enough by itself: when no browser is found it installs
 * Debian's Chromium the way {@code scripts/install-browser.sh} does ({@link BrowserInstaller}),
 * saying so, unless {@code --no-browser-install} is given.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Applies to a local Greenhouse replica and shows what it received (no internet needed).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The candidate's profile (default: nyx-examples/sample/profile.yaml).")
    private Path profileFile;

    @Mixin
    private StorageOptions storage;

    @Option(names = "--dry-run", description = "Fill the forms but never submit.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object per posting.")
    private boolean json;

    @Option(names = "--no-browser-install",
            description = "Stop instead of installing Debian's Chromium (apt-get) when no browser is found.")
    private boolean noBrowserInstall;

    @Override
    public Integer call() throws IOException {
        Path profilePath = Optional.ofNullable(profileFile).or(Distribution::sampleProfile)
                .orElseThrow(() -> new NyxException(ErrorCode.INVALID_INPUT, "The sample profile was not found:"
                        + " pass --profile FILE (e.g. nyx-examples/sample/profile.yaml)"));
        Profile profile = new ProfileLoader().load(profilePath);
        PrintWriter out = nyx.out();
        NyxConfig base = nyx.config();
        new BrowserInstaller(() -> Browsers.executable(base.browser()), BrowserInstaller.CommandRunner.local(), out)
                .ensureBrowser(!noBrowserInstall);
        if (profileFile == null) {
            profile = DemoAnswers.addTo(profile);
            out.println("Sample profile " + profilePath + " with " + DemoAnswers.count()
                    + " answer-bank entries for the replica's own questions");
        }
        // the demo's own data stays apart from the candidate's unless --data-dir says otherwise
        Path folder = storage.dataDirectory().isPresent() ? storage.dataDirectory().get()
                : Files.createTempDirectory("nyx-demo-");
        try (ReplicaServer server = ReplicaServer.start()) {
            GreenhouseReplica replica = GreenhouseReplica.start(server);
            NyxConfig config = demoConfig(base, folder, server);
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
        // the embedded database in the demo's folder unless --db names one
        NyxConfig.Database database = new NyxConfig.Database(storage.databaseUrl(), base.database().username(),
                base.database().password(), base.database().maximumPoolSize());
        return new NyxConfig(folder, database, new NyxConfig.Plugins(base.plugins().directory(),
                base.plugins().mode(), settings, base.plugins().variables()), base.browser(), base.llm(),
                base.policyFile(), base.limits(), new NyxConfig.Network(true), NyxConfig.Captcha.defaults(),
                base.matching());
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
