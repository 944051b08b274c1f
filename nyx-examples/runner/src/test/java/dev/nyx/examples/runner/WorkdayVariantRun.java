package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.core.storage.EventLog;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.profile.Profile;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.llm.OpenAiCompatibleServer;
import dev.nyx.testkit.mail.MailReplica;
import dev.nyx.testkit.workday.WorkdayExpected;
import dev.nyx.testkit.workday.WorkdayReplica;
import dev.nyx.testkit.workday.WorkdaySubmission;
import dev.nyx.testkit.workday.WorkdayVariant;
import dev.nyx.testkit.workday.WorkdayVariants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Applies through the real pipeline (one {@link Nyx}, one browser, the Workday plugin archive, the credential
 * vault, the candidate's mailbox on a {@link MailReplica}, the language-model replica) to the tenants
 * {@link WorkdayVariants} makes, one replica tenant per seed on one {@link ReplicaServer}, and compares each
 * submission the replica recorded with the variant's expected values, field by field, work and education entry by
 * entry, and the resume's bytes. Shared by {@link WorkdayGeneratedWizardIT} and {@link WorkdayFidelityBenchmark};
 * one instance per run; {@link #apply} may be called from as many threads at once as the run's concurrency (each
 * seed has a tenant of its own).
 */
final class WorkdayVariantRun implements AutoCloseable {
    private static final String MAIL_LOGIN = "lena";
    private static final String MAIL_PASSWORD = "mailbox-secret-for-tests";

    private final ReplicaServer server;
    private final MailReplica mail;
    private final Nyx nyx;
    private final Profile profile;
    private final byte[] resume;
    private final List<WorkdayVariant> variants;
    private final Map<Long, WorkdayReplica> replicas;

    private WorkdayVariantRun(ReplicaServer server, MailReplica mail, Nyx nyx, Profile profile, byte[] resume,
                              List<WorkdayVariant> variants, Map<Long, WorkdayReplica> replicas) {
        this.server = server;
        this.mail = mail;
        this.nyx = nyx;
        this.profile = profile;
        this.resume = resume;
        this.variants = variants;
        this.replicas = replicas;
    }

    /**
     * What applying to one variant gave.
     *
     * @param problems one line per wrong value ({@code step.field: why}) or why nothing was submitted
     * @param causes   the distinct causes ({@code wrong field: <concept>}, {@code not submitted: <status> <code>})
     * @param duration wall time of the apply call
     */
    record SeedResult(WorkdayVariant variant, boolean submitted, int valuesRight, int valuesTotal,
                      List<String> problems, List<String> causes, Duration duration) {
        boolean passed() {
            return causes.isEmpty();
        }
    }

    /** Starts the servers, one replica tenant per seed, and Nyx with the Workday plugin archive, one at a time. */
    static WorkdayVariantRun start(Path folder, Path pluginArchive, LongStream seeds) throws IOException {
        return start(folder, pluginArchive, seeds, 1);
    }

    /**
     * Like {@link #start(Path, Path, LongStream)}, with Nyx's {@code limits.concurrency} at {@code concurrency}, so
     * that as many threads may call {@link #apply} at once (each application in a browser of its own).
     */
    static WorkdayVariantRun start(Path folder, Path pluginArchive, LongStream seeds, int concurrency)
            throws IOException {
        List<WorkdayVariant> variants = seeds.mapToObj(WorkdayVariants::generate).toList();
        ReplicaServer server = ReplicaServer.start();
        MailReplica mail = MailReplica.start().withUser(VariantProfile.EMAIL, MAIL_LOGIN, MAIL_PASSWORD);
        Map<Long, WorkdayReplica> replicas = new LinkedHashMap<>();
        for (WorkdayVariant variant : variants) {
            WorkdayReplica replica = WorkdayReplica.start(server, variant.tenant(), List.of(variant.posting()),
                    variant.wizard());
            connectMail(replica, mail);
            replicas.put(variant.seed(), replica);
        }
        OpenAiCompatibleServer llm = OpenAiCompatibleServer.mountOn(server);
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Files.copy(pluginArchive, plugins.resolve(pluginArchive.getFileName()));
        Path config = Files.writeString(folder.resolve("nyx.yaml"), "dataDirectory: " + folder.resolve("data") + "\n"
                + "plugins:\n  directory: " + plugins + "\n"
                + "browser:\n  stepTimeout: 10s\n"
                // every tenant is a job of its own though titles repeat across seeds
                + "matching:\n  sameJobWindow: 0s\n"
                + "limits:\n  concurrency: " + concurrency + "\n");
        NyxConfig loaded = new ConfigLoader(Map.of()).load(config);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        NyxConfig nyxConfig = new NyxConfig(loaded.dataDirectory(), loaded.database(), loaded.plugins(),
                loaded.browser(), new NyxConfig.Llm(Optional.of(llm.baseUrl()), Optional.of("sk-variants"),
                Optional.of("nyx-test-model"), Map.of()), loaded.policyFile(), loaded.limits(),
                new NyxConfig.Network(true), loaded.captcha(), loaded.matching(),
                new NyxConfig.Vault(Optional.empty(), Optional.of(Base64.getEncoder().encodeToString(key)),
                        Optional.empty()),
                mail.mailboxSettings(MAIL_LOGIN, MAIL_PASSWORD, Duration.ofMillis(200)));
        Path profileFile = WorkdayVariants.writeProfile(folder.resolve("profile"));
        Profile profile = new ProfileLoader().load(profileFile);
        byte[] resume = Files.readAllBytes(profileFile.resolveSibling("resume-en.pdf"));
        Nyx nyx = Nyx.builder().config(nyxConfig).build();
        return new WorkdayVariantRun(server, mail, nyx, profile, resume, variants, replicas);
    }

    /** The replica sends its verification mails (tenants that verify emails) to the candidate's mailbox. */
    private static void connectMail(WorkdayReplica replica, MailReplica mail) {
        replica.sendMailVia(mail);
    }

    List<WorkdayVariant> variants() {
        return variants;
    }

    /** Applies to {@code variant}'s posting and checks what its replica recorded. */
    SeedResult apply(WorkdayVariant variant) {
        WorkdayReplica replica = replicas.get(variant.seed());
        long start = System.nanoTime();
        ApplyOutcome outcome = nyx.applications().apply(new ApplyRequest(
                replica.postingUrl(variant.posting().jobReqId()).toString(), profile, Optional.of("workday"), false,
                Optional.empty()));
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        if (Boolean.getBoolean("nyx.bench.steps")) {
            outcome.applicationId().ifPresent(this::printSteps);
        }
        List<WorkdaySubmission> submissions = replica.submissions();
        int total = variant.checkedValues();
        List<String> problems = new ArrayList<>();
        TreeSet<String> causes = new TreeSet<>();
        boolean submitted = outcome.status().orElse(null) == ApplicationStatus.SUBMITTED && submissions.size() == 1;
        if (!submitted) {
            String why = outcome.failure().map(failure -> failure.code() + " " + failure.message())
                    .or(outcome::reason).orElse("no reason");
            problems.add("not submitted: " + outcome.status().map(Enum::name).orElse("?") + " " + why
                    + "; unanswered " + outcome.unanswered() + "; submissions " + submissions.size()
                    + "; steps saved " + replica.savedSteps().stream().map(save -> save.step()).toList());
            causes.addAll(notSubmittedCauses(variant, outcome, why));
            return new SeedResult(variant, false, 0, total, problems, List.copyOf(causes), duration);
        }
        WorkdaySubmission submission = submissions.get(0);
        LocalDate today = LocalDate.now();
        int right = 0;
        for (Map.Entry<String, WorkdayExpected> entry : variant.expected().entrySet()) {
            right += check(entry.getKey(), entry.getValue(), submission.values().getOrDefault(entry.getKey(),
                    List.of()), today, problems, causes);
        }
        right += checkEntries("work", variant.expectedWork(), submission.work(), today, problems, causes);
        right += checkEntries("education", variant.expectedEducation(), submission.education(), today, problems,
                causes);
        if (variant.resumeExpected()) {
            if (submission.resumeName().endsWith(".pdf") && Arrays.equals(submission.resumeBytes(), resume)) {
                right++;
            } else {
                problems.add("resume: expected the profile's resume-en.pdf, got '" + submission.resumeName() + "' ("
                        + submission.resumeBytes().length + " bytes)");
                causes.add("wrong field: resume");
            }
        }
        return new SeedResult(variant, true, right, total, problems, List.copyOf(causes), duration);
    }

    /**
     * Why nothing was submitted: per required question left without an answer (the outcome names each by its label)
     * {@code needs input: <concept>}, else the status and error code.
     */
    private static List<String> notSubmittedCauses(WorkdayVariant variant, ApplyOutcome outcome, String why) {
        String status = outcome.status().map(Enum::name).orElse("?");
        if (status.equals("NEEDS_INPUT")) {
            List<String> concepts = variant.expected().values().stream()
                    .filter(expected -> why.contains("'" + expected.label() + "'"))
                    .map(expected -> "needs input: " + expected.concept()).distinct().toList();
            if (!concepts.isEmpty()) {
                return concepts;
            }
        }
        String code = outcome.failure().map(failure -> failure.code().name()).orElse("");
        return List.of(("not submitted: " + status + " " + code).strip());
    }

    /** Where an application's time went: the gaps between its stored events. */
    private void printSteps(long applicationId) {
        Instant previous = null;
        for (Event event : nyx.injector().getInstance(EventLog.class).forApplication(applicationId)) {
            long gap = previous == null ? 0 : Duration.between(previous, event.at()).toMillis();
            System.out.printf("  +%5d ms  %-10s %s%n", gap, event.type(), event.message());
            previous = event.at();
        }
    }

    private static int check(String where, WorkdayExpected expected, List<String> recorded, LocalDate today,
                             List<String> problems, TreeSet<String> causes) {
        Optional<String> mismatch = expected.mismatch(recorded, today);
        if (mismatch.isEmpty()) {
            return 1;
        }
        problems.add(where + ": " + mismatch.get());
        causes.add("wrong field: " + expected.concept());
        return 0;
    }

    /** Entry {@code i}'s keys against the recorded entry {@code i}; a missing entry makes all its keys wrong. */
    private static int checkEntries(String kind, List<Map<String, WorkdayExpected>> expected,
                                    List<Map<String, String>> recorded, LocalDate today, List<String> problems,
                                    TreeSet<String> causes) {
        int right = 0;
        if (expected.isEmpty()) {
            return 0;
        }
        if (recorded.size() != expected.size()) {
            problems.add(kind + ": expected " + expected.size() + " entries, saved " + recorded.size());
            causes.add("wrong field: " + kind + " entries");
        }
        for (int index = 0; index < expected.size(); index++) {
            Map<String, String> entry = index < recorded.size() ? recorded.get(index) : Map.of();
            for (Map.Entry<String, WorkdayExpected> value : expected.get(index).entrySet()) {
                String saved = entry.getOrDefault(value.getKey(), "");
                right += check(kind + "[" + index + "]." + value.getKey(), value.getValue(),
                        saved.isEmpty() ? List.of() : List.of(saved), today, problems, causes);
            }
        }
        return right;
    }

    /** A one-line description of the variant for reports. */
    static String describe(WorkdayVariant variant) {
        return variant.tenant().host() + " " + variant.tenant().ui() + (variant.wizard().verifyEmail()
                ? " verify-email" : "") + " steps " + variant.stepKeys();
    }

    @Override
    public void close() {
        try {
            nyx.close();
        } finally {
            try {
                mail.close();
            } finally {
                server.close();
            }
        }
    }
}
