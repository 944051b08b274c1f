package dev.nyx.testkit.greenhouse.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.ReplicaServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real-markup pages' server side, without a browser: pages, the embed, the API answers and the submit checks. */
class RealMarkupSiteIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static ReplicaServer server;
    private static RealMarkupReplicas replicas;

    @BeforeAll
    static void start() {
        server = ReplicaServer.start();
        replicas = RealMarkupReplicas.start(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_serve_every_page_with_its_slots_filled_when_opened() throws Exception {
        for (RealMarkupPage page : RealMarkupReplicas.pages()) {
            // when
            HttpResponse<String> response = get(replicas.pageUrl(page));

            // then
            assertThat(response.statusCode()).as(page.name()).isEqualTo(200);
            assertThat(response.body()).as(page.name()).doesNotContain("{{");
        }
    }

    @Test
    void should_embed_the_form_in_the_greenhouse_iframe_when_the_careers_page_names_the_job() throws Exception {
        // when
        String careers = get(replicas.pageUrl(RealMarkupReplicas.EMBEDDED_IFRAME)).body();

        // then
        Matcher frame = Pattern.compile("iframe id=\"grnhse_iframe\"[^>]*src=\"([^\"]+)\"").matcher(careers);
        assertThat(frame.find()).isTrue();
        String form = get(URI.create(frame.group(1).replace("&amp;", "&"))).body();
        assertThat(form).contains("form id=\"application_form\"", "value=\"5550101\"");
    }

    @Test
    void should_answer_the_api_only_for_pages_that_have_an_api_answer() throws Exception {
        // when
        HttpResponse<String> education = get(api(RealMarkupReplicas.EDUCATION_CLASSIC));
        HttpResponse<String> plain = get(api(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES));

        // then
        assertThat(education.statusCode()).isEqualTo(200);
        assertThat(education.body()).contains("\"question_72001\"").doesNotContain("school");
        assertThat(plain.statusCode()).isEqualTo(404);
    }

    @Test
    void should_record_nothing_when_a_classic_submit_has_no_csrf_token() throws Exception {
        // when
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(
                        replicas.pageUrl(RealMarkupReplicas.LONG_FORM_CLASSIC).toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("job_application%5Bfirst_name%5D=Ada")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(replicas.submissionsFor(RealMarkupReplicas.LONG_FORM_CLASSIC)).isEmpty();
    }

    @Test
    void should_refuse_a_new_board_submit_when_a_required_field_is_empty() throws Exception {
        // when
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                        replicas.pageUrl(RealMarkupReplicas.GERMAN_EU_BOARD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("first_name=Ada&last_name=Lovelace")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("email: This field is required.");
        assertThat(replicas.submissionsFor(RealMarkupReplicas.GERMAN_EU_BOARD)).isEmpty();
    }

    @Test
    void should_record_a_new_board_submit_when_the_required_fields_are_given() throws Exception {
        // when
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                        replicas.pageUrl(RealMarkupReplicas.EEO_DEMOGRAPHICS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("first_name=Ada&last_name=Lovelace&email=ada%40example.org"))
                .build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/parcelly/jobs/5550303/confirmation"));
        assertThat(replicas.submissionsFor(RealMarkupReplicas.EEO_DEMOGRAPHICS)).singleElement()
                .satisfies(submission -> assertThat(submission.fields()).containsEntry("email",
                        java.util.List.of("ada@example.org")));
    }

    private static URI api(RealMarkupPage page) {
        return URI.create(replicas.apiBaseUrl() + "/v1/boards/" + page.boardToken() + "/jobs/" + page.postId()
                + "?questions=true");
    }

    private static HttpResponse<String> get(URI url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
