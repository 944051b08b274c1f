package dev.nyx.testkit.greenhouse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.WidgetKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replica's reCAPTCHA option: the widget on the page, and a submit that needs an issued token. */
class GreenhouseCaptchaPageIT {
    private static Playwright playwright;
    private static Browser browser;

    private final IssuedTokens tokens = new IssuedTokens();
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

    private void open(GreenhouseCaptcha captcha) {
        open(captcha, GreenhouseStyle.CLASSIC);
    }

    private void open(GreenhouseCaptcha captcha, GreenhouseStyle style) {
        server = ReplicaServer.start();
        replica = GreenhouseReplica.start(server, captcha);
        context = browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(10_000);
        page.navigate(replica.postingUrl(style, GreenhouseFixtures.BACKEND_ENGINEER).toString());
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(BrowserFixture.writeResume(directory));
        if (style == GreenhouseStyle.CLASSIC) {
            GreenhouseFixedSelectorScript.fillClassic(page, answers);
        } else {
            GreenhouseFixedSelectorScript.fillJobBoards(page, answers);
        }
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** What a solver's injection does: the token into the response field, then the widget's callback. */
    private void inject(String token) {
        page.evaluate("token => { document.querySelectorAll('[name=\"g-recaptcha-response\"]')"
                + ".forEach(field => field.value = token); window.onRecaptchaSolved(token); }", token);
    }

    @Test
    void should_show_the_checkbox_widget_and_refuse_a_submit_without_a_token() {
        // given
        open(GreenhouseCaptcha.checkbox(tokens));
        assertThat(page.locator("#application_form .g-recaptcha iframe[title=reCAPTCHA]"))
                .hasAttribute("src", java.util.regex.Pattern.compile("/recaptcha/api2/anchor\\?.*k="
                        + WidgetKind.RECAPTCHA_V2_CHECKBOX.siteKey() + ".*size=normal"));

        // when
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#error_message")).hasText(GreenhouseReplica.CAPTCHA_REFUSAL);
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_refuse_a_token_issued_for_another_site_key() {
        // given
        open(GreenhouseCaptcha.checkbox(tokens));
        page.evaluate("token => document.querySelector('[name=\"g-recaptcha-response\"]').value = token",
                tokens.issue(WidgetKind.RECAPTCHA_V2_INVISIBLE.siteKey()));

        // when
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#error_message")).hasText(GreenhouseReplica.CAPTCHA_REFUSAL);
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_record_the_token_with_the_submission_when_the_checkbox_was_solved() {
        // given
        open(GreenhouseCaptcha.checkbox(tokens));
        String token = tokens.issue(WidgetKind.RECAPTCHA_V2_CHECKBOX.siteKey());
        inject(token);

        // when
        GreenhouseFixedSelectorScript.submitClassic(page);

        // then
        assertThat(page.locator("#application_confirmation")).containsText("Thank you for applying.");
        List<Submission> submissions = server.recorder().awaitSubmissions(1, Duration.ofSeconds(5));
        assertThat(submissions).singleElement().satisfies(submission ->
                assertThat(submission.fields().get("g-recaptcha-response")).containsExactly(token));
    }

    @Test
    void should_hold_the_click_back_and_send_from_the_callback_when_the_invisible_widget_is_bound_to_submit() {
        // given
        open(GreenhouseCaptcha.invisible(tokens));
        assertThat(page.locator("#submit_app.g-recaptcha")).hasAttribute("data-size", "invisible");
        assertThat(page.locator(".grecaptcha-badge iframe[title=reCAPTCHA]"))
                .hasAttribute("src", java.util.regex.Pattern.compile("size=invisible"));

        // when: the click only starts the challenge
        GreenhouseFixedSelectorScript.submitClassic(page);
        page.waitForTimeout(500);

        // then
        assertThat(replica.submissions()).isEmpty();
        assertThat(page.locator("#application_form")).isVisible();
        assertThat(page.locator("#error_message")).isHidden();

        // when: the challenge is solved
        String token = tokens.issue(WidgetKind.RECAPTCHA_V2_INVISIBLE.siteKey());
        inject(token);

        // then
        assertThat(page.locator("#application_confirmation")).containsText("Thank you for applying.");
        assertThat(server.recorder().awaitSubmissions(1, Duration.ofSeconds(5))).singleElement().satisfies(
                submission -> assertThat(submission.fields().get("g-recaptcha-response")).containsExactly(token));
    }

    @Test
    void should_render_the_refusal_and_record_nothing_when_the_new_board_is_submitted_without_a_token() {
        // given
        open(GreenhouseCaptcha.checkbox(tokens), GreenhouseStyle.JOB_BOARDS);
        assertThat(page.locator("#application-form .g-recaptcha iframe[title=reCAPTCHA]")).hasCount(1);

        // when
        GreenhouseFixedSelectorScript.submitJobBoards(page);

        // then
        assertThat(page.locator("#application-errors")).hasText(GreenhouseReplica.CAPTCHA_REFUSAL);
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_submit_from_the_callback_with_the_token_when_the_new_board_has_the_invisible_widget() {
        // given
        open(GreenhouseCaptcha.invisible(tokens), GreenhouseStyle.JOB_BOARDS);
        assertThat(page.locator("button[type=submit].g-recaptcha")).hasAttribute("data-size", "invisible");

        // when: the click only starts the challenge
        GreenhouseFixedSelectorScript.submitJobBoards(page);
        page.waitForTimeout(500);

        // then
        assertThat(replica.submissions()).isEmpty();
        assertThat(page.locator("#application-form")).isVisible();

        // when: the challenge is solved
        String token = tokens.issue(WidgetKind.RECAPTCHA_V2_INVISIBLE.siteKey());
        inject(token);

        // then
        page.waitForURL("**/confirmation");
        assertThat(server.recorder().awaitSubmissions(1, Duration.ofSeconds(5))).singleElement().satisfies(
                submission -> assertThat(submission.fields().get("g-recaptcha-response")).containsExactly(token));
    }

    @Test
    void should_refuse_a_widget_that_is_not_recaptcha_v2() {
        assertThatThrownBy(() -> new GreenhouseCaptcha(WidgetKind.HCAPTCHA, tokens))
                .isInstanceOfSatisfying(NyxException.class, error ->
                        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }
}
