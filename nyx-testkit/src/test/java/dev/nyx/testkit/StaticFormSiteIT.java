package dev.nyx.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A static one-page form served to a real browser and to plain HTTP clients; what it records and answers. */
class StaticFormSiteIT {
    private static final String FORM = """
            <!DOCTYPE html>
            <html><head><title>Backend Engineer</title></head>
            <body class="job">
              <h1>Backend Engineer</h1>
              <form method="post" enctype="multipart/form-data">
                <label for="name">Full name</label><input id="name" name="name" required>
                <label for="country">Country</label>
                <select id="country" name="country"><option value="de">Germany</option><option value="fr">France</option></select>
                <label for="resume">Resume</label><input id="resume" name="resume" type="file">
                <button type="submit">Apply</button>
              </form>
            </body></html>
            """;

    private static TestBrowser browser;

    private final ReplicaServer server = ReplicaServer.start().mount(StaticFormSite.builder("acme", "/acme")
            .page("/jobs/1001", FORM).build());
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void launch() {
        browser = TestBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_record_fields_and_the_file_and_confirm_when_the_browser_submits_the_form(@TempDir Path temp)
            throws Exception {
        // given
        Path resume = Files.writeString(temp.resolve("cv.txt"), "my resume");
        Page page = browser.newPage();
        page.navigate(server.url("/acme/jobs/1001").toString());

        // when
        page.fill("#name", "Ada Lovelace");
        page.selectOption("#country", "fr");
        page.setInputFiles("#resume", resume);
        page.click("button[type=submit]");

        // then
        Submission submission = server.recorder().awaitSubmissions(1, Duration.ofSeconds(10)).get(0);
        assertThat(submission.site()).isEqualTo("acme");
        assertThat(submission.postingId()).isEqualTo("jobs/1001");
        assertThat(submission.path()).isEqualTo("/acme/jobs/1001");
        assertThat(submission.form().first("name")).contains("Ada Lovelace");
        assertThat(submission.form().first("country")).contains("fr");
        assertThat(submission.form().file("resume")).hasValueSatisfying(file -> {
            assertThat(file.fileName()).isEqualTo("cv.txt");
            assertThat(file.text()).isEqualTo("my resume");
        });
        assertThat(page.locator("h1").textContent()).isEqualTo("Thank you for applying");
        page.context().close();
    }

    @Test
    void should_show_the_message_and_record_nothing_when_a_validation_error_is_injected() {
        // given
        server.faults().inject(Fault.validationError("/acme/jobs/*", "Your phone number looks invalid.")
                .forMethod("POST").once());
        Page page = browser.newPage();
        page.navigate(server.url("/acme/jobs/1001").toString());
        page.fill("#name", "Ada Lovelace");

        // when
        page.click("button[type=submit]");

        // then: the form again, with the site's own error
        assertThat(page.locator("[role=alert]").textContent()).isEqualTo("Your phone number looks invalid.");
        assertThat(page.locator("form").count()).isEqualTo(1);
        assertThat(server.recorder().count()).isZero();
        page.context().close();
    }

    @Test
    void should_record_an_urlencoded_post_under_the_page_it_starts_with_when_posted_below_it() throws Exception {
        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url("/acme/jobs/1001/apply"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Ada+Lovelace&tags=a&tags=b")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Thank you for applying");
        Submission submission = server.submissions().get(0);
        assertThat(submission.postingId()).isEqualTo("jobs/1001");
        assertThat(submission.fields()).containsEntry("name", List.of("Ada Lovelace"))
                .containsEntry("tags", List.of("a", "b"));
    }

    @Test
    void should_answer_404_when_the_page_is_not_served() throws Exception {
        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url("/acme/jobs/9999")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void should_answer_415_and_record_nothing_when_the_post_is_not_a_form() throws Exception {
        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url("/acme/jobs/1001"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(server.recorder().count()).isZero();
    }

    @Test
    void should_serve_a_file_and_a_custom_confirmation_when_built_with_them(@TempDir Path temp) throws Exception {
        // given
        Path file = Files.writeString(temp.resolve("job.html"), "<html><body><form method=post></form></body></html>");
        try (ReplicaServer other = ReplicaServer.start().mount(StaticFormSite.builder("files", "/files")
                .page("/job", file).confirmation("<p>Got it</p>").build())) {
            // when
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(other.url("/files/job")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> confirmation = client.send(HttpRequest.newBuilder(other.url("/files/job"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=1")).build(), HttpResponse.BodyHandlers.ofString());

            // then
            assertThat(page.body()).contains("<form method=post>");
            assertThat(confirmation.body()).isEqualTo("<p>Got it</p>");
        }
    }

    @Test
    void should_refuse_a_page_path_when_it_is_served_twice_or_lacks_the_slash() {
        StaticFormSite.Builder builder = StaticFormSite.builder("acme", "/acme").page("/jobs/1", FORM);

        assertThatThrownBy(() -> builder.page("/jobs/1", FORM)).isInstanceOfSatisfying(NyxException.class,
                thrown -> assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
        assertThatThrownBy(() -> builder.page("jobs/2", FORM)).isInstanceOf(NyxException.class)
                .hasMessageContaining("must start with '/'");
    }
}
