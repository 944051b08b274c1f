package dev.nyx.examples.runner;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.profile.Profile;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.greenhouse.BackendEngineerAnswers;
import dev.nyx.testkit.greenhouse.GreenhouseFixedSelectorScript;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warm time per application on the classic Greenhouse replica: the whole Nyx pipeline (fetch
 * through the Job Board API, dedupe, answers, fill with the label-based helpers, read-back QA,
 * claim, submit, confirmation with screenshot, every step stored) against a hand-written
 * Playwright script with fixed selectors filling the same form, in the same JVM. Prints both
 * medians and their ratio; a benchmark, not a test: it never fails on timing.
 *
 * <p>Run (after {@code ./mvnw -B -DskipTests install} so the plugins folder exists):
 * <pre>
 * ./mvnw -B -q -pl nyx-examples/runner test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.nyx.examples.runner.ApplyBenchmark -Dexec.args="10 3"
 * </pre>
 * Arguments: measured rounds per side (default 10), warm-up rounds per side (default 3).
 * {@code -Dnyx.bench.steps=true} prints, for each measured Nyx round, the gaps between the application's
 * stored events (the fill step is the gap from {@code FILLING} to {@code SUBMITTING}). Without
 * {@code mvn install}: build the tree ({@code ./mvnw -B -o -pl nyx-examples/runner -am package -DskipTests}),
 * then from {@code nyx-examples/runner} run {@code java} with {@code target/test-classes}, {@code target/classes},
 * the modules' {@code target/classes} and the dependency classpath (see {@code docs/benchmarks.md}).
 */
public final class ApplyBenchmark {
    private static final PrintStream OUT = System.out;

    private ApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("nyx-bench-");
        Path root = repositoryRoot();
        Path pluginsFolder = root.resolve("nyx-examples/runner/target/nyx/plugins");
        Path sampleProfile = root.resolve("nyx-examples/sample/profile.yaml");
        Path resume = root.resolve("nyx-examples/sample/resume-en.pdf");

        GreenhousePosting template = GreenhouseFixtures.postings().stream()
                .filter(posting -> posting.id() == GreenhouseFixtures.BACKEND_ENGINEER).findFirst().orElseThrow();
        int nyxPostings = warmup + rounds;
        List<GreenhousePosting> postings = new ArrayList<>(GreenhouseFixtures.postings());
        for (int i = 1; i <= nyxPostings; i++) {
            // Nyx never applies twice to one posting (nor to a re-posted title): one copy per round
            postings.add(new GreenhousePosting(template.boardToken(), template.id() + 1000 + i,
                    template.internalJobId() + 1000 + i, template.title() + " team " + i, template.companyName(),
                    template.location(), template.descriptionHtml(), template.updatedAt(), template.questions(),
                    template.locationQuestion(), template.eeoc(), template.open()));
        }

