package dev.nyx.testkit.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.CaptchaDetector;
import dev.nyx.spi.support.CaptchaInjection;
import dev.nyx.spi.support.CaptchaInjector;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Detection and injection in real Chromium against the replica widgets and the service emulator. */
class CaptchaWidgetsIT {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private static Playwright playwright;
    private static Browser browser;

    private final CaptchaDetector detector = new CaptchaDetector();
    private final CaptchaInjector injector = new CaptchaInjector();
    private ReplicaServer server;
    private CaptchaServiceEmulator service;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/lib/chromium/chromium-headless-shell")).setArgs(ARGS)
                .setHeadless(true));
    }

    @AfterAll
    static void shutDown() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void startServer() {
        IssuedTokens tokens = new IssuedTokens();
        server = ReplicaServer.start();
        server.mount(new CaptchaWidgetSite("/captcha", tokens));
        service = new CaptchaServiceEmulator("2captcha", "/2captcha", ServiceDialect.TWO_CAPTCHA, KEY, tokens)
                .readyAfterPolls(0);
        server.mount(service);
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void stopServer() {
        context.close();
        server.close();
    }

    @ParameterizedTest
    @EnumSource(WidgetKind.class)
    void should_accept_the_form_when_the_emulator_token_is_injected_and_the_callback_ran(WidgetKind widget)
            throws Exception {
        // given
        page.navigate(server.url("/captcha/form/" + widget.slug()).toString());
        page.fill("#full_name", "Ada Lovelace");
        List<CaptchaChallenge> challenges = detector.detect(page);
        assertThat(challenges).hasSize(1);
        CaptchaChallenge challenge = challenges.get(0);
        assertThat(challenge.kind()).isEqualTo(widget.kind());
        assertThat(challenge.siteKey()).isEqualTo(widget.siteKey());
        assertThat(challenge.invisible()).isEqualTo(widget.invisible());
        assertThat(challenge.enterprise()).isEqualTo(widget.enterprise());
        assertThat(challenge.pageUrl().toString()).endsWith("/captcha/form/" + widget.slug());
        if (widget.kind() == CaptchaKind.RECAPTCHA_V3 || widget.kind() == CaptchaKind.TURNSTILE) {
            assertThat(challenge.action()).contains("apply");
        }
        String token = new EmulatorClient(server.url("/2captcha")).solve(KEY,
                service.dialect().taskType(challenge.kind(), challenge.enterprise()), challenge.pageUrl().toString(),
                challenge.siteKey());

        // when
        CaptchaInjection injection = injector.inject(page, challenge.kind(), token);
        if (!widget.invisible()) {
            // the invisible widget's callback submits the form itself
            page.click("#submit_button");
        }

        // then
        List<Submission> submissions = server.recorder().awaitSubmissions(1, Duration.ofSeconds(10));
        assertThat(submissions).singleElement().satisfies(submission -> {
            assertThat(submission.postingId()).isEqualTo(widget.slug());
            assertThat(submission.fields().get(widget.responseField())).contains(token);
            assertThat(submission.fields().get("callback_token")).containsExactly(token);
            assertThat(submission.fields().get("full_name")).containsExactly("Ada Lovelace");
        });
        assertThat(injection.fieldsFilled()).isPositive();
        assertThat(injection.callbacksInvoked() + injection.apisHooked()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = WidgetKind.class, names = {"RECAPTCHA_V2_CHECKBOX", "HCAPTCHA", "TURNSTILE"})
    void should_refuse_the_form_when_the_token_was_not_issued_by_the_emulator(WidgetKind widget) {
        // given
        page.navigate(server.url("/captcha/form/" + widget.slug()).toString());
        CaptchaChallenge challenge = detector.detect(page).get(0);

        // when
        injector.inject(page, challenge.kind(), "03AFcWeA-made-up-token");
        Response response = page.waitForNavigation(() -> page.click("#submit_button"));

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.textContent("#error")).contains("was not issued");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_refuse_the_form_when_the_token_is_set_but_the_callback_did_not_run() throws Exception {
        // given
        WidgetKind widget = WidgetKind.RECAPTCHA_V2_CHECKBOX;
        page.navigate(server.url("/captcha/form/" + widget.slug()).toString());
        String token = new EmulatorClient(server.url("/2captcha")).solve(KEY, "RecaptchaV2TaskProxyless",
                page.url(), widget.siteKey());

        // when: only the field, as a naive injector would do
        page.evaluate("token => { document.querySelector('[name=g-recaptcha-response]').value = token;"
                + " document.getElementById('submit_button').disabled = false; }", token);
        Response response = page.waitForNavigation(() -> page.click("#submit_button"));

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.textContent("#error")).contains("callback did not run");
        assertThat(server.submissions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = WidgetKind.class, names = {"HCAPTCHA", "TURNSTILE", "RECAPTCHA_V2_CHECKBOX"})
    void should_detect_and_inject_inside_a_frame_when_the_form_is_embedded(WidgetKind widget) throws Exception {
        // given
        page.navigate(server.url("/captcha/embed/" + widget.slug()).toString());
        List<CaptchaChallenge> challenges = detector.detect(page);
        assertThat(challenges).singleElement().satisfies(challenge -> {
            assertThat(challenge.kind()).isEqualTo(widget.kind());
            assertThat(challenge.pageUrl().toString()).endsWith("/captcha/form/" + widget.slug());
        });
        String token = new EmulatorClient(server.url("/2captcha")).solve(KEY,
                service.dialect().taskType(widget.kind(), false), challenges.get(0).pageUrl().toString(),
                widget.siteKey());

        // when
        injector.inject(page, widget.kind(), token);
        page.frameLocator("#application_frame").locator("#submit_button").click();

        // then
        assertThat(server.recorder().awaitSubmissions(1, Duration.ofSeconds(10))).singleElement()
                .satisfies(submission -> assertThat(submission.fields().get(widget.responseField())).contains(token));
    }

    @Test
    void should_find_nothing_and_refuse_injection_when_the_page_has_no_captcha() {
        // given
        page.setContent("<form><input name=q></form>");

        // when / then
        assertThat(detector.detect(page)).isEmpty();
        assertThatThrownBy(() -> injector.inject(page, CaptchaKind.TURNSTILE, "token"))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
                    assertThat(failure.getMessage()).contains("TURNSTILE").contains("detect the CAPTCHA again");
                });
    }
}
