package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.lever.LeverFixtures;
import dev.nyx.testkit.lever.LeverReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the runner's public entry point ({@link Main#run}) and the real Lever plugin archive
 * loaded by PF4J: the Lever replica's posting with every card kind, the EEO survey, consent boxes, links and
 * the resume parse that pre-fills stale basics; one recorded submission, equal field by field to what the
 * profile says; closed postings and unknown sites submit nothing.
 */
class LeverEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CARD = LeverFixtures.QUESTIONS_CARD;

    @TempDir
    Path temp;

    private ReplicaServer server;
    private LeverReplica replica;
    private Path config;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        server = ReplicaServer.start();
        replica = LeverReplica.start(server);
        PluginArchives.installLeverPlugin(temp.resolve("plugins"));
        config = Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: " + temp.resolve("data") + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n"
                + "  settings:\n    lever:\n      apiBaseUrl: " + replica.apiBaseUrl() + "\n"
                + "      euApiBaseUrl: " + replica.euApiBaseUrl() + "\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n");
        profile = VariantProfile.writeTo(temp.resolve("profile"));
        // the one answer the profile's facts cannot give: why this company
        Files.writeString(profile, "    - question: /why do you want to join/i\n"
                + "      answer: I want my payments experience to move robots.\n", java.nio.file.StandardOpenOption.APPEND);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<JsonNode> apply(int expectedExit, String... arguments) throws Exception {
        List<String> args = new ArrayList<>(List.of("apply", "--config", config.toString(), "--profile",
                profile.toString(), "--json", "--allow-private-addresses"));
        args.addAll(List.of(arguments));
        CommandResult result = CommandResult.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(expectedExit);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.out().strip().split("\\R")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void should_submit_what_the_profile_says_field_by_field_when_applying_to_the_lever_replica() throws Exception {
        // when
        JsonNode outcome = apply(0, replica.postingUrl(LeverFixtures.BACKEND_ENGINEER).toString()).get(0);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        assertThat(outcome.get("ats").asText()).isEqualTo("lever");
        Submission submission = replica.submissionsFor(LeverFixtures.BACKEND_ENGINEER).get(0);
        assertThat(replica.submissionsFor(LeverFixtures.BACKEND_ENGINEER)).hasSize(1);
        Map<String, List<String>> fields = submission.fields();
        // standard fields: the profile's, not the stale resume parse's
        assertThat(fields.get("name")).containsExactly("Lena Moreau");
        assertThat(fields.get("email")).containsExactly(VariantProfile.EMAIL);
        assertThat(fields.get("phone")).containsExactly(VariantProfile.PHONE);
        assertThat(fields.get("org")).containsExactly("Rhône Payments");
        assertThat(fields.get("location")).containsExactly("Lyon, France");
        assertThat(fields.get("selectedLocation")).singleElement().asString().contains("\"Lyon, France\"");
        // links by kind
        assertThat(fields.get("urls[LinkedIn]")).containsExactly(VariantProfile.LINKEDIN);
        assertThat(fields.get("urls[GitHub]")).containsExactly(VariantProfile.GITHUB);
        assertThat(fields.get("urls[Portfolio]")).containsExactly(VariantProfile.WEBSITE);
        // every card kind: text, textarea, multiple choice, multiple select, dropdown
        assertThat(fields.get("cards[" + CARD + "][field0]")).containsExactly("9");
        assertThat(fields.get("cards[" + CARD + "][field1]")).containsExactly("I want my payments experience to move robots.");
        assertThat(fields.get("cards[" + CARD + "][field2]")).containsExactly("Yes");
        assertThat(fields.get("cards[" + CARD + "][field3]")).containsExactlyInAnyOrder("Java", "Kafka", "PostgreSQL");
        assertThat(fields.get("cards[" + CARD + "][field4]")).containsExactly("Company careers site");
        assertThat(fields.get("cards[" + LeverFixtures.LOGISTICS_CARD + "][field0]")).containsExactly("Yes");
        // EEO declined, as the profile says
        assertThat(fields.get("eeo[gender]")).containsExactly("Decline to self-identify");
        assertThat(fields.get("eeo[race]")).containsExactly("Decline to self-identify");
        assertThat(fields.get("eeo[veteran]")).containsExactly("Decline to self-identify");
        assertThat(fields.get("eeo[disability]")).containsExactly("I don't wish to answer");
        // consent: processing given, marketing not (the profile does not opt in)
        assertThat(fields.get("consent[store]")).containsExactly("true");
        assertThat(fields).doesNotContainKey("consent[marketing]");
        // the resume's bytes
        assertThat(submission.files()).singleElement().satisfies(file -> {
            assertThat(file.fieldName()).isEqualTo("resume");
            assertThat(file.bytes()).isEqualTo(Files.readAllBytes(temp.resolve("profile/resume-en.pdf")));
        });
        try (Nyx nyx = Nyx.builder().config(new ConfigLoader(Map.of()).load(config)).build()) {
            ApplicationStore store = nyx.injector().getInstance(ApplicationStore.class);
            Application stored = store.find(outcome.get("applicationId").asLong()).orElseThrow();
            assertThat(stored.status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(store.confirmation(stored.id())).hasValueSatisfying(confirmation -> {
                assertThat(confirmation.finalUrl().toString()).endsWith("/thanks");
                assertThat(confirmation.screenshot()).hasValueSatisfying(file -> assertThat(file).exists());
            });
        }
    }

    @Test
    void should_submit_nothing_and_say_why_when_the_posting_is_closed_or_the_site_unknown() throws Exception {
        // when: the replica's 404 pages carry no Lever fingerprint (on jobs.lever.co the address says Lever)
        List<JsonNode> outcomes = apply(1, "--ats", "lever", replica.postingUrl(LeverFixtures.CLOSED).toString(),
                replica.postingUrl("nosuchco", LeverFixtures.BACKEND_ENGINEER).toString());

        // then
        assertThat(outcomes.get(0).get("error").toString()).contains("POSTING_CLOSED");
        assertThat(outcomes.get(1).get("error").toString()).contains("POSTING_NOT_FOUND", "nosuchco");
        assertThat(replica.submissions()).isEmpty();
    }
}
