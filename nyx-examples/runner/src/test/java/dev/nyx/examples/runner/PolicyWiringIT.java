package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.Storage;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.CompanyTier;
import dev.nyx.core.storage.Correction;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.llm.OpenAiCompatibleServer;
import dev.nyx.testkit.llm.RecordedChatRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 through the runner ({@link Main#run}) and the real Greenhouse plugin: the effort policy
 * decides skip / approval / apply, approval and company tiers work from the command line, a broken
 * policy file is a clear error, corrections are stored with their history, and an interview
 * stores a preparation package (polished by the testkit's OpenAI-compatible server).
 */
class PolicyWiringIT {
    private static final Path SAMPLE = Path.of("..", "sample");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every score waits for approval: the path from the queue to the submission is deterministic. */
    private static final String ALL_APPROVAL = "bands:\n  - from: 0\n    to: 100\n    decision: approval\n";

    @TempDir
    Path temp;

    private ReplicaServer server;
    private GreenhouseReplica replica;
    private OpenAiCompatibleServer llm;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        server = ReplicaServer.start();
        replica = GreenhouseReplica.start(server);
        llm = OpenAiCompatibleServer.mountOn(server);
        PluginArchives.installGreenhousePlugin(temp.resolve("plugins"));
        for (String resume : List.of("resume-en.pdf", "resume-de.pdf")) {
            Files.copy(SAMPLE.resolve(resume), temp.resolve(resume));
        }
        String yaml = Files.readString(SAMPLE.resolve("profile.yaml"));
        String marker = "  answers:                # the answer bank: text or /regex/flags -> answer; first match wins\n";
        assertThat(yaml).contains(marker);
        profile = Files.writeString(temp.resolve("profile.yaml"), yaml.replace(marker, marker
                + "    - question: /why do you want to work at/i\n      answer: I want to build Acme's platform.\n"
                + "    - question: /legally authori[sz]ed to work/i\n      answer: \"Yes\"\n"
                + "    - question: /how did you hear/i\n      answer: Company website\n"
                + "    - question: /which languages do you use/i\n      answer: Java\n"
                + "    - question: /privacy notice/i\n      answer: I agree\n"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path config(Optional<String> policy, boolean withLlm) throws Exception {
        String yaml = "dataDirectory: " + temp.resolve("data") + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n"
                + "  settings:\n    greenhouse:\n      apiBaseUrl: " + server.url(GreenhouseReplica.API_MOUNT) + "\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n";
        if (policy.isPresent()) {
            yaml += "policyFile: " + Files.writeString(temp.resolve("policy.yaml"), policy.get()) + "\n";
        }
        if (withLlm) {
            yaml += "llm:\n  baseUrl: " + llm.baseUrl() + "\n  model: test-model\n";
        }
        return Files.writeString(temp.resolve("nyx.yaml"), yaml);
    }

    private CommandResult run(Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--config");
        all.add(2, config.toString());
        return CommandResult.run(all.toArray(String[]::new));
    }

    private JsonNode applyJson(Path config, int expectedExit, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("apply", "--profile", profile.toString(), "--json",
                "--allow-private-addresses"));
        args.addAll(List.of(extra));
        CommandResult result = run(config, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(expectedExit);
        return JSON.readTree(result.out().strip());
    }

    private Storage storage() {
        return Storage.open(new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2),
                temp.resolve("data"), Clock.systemUTC());
    }

    private String classic() {
        return replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER).toString();
    }

    @Test
    void should_queue_then_apply_once_approved_when_the_policy_asks_for_approval_and_respect_policy_is_given()
            throws Exception {
        // given: a policy where every score waits for approval
        Path config = config(Optional.of(ALL_APPROVAL), false);

        // when: applied with --respect-policy
        JsonNode queued = applyJson(config, 1, "--respect-policy", classic());

        // then: it waits, with its score and reasons shown and stored; nothing was submitted
        long id = queued.get("applicationId").asLong();
        assertThat(queued.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(queued.get("decision").asText()).isEqualTo("AWAIT_APPROVAL");
        assertThat(queued.get("score").asInt()).isBetween(0, 100);
        assertThat(queued.get("reasons").size()).isGreaterThanOrEqualTo(2);
        assertThat(queued.get("reasons").get(0).asText()).containsAnyOf("Similarity", "Skills", ":");
        assertThat(queued.get("reason").asText()).contains("waits for your approval", "nyx approve " + id);
        assertThat(replica.submissions()).isEmpty();
        try (Storage storage = storage()) {
            Application stored = storage.applications().find(id).orElseThrow();
            assertThat(stored.matchScore()).contains(queued.get("score").asInt());
            assertThat(stored.matchReasons()).hasSize(queued.get("reasons").size());
            assertThat(stored.companyTier()).contains(CompanyTier.NORMAL);
        }
        CommandResult list = run(config, "queue");
        assertThat(list.out()).contains("1 application waits for approval").contains(String.valueOf(id));

        // when: approved, then the queue is run
        CommandResult approve = run(config, "approve", String.valueOf(id));
        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("nyx queue run");
        assertThat(run(config, "queue").out()).contains("1 approved, to apply with 'nyx queue run'");
        CommandResult ran = run(config, "queue", "run", "--profile", profile.toString(), "--json",
                "--allow-private-addresses");

        // then: the same application is submitted exactly once
        assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();
        JsonNode applied = JSON.readTree(ran.out().strip());
        assertThat(applied.get("applicationId").asLong()).isEqualTo(id);
        assertThat(applied.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(applied.get("decision").asText()).isEqualTo("APPLY");
        assertThat(replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).hasSize(1);
        assertThat(run(config, "queue", "run", "--profile", profile.toString()).out())
                .contains("No approved applications");
    }

    @Test
    void should_apply_a_named_posting_despite_the_bands_and_skip_an_avoided_company_when_the_policy_is_respected()
            throws Exception {
        // given: every score waits for approval, and the company is to be avoided
        Path config = config(Optional.of(ALL_APPROVAL), false);
        CommandResult tier = run(config, "company", "tier", "Acme Robotics", "avoid");
        assertThat(tier.exitCode()).as(tier.err()).isZero();

        // when: named without --respect-policy
        JsonNode named = applyJson(config, 0, classic());

        // then: it counts as approved, at the policy's effort, with the tier's caveat
        assertThat(named.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(named.get("tier").asText()).isEqualTo("avoid");
        assertThat(named.get("effort").asText()).isEqualTo("low");
        assertThat(named.get("score").isInt()).isTrue();
        assertThat(replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).hasSize(1);

        // when: another posting of the same company, with --respect-policy
        String other = replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.DATA_ANALYST).toString();
        JsonNode respected = applyJson(config, 1, "--respect-policy", other);

        // then: skipped, with the tier as the reason
        assertThat(respected.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(respected.get("reason").asText()).contains("Company tier avoid");
        assertThat(replica.submissionsFor(GreenhouseFixtures.DATA_ANALYST)).isEmpty();
    }

    @Test
    void should_name_the_file_and_line_and_exit_2_when_the_policy_file_is_broken() throws Exception {
        // given: the second band overlaps the first, and a decision is misspelled
        Path config = config(Optional.of("bands:\n  - from: 0\n    to: 60\n    decision: skip\n"
                + "  - from: 50\n    to: 100\n    decision: aply\n"), false);

        // when
        CommandResult result = run(config, "apply", "--profile", profile.toString(), "--allow-private-addresses",
                classic());

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("policy.yaml").contains("line 7").contains("unknown decision \"aply\"");
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_store_corrections_with_history_and_prepare_the_interview_when_the_application_moves_to_interview()
            throws Exception {
        // given: a submitted application, and a language model for the briefing
        Path config = config(Optional.empty(), true);
        llm.reply("<questions>", "- I would talk about the order platform I built in Java.");
        long id = applyJson(config, 0, classic()).get("applicationId").asLong();

        // when: an answer is corrected twice, and bad corrections are given
        CommandResult first = run(config, "answer", String.valueOf(id), "Are you willing to relocate?", "No");
        CommandResult second = run(config, "answer", String.valueOf(id), "Are you willing to relocate? ", "Yes");
        CommandResult unknown = run(config, "answer", "4711", "Are you willing to relocate?", "Yes");
        CommandResult empty = run(config, "answer", String.valueOf(id), "Are you willing to relocate?", " ");

        // then: both are kept, the newest wins; the bad ones are refused with exit 2 and a reason
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.out()).contains("Earlier answers to this question").contains("\"No\"");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no application with id 4711");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("is empty");
        try (Storage storage = storage()) {
            assertThat(storage.answerBank().history("are you willing to relocate"))
                    .extracting(Correction::answer).containsExactly("No", "Yes");
            assertThat(storage.answerBank().latest()).extracting(Correction::answer).containsExactly("Yes");
        }

        // when: the candidate got an interview
        int llmCallsBefore = llm.requests().size();
        CommandResult interview = run(config, "status", String.valueOf(id), "interview", "--profile",
                profile.toString());

        // then: the package is printed and stored, polished within budget, from posting data and stories
        assertThat(interview.exitCode()).as(interview.out() + interview.err()).isZero();
        assertThat(interview.out()).contains("is now INTERVIEW", "Likely questions:", "Why Acme Robotics",
                "Your stories:", "Senior Software Engineer", "Briefing (by the language model",
                "order platform I built in Java");
        List<RecordedChatRequest> prepCalls = llm.requestsSince(llmCallsBefore);
        assertThat(prepCalls).singleElement().satisfies(call -> {
            assertThat(call.promptText()).contains("<posting>", "</posting>", "<candidate>")
                    .doesNotContain("+49 170 5550123", "1989-06-14");
            assertThat(call.systemPrompt()).contains("untrusted data");
        });
        CommandResult shown = run(config, "prep", String.valueOf(id));
        assertThat(shown.out()).contains("Interview preparation for application " + id, "Likely questions:");
        try (Storage storage = storage()) {
            assertThat(storage.applications().find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.INTERVIEW);
            assertThat(storage.interviewPreps().latest(id)).hasValueSatisfying(prep -> {
                assertThat(prep.company()).isEqualTo("Acme Robotics");
                assertThat(prep.briefing()).isPresent();
                assertThat(prep.tokens().total()).isPositive();
            });
        }
        CommandResult offer = run(config, "status", String.valueOf(id), "offer");
        assertThat(offer.out()).contains("is now OFFER");
        CommandResult backwards = run(config, "status", String.valueOf(id), "interview", "--profile",
                profile.toString());
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("is OFFER and cannot move to INTERVIEW");
    }
}
