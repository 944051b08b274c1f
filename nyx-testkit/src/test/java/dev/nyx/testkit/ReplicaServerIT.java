package dev.nyx.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.NyxException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplicaServerIT {
    private final ReplicaServer server = ReplicaServer.start().mount(new RecordingSite());
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_record_fields_files_and_headers_when_a_multipart_form_is_posted() throws Exception {
        // given
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xFF, '\r', '\n', '-', '-'};
        String boundary = "XyZ123";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\na\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\nb\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url("/test/jobs/7"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Custom", "yes")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        Submission submission = server.recorder().awaitSubmissions(1, Duration.ofSeconds(5)).get(0);
        assertThat(submission.site()).isEqualTo("test");
        assertThat(submission.postingId()).isEqualTo("7");
        assertThat(submission.path()).isEqualTo("/test/jobs/7");
        assertThat(submission.fields()).containsEntry("tags[]", List.of("a", "b"));
        assertThat(submission.files()).containsExactly(new UploadedFile("resume", "cv.pdf", "application/pdf", pdf));
        assertThat(submission.header("X-CUSTOM")).contains("yes");
    }

    @Test
    void should_record_the_raw_body_when_json_is_posted() throws Exception {
        // when
        client.send(HttpRequest.newBuilder(server.url("/test/jobs/8"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"first_name\":\"Ada\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(server.recorder().submissionsFor("8")).singleElement()
                .satisfies(submission -> assertThat(submission.jsonBody()).contains("{\"first_name\":\"Ada\"}"));
    }

    @Test
    void should_record_urlencoded_fields_when_a_classic_form_is_posted() throws Exception {
        // when
        client.send(HttpRequest.newBuilder(server.url("/test/jobs/9"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Gr%C3%BC%C3%9Fe&name=2")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(server.recorder().submissionsFor("9").get(0).fields()).containsEntry("name", List.of("Grüße", "2"));
    }

    @Test
    void should_answer_400_naming_the_problem_when_a_multipart_body_is_broken() throws Exception {
        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url("/test/jobs/1"))
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=x\r\n\r\nv"))
                .build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ends before the closing boundary");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_answer_404_when_no_site_is_mounted_at_the_path() throws Exception {
        HttpResponse<String> response = get("/elsewhere/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("/elsewhere/page (no replica site is mounted there)");
    }

    @Test
    void should_answer_429_with_retry_after_and_then_recover_when_a_one_shot_rate_limit_is_injected() throws Exception {
        // given
        server.faults().inject(Fault.tooManyRequests("/test/**", Duration.ofMillis(1500)).once());

        // when
        HttpResponse<String> limited = get("/test/page");
        HttpResponse<String> next = get("/test/page");

        // then
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void should_redirect_when_a_redirect_fault_matches() throws Exception {
        server.faults().inject(Fault.redirect("/test/old", "/test/new"));

        HttpResponse<String> response = get("/test/old");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains("/test/new");
    }

    @Test
    void should_take_at_least_the_delay_when_a_slow_fault_matches() throws Exception {
        // given
        server.faults().inject(Fault.delay("/test/slow", Duration.ofMillis(700)));

        // when
        long started = System.nanoTime();
        HttpResponse<String> response = get("/test/slow");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(server.faults().fired()).extracting(Fault::kind).containsExactly(FaultKind.DELAY);
    }

    @Test
    void should_listen_on_loopback_with_a_free_port_when_started_with_defaults() {
        assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.baseUrl().getPort()).isPositive();
    }

    @Test
    void should_refuse_a_second_site_when_its_mount_path_is_taken() {
        assertThatThrownBy(() -> server.mount(new RecordingSite()))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("clashes with mounted site 'test' at /test");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.url(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Records every POST to /test/jobs/{id}; answers anything else with "ok". */
    private static final class RecordingSite implements Site {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public String mountPath() {
            return "/test";
        }

        @Override
        public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
            if (request.method().equals("POST") && request.sitePath().startsWith("/jobs/")) {
                context.recorder().record(new Submission(name(), request.sitePath().substring("/jobs/".length()),
                        request.path(), request.method(), request.receivedAt(), request.form(), request.headers(),
                        request.isJson() ? Optional.of(request.bodyText()) : Optional.empty()));
            }
            return ReplicaResponse.text(200, "text/plain", "ok " + URI.create(context.url(request.sitePath())));
        }
    }
}
