package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.replicas.RealMarkupPage;
import dev.nyx.testkit.greenhouse.replicas.RealMarkupReplicas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner, the Greenhouse plugin archive and the answer engine on the hand-written replicas of real
 * Greenhouse pages ({@link RealMarkupReplicas}), with the sample profile (Mara: lives in Berlin, may work
 * in DE and SE without a visa, not in the US; JSON Resume education at TU Berlin).
 */
class GreenhouseRealMarkupEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private ReplicaServer server;
    private RealMarkupReplicas replicas;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        server = ReplicaServer.start();
        replicas = RealMarkupReplicas.start(server);
        PluginArchives.installGreenhousePlugin(temp.resolve("plugins"));
        // the sample profile as it is (its own answer bank), plus answers for the replicas' own questions
        for (String resume : List.of("resume-en.pdf", "resume-de.pdf")) {
            Files.copy(GreenhouseProfiles.SAMPLE.resolve(resume), temp.resolve(resume));
        }
        String yaml = Files.readString(GreenhouseProfiles.SAMPLE.resolve("profile.yaml"));
        String marker = "  answers:                # the answer bank: text or /regex/flags -> answer; first match wins\n";
        assertThat(yaml).contains(marker);
        profile = Files.writeString(temp.resolve("profile.yaml"), yaml.replace(marker, marker
                + "    - question: /which time zone/i\n      answer: Eastern\n"
                + "    - question: /expected graduation year/i\n      answer: \"2013\"\n"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_submit_through_the_iframe_with_the_truthful_us_authorisation_when_the_board_is_embedded()
            throws Exception {
        // when
        JsonNode outcome = apply(RealMarkupReplicas.EMBEDDED_IFRAME);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        Submission submission = replicas.submissionsFor(RealMarkupReplicas.EMBEDDED_IFRAME).get(0);
        Map<String, List<String>> fields = submission.fields();
        assertThat(fields).containsEntry("job_application[first_name]", List.of("Mara"))
                .containsEntry("job_application[last_name]", List.of("Lindqvist"))
                // the profile may not work in the US without a visa
                .containsEntry("job_application[answers_attributes][1][boolean_value]", List.of("0"))
                .containsEntry("job_application[answers_attributes][2][answer_selected_options_attributes][2]"
                        + "[question_option_id]", List.of("81004"));
        assertThat(submission.files()).singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("resume-en.pdf"));
    }

    @Test
    void should_answer_the_education_section_from_the_json_resume_education() throws Exception {
        // when
        JsonNode outcome = apply(RealMarkupReplicas.EDUCATION_CLASSIC);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        Map<String, List<String>> fields = replicas.submissionsFor(RealMarkupReplicas.EDUCATION_CLASSIC).get(0).fields();
        assertThat(fields).containsEntry("job_application[educations][][school_name_id]", List.of("5107"))
                .containsEntry("job_application[educations][][degree_id]", List.of("704"))
                .containsEntry("job_application[educations][][discipline_id]", List.of("801"))
                .containsEntry("job_application[educations][][start_date][month]", List.of("10"))
                .containsEntry("job_application[educations][][start_date][year]", List.of("2011"))
                .containsEntry("job_application[educations][][end_date][month]", List.of("09"))
                .containsEntry("job_application[educations][][end_date][year]", List.of("2013"));
    }

    @Test
    @Disabled("issue 10 symptom 7, left: the upload label ('Lebenslauf') is read now, but the sample profile's"
            + " 'how did you hear' bank entry is an English pattern, so the German 'Wie sind Sie auf uns aufmerksam"
            + " geworden?' stays unanswered (NEEDS_INPUT); bank lookup across languages is not done yet")
    void should_submit_the_german_form_with_answers_chosen_by_meaning_when_the_board_is_german() throws Exception {
        // when
        JsonNode outcome = apply(RealMarkupReplicas.GERMAN_EU_BOARD);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        Map<String, List<String>> fields = replicas.submissionsFor(RealMarkupReplicas.GERMAN_EU_BOARD).get(0).fields();
        // authorised in DE: no visa or work permit needed for Germany
        assertThat(fields).containsEntry("question_76001", List.of("0"))
                .containsEntry("question_76002", List.of("96001"))
                .containsEntry("data_compliance[gdpr_processing_consent_given]", List.of("1"));
        assertThat(fields.get("question_76003")).singleElement().asString().contains("85");
    }

    /** Applies with the page as the form's only source ({@code useApi: false}) unless the test is about the API. */
    @Test
    void should_submit_nothing_again_when_the_same_job_is_reached_through_its_board_after_the_careers_page()
            throws Exception {
        // given: applied through the company's careers page (?gh_jid=, the form in an iframe)
        JsonNode first = apply(RealMarkupReplicas.EMBEDDED_IFRAME);
        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("SUBMITTED");

        // when: the same job through its own board URL
        JsonNode second = apply(replicas.jobUrl(RealMarkupReplicas.EMBEDDED_IFRAME));

        // then: one job, one submission; the skip names the earlier application
        assertThat(second.get("duplicateOf").asLong()).as(second.toString())
                .isEqualTo(first.get("applicationId").asLong());
        assertThat(second.get("reason").asText()).contains("application " + first.get("applicationId").asLong());
        assertThat(replicas.submissionsFor(RealMarkupReplicas.EMBEDDED_IFRAME)).hasSize(1);
    }

    private JsonNode apply(RealMarkupPage page) throws Exception {
        return apply(replicas.pageUrl(page));
    }

    private JsonNode apply(java.net.URI url) throws Exception {
        Path config = Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: " + temp.resolve("data") + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n"
                + "  settings:\n    greenhouse:\n      apiBaseUrl: " + replicas.apiBaseUrl() + "\n      useApi: false\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n");
        CommandResult result = CommandResult.run("apply", "--config", config.toString(), "--profile",
                profile.toString(), "--json", "--allow-private-addresses", url.toString());
        return JSON.readTree(result.out().strip().lines().reduce((first, last) -> last).orElse("{}"));
    }
}
