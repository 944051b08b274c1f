package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.EventType;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
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
 * End to end through the runner's public entry point ({@link Main#run}) and the real Greenhouse
 * plugin archive loaded by PF4J: both replica page styles, one recorded submission each, everything
 * stored; applying again submits nothing.
 */
class GreenhouseEndToEndIT {
    private static final Path SAMPLE = GreenhouseProfiles.SAMPLE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private ReplicaServer server;
    private GreenhouseReplica replica;
    private Path config;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        server = ReplicaServer.start();
        replica = GreenhouseReplica.start(server);
        PluginArchives.installGreenhousePlugin(temp.resolve("plugins"));
        config = Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: " + temp.resolve("data") + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n"
                + "  settings:\n    greenhouse:\n      apiBaseUrl: " + server.url(GreenhouseReplica.API_MOUNT) + "\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n");
        profile = GreenhouseProfiles.sampleWithAnswers(temp);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<JsonNode> apply(int expectedExit, String... urls) throws Exception {
        List<String> args = new ArrayList<>(List.of("apply", "--config", config.toString(), "--profile",
                profile.toString(), "--json", "--allow-private-addresses"));
        args.addAll(List.of(urls));
        CommandResult result = CommandResult.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(expectedExit);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.out().strip().split("\\R")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void should_submit_each_posting_once_and_store_everything_when_applying_to_both_page_styles() throws Exception {
        String classic = replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER).toString();
        String jobBoards = replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.DATA_ANALYST).toString();

        List<JsonNode> outcomes = apply(0, classic, jobBoards);

        assertThat(outcomes).hasSize(2).allSatisfy(outcome -> {
            assertThat(outcome.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(outcome.get("ats").asText()).isEqualTo("greenhouse");
            assertThat(outcome.get("error").isNull()).isTrue();
            assertThat(outcome.get("answers").size()).isPositive();
        });
        List<Submission> backend = replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER);
        assertThat(backend).singleElement().satisfies(submission -> {
            Map<String, List<String>> fields = submission.fields();
            assertThat(fields.get("job_application[first_name]")).containsExactly("Mara");
            assertThat(fields.get("job_application[last_name]")).containsExactly("Lindqvist");
            assertThat(fields.get("job_application[email]")).containsExactly("mara.lindqvist@example.com");
            assertThat(fields.get("job_application[answers_attributes][1][text_value]"))
                    .containsExactly("I want to build Acme's platform.");
            assertThat(submission.files()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("resume-en.pdf");
                assertThat(file.bytes()).isEqualTo(Files.readAllBytes(SAMPLE.resolve("resume-en.pdf")));
            });
        });
        assertThat(replica.submissionsFor(GreenhouseFixtures.DATA_ANALYST)).singleElement()
                .satisfies(submission -> assertThat(submission.fields().get("first_name")).containsExactly("Mara"));
        try (Nyx nyx = Nyx.builder().config(new ConfigLoader(Map.of()).load(config)).build()) {
            ApplicationStore store = nyx.injector().getInstance(ApplicationStore.class);
            for (JsonNode outcome : outcomes) {
                long id = outcome.get("applicationId").asLong();
                Application stored = store.find(id).orElseThrow();
                assertThat(stored.status()).isEqualTo(ApplicationStatus.SUBMITTED);
                assertThat(stored.submittedAt()).isPresent();
                assertThat(store.answers(id)).hasSize(outcome.get("answers").size());
                assertThat(store.confirmation(id)).hasValueSatisfying(confirmation ->
                        assertThat(confirmation.screenshot()).hasValueSatisfying(file -> assertThat(file).exists()));
                assertThat(nyx.injector().getInstance(EventLog.class).forApplication(id))
                        .filteredOn(event -> event.type() == EventType.STATUS_CHANGED).hasSize(6);
            }
        }
    }

    @Test
    void should_submit_once_and_report_the_duplicate_when_applying_twice() throws Exception {
        String classic = replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER).toString();
        long first = apply(0, classic).get(0).get("applicationId").asLong();

        // exit 0: the posting was submitted earlier, so nothing is left to do for it
        JsonNode second = apply(0, classic).get(0);

        assertThat(second.get("duplicateOf").asLong()).isEqualTo(first);
        assertThat(second.get("reason").asText()).contains("nothing was submitted again");
        assertThat(replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).hasSize(1);
    }

    @Test
    void should_fill_but_not_submit_and_leave_a_screenshot_in_the_data_folder_when_dry_run() throws Exception {
        // given: another data folder than the configuration's, and a database of its own
        String jobBoards = replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.DATA_ANALYST).toString();
        Path dataFolder = temp.resolve("dry-run-data");
        List<String> args = List.of("apply", "--config", config.toString(), "--profile", profile.toString(),
                "--json", "--allow-private-addresses", "--dry-run", "--data-dir", dataFolder.toString(),
                "--db", "jdbc:h2:file:" + temp.resolve("dry-run-db/nyx"), jobBoards);

        // when
        CommandResult result = CommandResult.run(args.toArray(String[]::new));

        // then: the screenshot is evidence in the data folder the command used; nothing in the configured one
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(0);
        JsonNode outcome = JSON.readTree(result.out().strip());
        assertThat(outcome.get("status").asText()).isEqualTo("FILLING");
        Path screenshot = Path.of(outcome.get("screenshot").asText());
        assertThat(screenshot).exists().startsWith(dataFolder.resolve("evidence"));
        assertThat(temp.resolve("dry-run-db")).isDirectory();
        assertThat(temp.resolve("data")).doesNotExist();
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_need_input_naming_the_field_when_a_date_picker_gets_a_free_text_answer() throws Exception {
        // given: the new board asks for the start date with a date picker; the sample answer is a sentence
        String jobBoards = replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.BACKEND_ENGINEER)
                .toString();

        // when
        JsonNode outcome = apply(1, jobBoards).get(0);

        // then: nothing guessed into a date, nothing sent, the candidate told what to correct
        assertThat(outcome.get("status").asText()).isEqualTo("NEEDS_INPUT");
        assertThat(outcome.get("error").toString()).contains("ANSWER_WRONG_FORMAT", "Earliest start date",
                "YYYY-MM-DD");
        assertThat(replica.submissions()).isEmpty();
    }
}
