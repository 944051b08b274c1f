package dev.nyx.testkit.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GreenhouseApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReplicaServer server = ReplicaServer.start();
    private final GreenhouseReplica replica = GreenhouseReplica.start(server);
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_serve_the_job_with_questions_when_the_detail_url_is_fetched() throws Exception {
        // when
        HttpResponse<String> response = get(replica.postingUrl(GreenhouseStyle.API, GreenhouseFixtures.BACKEND_ENGINEER));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode job = JSON.readTree(response.body());
        assertThat(job.get("questions")).isNotEmpty();
        assertThat(job.get("compliance")).hasSize(3);
        assertThat(job.get("absolute_url").asText())
                .isEqualTo(replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER).toString());
    }

    @Test
    void should_answer_404_json_when_the_posting_is_closed_or_unknown() throws Exception {
        HttpResponse<String> closed = get(replica.postingUrl(GreenhouseStyle.API, GreenhouseFixtures.CLOSED_POSTING));
        HttpResponse<String> unknown = get(replica.postingUrl(GreenhouseStyle.API, 1L));

        assertThat(closed.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).isEqualTo("Job not found");
    }

    @Test
    void should_wrap_the_list_in_the_callback_when_jsonp_is_requested() throws Exception {
        // when
        HttpResponse<String> response = get(URI.create(replica.jobListUrl("acme") + "?callback=handleJobs"));

        // then
        assertThat(response.body()).startsWith("/**/handleJobs({\"jobs\":[").endsWith(")");
    }

    @Test
    void should_record_the_application_when_the_partner_api_is_called_with_the_board_key() throws Exception {
        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(apiJobUrl(GreenhouseFixtures.DATA_ANALYST))
                .header("Authorization", basic(GreenhouseReplica.DEFAULT_API_KEY))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\","
                        + "\"email\":\"ada@example.org\",\"question_6001\":\"SQL\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(replica.submissionsFor(GreenhouseFixtures.DATA_ANALYST)).singleElement().satisfies(submission -> {
            assertThat(submission.site()).isEqualTo("greenhouse-api");
            assertThat(submission.fields()).containsEntry("question_6001", List.of("SQL"));
            assertThat(submission.jsonBody()).isPresent();
        });
    }

    @Test
    void should_refuse_the_application_when_the_api_key_is_missing_or_fields_are_missing() throws Exception {
        // when
        HttpResponse<String> unauthorized = client.send(HttpRequest.newBuilder(apiJobUrl(GreenhouseFixtures.DATA_ANALYST))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> incomplete = client.send(HttpRequest.newBuilder(apiJobUrl(GreenhouseFixtures.DATA_ANALYST))
                .header("Authorization", basic(GreenhouseReplica.DEFAULT_API_KEY))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("first_name=Ada")).build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("last_name").contains("email");
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_list_every_field_name_when_expected_names_are_asked_for() {
        // when
        Map<String, String> names = replica.expectedFieldNames(GreenhouseStyle.CLASSIC,
                GreenhouseFixtures.BACKEND_ENGINEER);

        // then
        assertThat(names).containsEntry("resume", "job_application[resume_url]")
                .containsEntry("location", "job_application[location]")
                .containsEntry("disability_status", "job_application[disability_status]")
                .containsEntry("question_5001", "job_application[answers_attributes][0][text_value]");
        assertThatThrownBy(() -> replica.posting(42L))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("no fixture posting has id 42");
    }

    private URI apiJobUrl(long postId) {
        return server.url(GreenhouseReplica.API_MOUNT + "/v1/boards/acme/jobs/" + postId);
    }

    private static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(URI url) throws Exception {
        return client.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