        try (ReplicaServer server = ReplicaServer.start()) {
            GreenhouseReplica replica = GreenhouseReplica.start(server, postings, GreenhouseReplica.DEFAULT_API_KEY,
                    new java.util.Random(7));
            Profile profile = DemoAnswers.addTo(new ProfileLoader().load(sampleProfile));
            NyxConfig config = config(folder, pluginsFolder, server);

            List<Long> nyxTimes = new ArrayList<>();
            List<Long> scriptTimes = new ArrayList<>();
            try (Nyx nyx = Nyx.builder().config(config).build(); TestBrowser browser = TestBrowser.launch()) {
                BackendEngineerAnswers answers = BackendEngineerAnswers.sample(resume);
                String scriptUrl = replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER)
                        .toString();
                for (int i = 1; i <= nyxPostings; i++) {
                    String url = replica.postingUrl(GreenhouseStyle.CLASSIC, template.id() + 1000 + i).toString();
                    long nyxNanos = timeNyx(nyx, url, profile);
                    if (Boolean.getBoolean("nyx.bench.steps") && i > warmup) {
                        printSteps(nyx, nyxNanos);
                    }
                    long scriptNanos = timeScript(browser, scriptUrl, answers);
                    if (i > warmup) {
                        nyxTimes.add(nyxNanos);
                        scriptTimes.add(scriptNanos);
                    }
                }
            }
            long nyxMedian = median(nyxTimes);
            long scriptMedian = median(scriptTimes);
            OUT.printf("rounds: %d measured (+%d warm-up) per side, classic Greenhouse replica%n", rounds, warmup);
            OUT.printf("Nyx pipeline       median %6.0f ms  (all: %s)%n", nyxMedian / 1e6, millis(nyxTimes));
            OUT.printf("fixed-selector     median %6.0f ms  (all: %s)%n", scriptMedian / 1e6, millis(scriptTimes));
            OUT.printf("ratio Nyx/script   %.2f%n", (double) nyxMedian / scriptMedian);
            OUT.printf("submissions recorded by the replica: %d%n", replica.submissions().size());
        }
    }

    private static long timeNyx(Nyx nyx, String url, Profile profile) {
        long start = System.nanoTime();
        ApplyOutcome outcome = nyx.applications().apply(new ApplyRequest(url, profile, Optional.empty(), false,
                Optional.empty()));
        long elapsed = System.nanoTime() - start;
        if (outcome.status().orElse(null) != ApplicationStatus.SUBMITTED) {
            throw new IllegalStateException("Nyx did not submit " + url + ": " + outcome);
        }
        return elapsed;
    }

    /** Where the last application's time went: the gaps between its stored events. */
    private static void printSteps(Nyx nyx, long totalNanos) {
        ApplicationStore store = nyx.injector().getInstance(ApplicationStore.class);
        EventLog events = nyx.injector().getInstance(EventLog.class);
        long id = store.findByStatus(EnumSet.allOf(ApplicationStatus.class)).stream()
                .mapToLong(Application::id).max().orElseThrow();
        Instant previous = null;
        OUT.printf("application %d, %d ms in all%n", id, totalNanos / 1_000_000);
        for (Event event : events.forApplication(id)) {
            long gap = previous == null ? 0 : Duration.between(previous, event.at()).toMillis();
            OUT.printf("  +%5d ms  %-10s %s%n", gap, event.type(), event.message());
            previous = event.at();
        }
    }

    private static long timeScript(TestBrowser browser, String url, BackendEngineerAnswers answers) {
        long start = System.nanoTime();
        Page page = browser.newPage();
        BrowserContext context = page.context();
        try {
            page.navigate(url);
            GreenhouseFixedSelectorScript.fillClassic(page, answers);
            GreenhouseFixedSelectorScript.submitClassic(page);
        } finally {
            context.close();
        }
        return System.nanoTime() - start;
    }

    private static NyxConfig config(Path folder, Path pluginsFolder, ReplicaServer server) {
        NyxConfig base = new ConfigLoader(Map.of()).withDefaultPluginsDirectory(pluginsFolder).loadDefaults();
        Map<String, Map<String, String>> settings = new HashMap<>(base.plugins().settings());
        settings.put("greenhouse", Map.of("apiBaseUrl", server.url(GreenhouseReplica.API_MOUNT).toString()));
        return new NyxConfig(folder, new NyxConfig.Database(Optional.of("jdbc:h2:file:" + folder.resolve("db/nyx")),
                Optional.empty(), Optional.empty(), 4),
                new NyxConfig.Plugins(pluginsFolder, base.plugins().mode(), settings), base.browser(), base.llm(),
                base.policyFile(), base.limits(), new NyxConfig.Network(true));
    }

    /** The checkout's root, found upwards from the working folder (Maven may run from either). */
    private static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isDirectory(folder.resolve("nyx-examples/sample"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("run from inside the Nyx checkout");
        }
        return folder;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String millis(List<Long> values) {
        return values.stream().map(nanos -> Long.toString(nanos / 1_000_000)).toList().toString();
    }
}
