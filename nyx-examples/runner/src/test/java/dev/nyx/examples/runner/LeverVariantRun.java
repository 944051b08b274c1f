package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.profile.Profile;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.variants.Expected;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.lever.LeverReplica;
import dev.nyx.testkit.lever.variants.GeneratedLeverForm;
import dev.nyx.testkit.lever.variants.LeverFormGenerator;
import dev.nyx.testkit.lever.variants.LeverVariantBoard;
import dev.nyx.testkit.llm.OpenAiCompatibleServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Applies through the real pipeline (one {@link Nyx}, one browser, the Lever plugin archive) to generated
 * Lever forms and compares each recorded submission with the form's expectation: {@link VariantRun}'s
 * method for Lever. One instance per run, not thread-safe.
 */
final class LeverVariantRun implements AutoCloseable {
    private final ReplicaServer server;
    private final LeverVariantBoard board;
    private final Nyx nyx;
    private final Profile profile;
    private final List<GeneratedLeverForm> forms;
    private final Path folder;

    private LeverVariantRun(ReplicaServer server, LeverVariantBoard board, Nyx nyx, Profile profile,
                            List<GeneratedLeverForm> forms, Path folder) {
        this.server = server;
        this.board = board;
        this.nyx = nyx;
        this.profile = profile;
        this.forms = forms;
        this.folder = folder;
    }

    /** What applying to one generated form gave. */
    record SeedResult(GeneratedLeverForm form, boolean submitted, int fieldsRight, int fieldsTotal,
                      List<String> problems, List<String> causes, Duration duration) {
        boolean passed() {
            return causes.isEmpty();
        }
    }

    /** Starts the replica server, the LLM endpoint and Nyx with the Lever plugin archive. */
    static LeverVariantRun start(Path folder, Path pluginArchive, LongStream seeds) throws IOException {
        List<GeneratedLeverForm> forms = seeds.mapToObj(LeverFormGenerator::generate).toList();
        ReplicaServer server = ReplicaServer.start();
        LeverVariantBoard board = LeverVariantBoard.start(server, forms);
        OpenAiCompatibleServer llm = OpenAiCompatibleServer.mountOn(server);
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Files.copy(pluginArchive, plugins.resolve(pluginArchive.getFileName()));
        Path config = Files.writeString(folder.resolve("nyx.yaml"), "dataDirectory: " + folder.resolve("data") + "\n"
                + "plugins:\n  directory: " + plugins + "\n"
                + "  settings:\n    lever:\n      apiBaseUrl: " + server.url(LeverReplica.API_MOUNT) + "\n"
                + "      euApiBaseUrl: " + server.url(LeverReplica.EU_API_MOUNT) + "\n"
                + "browser:\n  stepTimeout: 10s\n"
                // every generated form is a job of its own: titles differ only by the seed's number, which the
                // same-job check reads as a requisition code, so it is switched off for these runs
                + "matching:\n  sameJobWindow: 0s\n");
        NyxConfig loaded = new ConfigLoader(Map.of()).load(config);
        NyxConfig nyxConfig = new NyxConfig(loaded.dataDirectory(), loaded.database(), loaded.plugins(),
                loaded.browser(), new NyxConfig.Llm(Optional.of(llm.baseUrl()), Optional.of("sk-variants"),
                Optional.of("nyx-test-model"), Map.of()), loaded.policyFile(), loaded.limits(),
                new NyxConfig.Network(true), loaded.captcha(), loaded.matching());
        Profile profile = new ProfileLoader().load(VariantProfile.writeTo(folder.resolve("profile")));
        Nyx nyx = Nyx.builder().config(nyxConfig).build();
        return new LeverVariantRun(server, board, nyx, profile, forms, folder);
    }

    List<GeneratedLeverForm> forms() {
        return forms;
    }

    /** Applies to {@code form} and checks what the replica recorded. */
    SeedResult apply(GeneratedLeverForm form) {
        long start = System.nanoTime();
        ApplyOutcome outcome = nyx.applications().apply(new ApplyRequest(board.url(form).toString(), profile,
                Optional.empty(), false, Optional.empty()));
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        List<Submission> submissions = board.submissionsFor(form);
        int total = form.expected().size() + (form.resumeExpected() ? 1 : 0);
        List<String> problems = new ArrayList<>();
        TreeSet<String> causes = new TreeSet<>();
        boolean submitted = outcome.status().orElse(null) == ApplicationStatus.SUBMITTED && submissions.size() == 1;
        if (!submitted) {
            String why = outcome.failure().map(failure -> failure.code() + " " + failure.message())
                    .or(outcome::reason).orElse("no reason");
            problems.add("not submitted: " + outcome.status().map(Enum::name).orElse("?") + " " + why
                    + "; unanswered " + outcome.unanswered() + "; submissions " + submissions.size());
            causes.addAll(notSubmittedCauses(form, outcome, why));
            return new SeedResult(form, false, 0, total, problems, List.copyOf(causes), duration);
        }
        Submission submission = submissions.get(0);
        Map<String, List<String>> fields = submission.fields();
        int right = 0;
        for (Map.Entry<String, Expected> entry : form.expected().entrySet()) {
            Optional<String> mismatch = entry.getValue().mismatch(fields.getOrDefault(entry.getKey(), List.of()));
            if (mismatch.isEmpty()) {
                right++;
            } else {
                problems.add(entry.getKey() + ": " + mismatch.get());
                causes.add("wrong field: " + entry.getValue().concept());
            }
        }
        if (form.resumeExpected()) {
            if (submission.files().stream().anyMatch(file -> file.fileName().endsWith(".pdf"))) {
                right++;
            } else {
                problems.add("resume: no PDF uploaded");
                causes.add("wrong field: resume");
            }
        }
        return new SeedResult(form, true, right, total, problems, List.copyOf(causes), duration);
    }

    private static List<String> notSubmittedCauses(GeneratedLeverForm form, ApplyOutcome outcome, String why) {
        String status = outcome.status().map(Enum::name).orElse("?");
        if (status.equals("NEEDS_INPUT")) {
            List<String> concepts = form.expected().values().stream()
                    .filter(expected -> why.contains("'" + expected.label() + "'"))
                    .map(expected -> "needs input: " + expected.concept()).distinct().toList();
            if (!concepts.isEmpty()) {
                return concepts;
            }
        }
        String code = outcome.failure().map(failure -> failure.code().name()).orElse("");
        return List.of(("not submitted: " + status + " " + code).strip());
    }

    /** Writes the form's page HTML (as served) next to the run's data; returns the file. */
    Path writeHtml(GeneratedLeverForm form) {
        try {
            Path file = Files.createDirectories(folder.resolve("failed-forms")).resolve("lever-seed-" + form.seed()
                    + ".html");
            String apply = board.url(form).toString();
            apply = apply.endsWith("/apply") ? apply : apply + "/apply";
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(apply))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return Files.writeString(file, page.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving the form of seed " + form.seed(), e);
        }
    }

    @Override
    public void close() {
        try {
            nyx.close();
        } finally {
            server.close();
        }
    }
}
