package dev.nyx.testkit.greenhouse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import dev.nyx.testkit.Fault;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.UploadedFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreenhouseClassicPageIT {
    private static final String SUBMIT_PATH = GreenhouseReplica.CLASSIC_MOUNT + "/acme/jobs/"
            + GreenhouseFixtures.BACKEND_ENGINEER;
    private static Playwright playwright;
    private static Browser browser;

    private ReplicaServer server;
    private GreenhouseReplica replica;
    private BrowserContext context;
    private Page page;
    @TempDir
    Path directory;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = BrowserFixture.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void startReplica() {
        server = ReplicaServer.start();
        replica = GreenhouseReplica.start(server);
        context = browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(10_000);
    }

    @AfterEach
    void stopReplica() {
        context.close();
        server.close();
    }

    @Test
    void should_record_exactly_one_submission_with_every_answer_and_the_uploaded_resume_when_submitted() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));

        // when
        GreenhouseFixedSelectorScript.fillClassic(page, answers);
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#application_confirmation")).containsText("Thank you for applying.");
        List<Submission> submissions = server.recorder().awaitSubmissions(1, Duration.ofSeconds(5));
        assertThat(submissions).hasSize(1);
        Submission submission = submissions.get(0);
        assertThat(submission.site()).isEqualTo("greenhouse-classic");
        assertThat(submission.postingId()).isEqualTo(Long.toString(GreenhouseFixtures.BACKEND_ENGINEER));
        assertThat(submission.header("x-csrf-token")).contains(submission.form().first("authenticity_token")
                .orElseThrow());
        Map<String, List<String>> fields = new HashMap<>(submission.fields());
        assertThat(fields.remove("authenticity_token")).hasSize(1);
        assertThat(fields.remove("job_application[resume_url]")).singleElement().asString()
                .startsWith(server.baseUrl() + GreenhouseReplica.CLASSIC_MOUNT + "/s3/");
        assertThat(fields).isEqualTo(GreenhouseFixedSelectorScript.expectedFields(GreenhouseStyle.CLASSIC, answers));
        assertThat(submission.files()).containsExactly(new UploadedFile("resume", "Ada Lovelace CV.pdf",
                "application/pdf", BrowserFixture.resumeBytes()));
        assertThat(replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).hasSize(1);
    }

    @Test
    void should_record_one_submission_when_submit_is_clicked_twice_in_a_row() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillClassic(page, answers);
        server.faults().inject(Fault.delay(SUBMIT_PATH, Duration.ofMillis(300)).forMethod("POST"));

        // when the second click lands while the first request is in flight
        page.evaluate("() => { const submit = document.getElementById('submit_app'); submit.click(); submit.click(); }");

        // then
        assertThat(page.locator("#application_confirmation")).isVisible();
        assertThatThrownBy(() -> server.recorder().awaitSubmissions(2, Duration.ofMillis(700)))
                .hasMessageContaining("but 1 arrived");
        assertThat(server.faults().fired()).hasSize(1);
    }

    @Test
    void should_show_description_markup_as_inert_text_when_it_contains_a_script_and_injection_text() {
        // when
        page.navigate(classicUrl(GreenhouseFixtures.DATA_ANALYST));

        // then
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(page.locator("#content script")).hasCount(0);
        assertThat(page.locator("#content")).containsText("<script>window.pwned = true;</script>");
        assertThat(page.locator("#content")).containsText(GreenhouseFixtures.INJECTION_TEXT);
        assertThat(page.locator("h1.app-title")).hasText("Data Analyst \"Growth\" <Team B>");
    }

    @Test
    void should_show_field_errors_and_record_nothing_when_required_fields_are_missing() {
        // given a filled form whose first name and "why Acme" answer were left empty
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillClassic(page, answers);
        page.fill("#first_name", "");
        page.fill("#job_application_answers_attributes_1_text_value", "");

        // when
        Response response = page.waitForResponse(candidate -> candidate.request().method().equals("POST"),
                () -> GreenhouseFixedSelectorScript.submitClassic(page));

        // then
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#error_message")).hasText("Please complete all required fields.");
        assertThat(page.locator(".field.field-error")).hasCount(2);
        assertThat(page.locator(".field-error:has(#first_name) .error-text")).hasText("This field is required.");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_refuse_the_submit_when_the_csrf_token_is_wrong() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillClassic(page, answers);
        page.evaluate("() => document.querySelector('meta[name=csrf-token]').content = 'forged'");

        // when
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#error_message")).containsText("Please reload the page and try again.");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_show_the_error_and_allow_a_retry_when_the_submit_answers_500_once() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        server.faults().inject(Fault.status(SUBMIT_PATH, 500).forMethod("POST").once());
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillClassic(page, answers);

        // when
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#error_message")).containsText("injected fault: HTTP 500");
        assertThat(server.submissions()).isEmpty();

        // when retried
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#application_confirmation")).isVisible();
        assertThat(server.recorder().awaitSubmissions(1, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void should_expose_retry_after_when_the_submit_is_rate_limited() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        server.faults().inject(Fault.tooManyRequests(SUBMIT_PATH, Duration.ofSeconds(90)).forMethod("POST"));
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillClassic(page, answers);

        // when
        Response response = page.waitForResponse(candidate -> candidate.request().method().equals("POST")
                && candidate.url().endsWith(SUBMIT_PATH), () -> GreenhouseFixedSelectorScript.submitClassic(page));

        // then
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.headerValue("retry-after")).isEqualTo("90");
        assertThat(page.locator("#error_message")).containsText("HTTP 429");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_show_the_injected_validation_message_when_a_validation_fault_is_active() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        server.faults().inject(Fault.validationError(SUBMIT_PATH, "We could not process your application.")
                .forMethod("POST"));
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillClassic(page, answers);

        // when
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#error_message")).hasText("We could not process your application.");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_follow_an_injected_redirect_when_a_redirect_fault_matches() {
        // given
        String target = server.baseUrl() + GreenhouseReplica.JOB_BOARDS_MOUNT + "/acme/jobs/"
                + GreenhouseFixtures.BACKEND_ENGINEER;
        server.faults().inject(Fault.redirect(GreenhouseReplica.CLASSIC_MOUNT + "/acme/jobs/*", target));

        // when
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));

        // then (like boards.greenhouse.io sending visitors on to job-boards.greenhouse.io)
        assertThat(page.url()).isEqualTo(target);
        assertThat(page.locator("form#application-form")).isVisible();
    }

    @Test
    void should_hide_every_select_behind_a_select2_widget_when_the_page_loads() {
        // when
        page.navigate(classicUrl(GreenhouseFixtures.BACKEND_ENGINEER));

        // then
        int selects = page.locator("#application_form select").count();
        assertThat(selects).isEqualTo(9);
        assertThat(page.locator("#application_form select.select2-offscreen")).hasCount(selects);
        assertThat(page.locator("div.select2-container > a.select2-choice > span.select2-chosen")).hasCount(selects);
        assertThat(page.locator("#s2id_job_application_gender span.select2-chosen")).hasText("Please select");
        assertThat(page.locator("#s2id_job_application_answers_attributes_4_boolean_value span.select2-chosen"))
                .hasText("--");
        assertThat(page.getByLabel("LinkedIn Profile")).hasAttribute("name",
                "job_application[answers_attributes][0][text_value]");
        assertThat(page.getByLabel("Last Name")).hasAttribute("name", "job_application[last_name]");
    }

    @Test
    void should_redirect_to_the_board_with_a_notice_when_the_posting_is_closed() {
        // when
        page.navigate(classicUrl(GreenhouseFixtures.CLOSED_POSTING));

        // then
        assertThat(page.url()).endsWith(GreenhouseReplica.CLASSIC_MOUNT + "/acme?error=true");
        assertThat(page.locator("#flash_pending")).hasText("The job you are looking for is no longer open.");
    }

    @Test
    void should_answer_404_when_the_posting_id_is_unknown() {
        // when
        Response response = page.navigate(classicUrl(123L));

        // then
        assertThat(response.status()).isEqualTo(404);
    }

    private String classicUrl(long postId) {
        return replica.postingUrl(GreenhouseStyle.CLASSIC, postId).toString();
    }
}
