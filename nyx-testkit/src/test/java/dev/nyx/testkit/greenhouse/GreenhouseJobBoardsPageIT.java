package dev.nyx.testkit.greenhouse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreenhouseJobBoardsPageIT {
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
    void should_record_exactly_one_submission_with_every_answer_when_the_form_is_filled_and_submitted() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));

        // when
        GreenhouseFixedSelectorScript.fillJobBoards(page, answers);
        GreenhouseFixedSelectorScript.submitJobBoards(page);
        page.waitForURL(replica.confirmationUrl(GreenhouseFixtures.BACKEND_ENGINEER).toString());

        // then
        assertThat(page.locator("body")).containsText("Thank you for applying.");
        assertThat(page.locator("body")).containsText("Your application has been received.");
        List<Submission> submissions = replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER);
        assertThat(submissions).hasSize(1);
        Submission submission = submissions.get(0);
        assertThat(submission.site()).isEqualTo("greenhouse-job-boards");
        assertThat(submission.method()).isEqualTo("POST");
        assertThat(submission.fields())
                .isEqualTo(GreenhouseFixedSelectorScript.expectedFields(GreenhouseStyle.JOB_BOARDS, answers));
        assertThat(submission.files()).containsExactly(new UploadedFile("resume", "Ada Lovelace CV.pdf",
                "application/pdf", BrowserFixture.resumeBytes()));
        assertThat(server.submissions()).hasSize(1);
    }

    @Test
    void should_not_post_the_follow_up_question_when_its_condition_is_not_met() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory))
                .withSponsorship(Optional.empty());
        page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));

        // when
        GreenhouseFixedSelectorScript.fillJobBoards(page, answers);
        GreenhouseFixedSelectorScript.submitJobBoards(page);
        page.waitForURL("**/confirmation");

        // then
        assertThat(page.locator("[id='question_5007']")).isHidden();
        Submission submission = server.recorder().awaitSubmissions(1, Duration.ofSeconds(5)).get(0);
        assertThat(submission.fields()).doesNotContainKey("question_5007")
                .isEqualTo(GreenhouseFixedSelectorScript.expectedFields(GreenhouseStyle.JOB_BOARDS, answers));
    }

    @Test
    void should_block_the_submit_natively_when_a_required_text_field_is_empty() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillJobBoards(page, answers);
        page.fill("#email", "");

        // when
        GreenhouseFixedSelectorScript.submitJobBoards(page);

        // then
        assertThat(page.locator("#email")).hasJSProperty("validity.valueMissing", true);
        assertThat((Boolean) page.evaluate("() => document.querySelector('#email').validity.valueMissing")).isTrue();
        assertThat(page.locator("form#application-form :invalid")).hasCount(1);
        assertThat(page.url()).isEqualTo(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_render_the_server_validation_error_and_record_nothing_when_a_required_select_is_empty() {
        // given a complete form except for "How did you hear about this job?"
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillJobBoards(page, answers);
        page.evaluate("() => document.querySelector('input[name=question_5008]').value = ''");

        // when
        Response response = page.waitForResponse(candidate -> candidate.request().method().equals("POST"),
                () -> GreenhouseFixedSelectorScript.submitJobBoards(page));

        // then
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#application-errors")).hasText("Please complete the required fields.");
        assertThat(page.locator("[id='question_5008-error']")).hasText("This field is required.");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_show_the_injected_validation_message_and_record_nothing_when_a_validation_fault_is_active() {
        // given
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        server.faults().inject(Fault.validationError(GreenhouseReplica.JOB_BOARDS_MOUNT + "/acme/jobs/*",
                "Your application could not be submitted. Please try again.").forMethod("POST").once());
        page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        GreenhouseFixedSelectorScript.fillJobBoards(page, answers);

        // when
        GreenhouseFixedSelectorScript.submitJobBoards(page);

        // then
        assertThat(page.locator("#application-errors"))
                .hasText("Your application could not be submitted. Please try again.");
        assertThat(server.submissions()).isEmpty();
        assertThat(server.faults().active()).isEmpty();
    }

    @Test
    void should_answer_with_the_injected_status_when_a_status_fault_matches_the_page() {
        // given
        server.faults().inject(Fault.status(GreenhouseReplica.JOB_BOARDS_MOUNT + "/**", 500).once());
        server.faults().inject(Fault.tooManyRequests(GreenhouseReplica.JOB_BOARDS_MOUNT + "/**",
                Duration.ofSeconds(30)).once());

        // when
        Response first = page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        Response second = page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        Response third = page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));

        // then
        assertThat(first.status()).isEqualTo(500);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.headerValue("retry-after")).isEqualTo("30");
        assertThat(third.status()).isEqualTo(200);
        assertThat(page.locator("form#application-form")).isVisible();
    }

    @Test
    void should_delay_the_page_when_a_slow_fault_is_active() {
        // given
        server.faults().inject(Fault.delay(GreenhouseReplica.JOB_BOARDS_MOUNT + "/acme/jobs/*",
                Duration.ofMillis(1500)));

        // when
        long started = System.nanoTime();
        Response response = page.navigate(jobBoardsUrl(GreenhouseFixtures.BACKEND_ENGINEER));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void should_redirect_to_the_board_with_a_notice_when_the_posting_is_closed() {
        // when
        page.navigate(jobBoardsUrl(GreenhouseFixtures.CLOSED_POSTING));

        // then
        assertThat(page.url()).endsWith("/acme?error=true");
        assertThat(page.locator("#flash_pending")).hasText("The job you are looking for is no longer open.");
        assertThat(page.locator("form")).hasCount(0);
    }

    @Test
    void should_answer_404_when_the_posting_id_is_unknown() {
        // when
        Response response = page.navigate(jobBoardsUrl(999L));

        // then
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Sorry, but we can't find that page.");
    }

    @Test
    void should_show_description_markup_as_inert_text_when_it_contains_a_script_and_injection_text() {
        // when
        page.navigate(jobBoardsUrl(GreenhouseFixtures.DATA_ANALYST));

        // then
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(page.locator(".job__description script")).hasCount(0);
        assertThat(page.locator(".job__description img")).hasCount(0);
        assertThat(page.locator(".job__description")).containsText("<script>window.pwned = true;</script>");
        assertThat(page.locator(".job__description")).containsText(GreenhouseFixtures.INJECTION_TEXT);
        assertThat(page.locator("h1")).hasText("Data Analyst \"Growth\" <Team B>");
        assertThat(page.getByLabel("Which tools do you use for analysis? <Excel & SQL>")).isVisible();
    }

    private String jobBoardsUrl(long postId) {
        return replica.postingUrl(GreenhouseStyle.JOB_BOARDS, postId).toString();
    }
}
