package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.nyx.core.captcha.CaptchaGate;
import dev.nyx.core.captcha.CaptchaGateResult;
import dev.nyx.core.captcha.CaptchaGateSettings;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.captcha.CaptchaServiceEmulator;
import dev.nyx.testkit.captcha.CaptchaWidgetSite;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.ServiceDialect;
import dev.nyx.testkit.captcha.ServiceFailure;
import dev.nyx.testkit.captcha.TelegramBotEmulator;
import dev.nyx.testkit.captcha.WidgetKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate end to end in Chromium: detect on a replica form, solve through the emulators, inject, submit. */
class CaptchaGateBrowserIT {
    private static final String KEY = CreateTaskSolverIT.KEY;
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private static Playwright playwright;
    private static Browser browser;

    @TempDir
    Path temp;

    private final IssuedTokens tokens = new IssuedTokens();
    private ReplicaServer server;
    private CaptchaServiceEmulator twoCaptcha;
    private CaptchaServiceEmulator capSolver;
    private TelegramBotEmulator telegram;
    private PluginGuard guard;
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
    void start() {
        server = ReplicaServer.start();
        server.mount(new CaptchaWidgetSite("/captcha", tokens));
        twoCaptcha = new CaptchaServiceEmulator("2captcha", "/2captcha", ServiceDialect.TWO_CAPTCHA, KEY, tokens)
                .readyAfterPolls(1).cost(new BigDecimal("0.003"));
        capSolver = new CaptchaServiceEmulator("capsolver", "/capsolver", ServiceDialect.CAPSOLVER, KEY, tokens)
                .readyAfterPolls(1);
        telegram = new TelegramBotEmulator("/telegram", TelegramHandoffSolverIT.BOT_TOKEN, Clock.systemUTC());
        server.mount(twoCaptcha).mount(capSolver).mount(telegram);
        guard = new PluginGuard(PluginHost.start(TestConfigs.config(temp, Duration.ofSeconds(30)).plugins()),
                TestConfigs.config(temp, Duration.ofSeconds(30)));
        page = browser.newPage();
    }

    @AfterEach
    void stop() {
        page.context().close();
        guard.close();
        server.close();
    }

    private CaptchaGate gate() {
        Map<String, String> environment = Map.of(
                "NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY", KEY, "NYX_PLUGINS_CAPTCHA_2CAPTCHA_URL", server.url("/2captcha").toString(),
                "NYX_PLUGINS_CAPTCHA_CAPSOLVER_KEY", KEY, "NYX_PLUGINS_CAPTCHA_CAPSOLVER_URL", server.url("/capsolver").toString(),
                "NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN", TelegramHandoffSolverIT.BOT_TOKEN,
                "NYX_PLUGINS_CAPTCHA_TELEGRAM_CHAT_ID", Long.toString(TelegramHandoffSolverIT.CHAT_ID),
                "NYX_PLUGINS_CAPTCHA_TELEGRAM_URL", server.url("/telegram").toString());
        TestContext context = new TestContext(Map.of("2captcha.pollInterval", "PT0.02S", "2captcha.timeout", "PT1S",
                "capsolver.pollInterval", "PT0.02S", "capsolver.timeout", "PT1S",
                "telegram.timeout", "PT20S", "telegram.longPoll", "PT1S"), environment);
        Set<CaptchaSolver> solvers = Set.of(new TwoCaptchaSolver(context),
                new CapSolverSolver(context), new TelegramHandoffSolver(context));
        return new CaptchaGate(solvers, guard, Clock.systemUTC(), new CaptchaGateSettings(
                List.of("2captcha", "capsolver", "telegram"), Duration.ofMinutes(1), BigDecimal.ONE,
                Optional.of("telegram")));
    }

    @Test
    void should_submit_with_the_second_service_token_when_the_first_service_has_no_balance() {
        // given
        twoCaptcha.failWith(ServiceFailure.ZERO_BALANCE);
        page.navigate(server.url("/captcha/form/" + WidgetKind.HCAPTCHA.slug()).toString());
        page.fill("#full_name", "Ada Lovelace");

        // when
        CaptchaGateResult result = gate().pass(page, temp.resolve("captcha.png"));
        page.click("#submit_button");

        // then
        assertThat(result.passed()).isTrue();
        assertThat(result.solutions()).singleElement()
                .satisfies(solution -> assertThat(solution.solver()).isEqualTo("capsolver"));
        assertThat(server.recorder().awaitSubmissions(1, Duration.ofSeconds(10))).singleElement()
                .satisfies(submission -> assertThat(submission.fields().get("h-captcha-response"))
                        .containsExactly(result.solutions().get(0).token()));
    }

    @Test
    void should_submit_with_the_candidates_token_when_every_service_fails_and_the_handoff_answers() throws Exception {
        // given
        twoCaptcha.failWith(ServiceFailure.BAD_KEY);
        capSolver.failWith(ServiceFailure.UNSOLVABLE);
        page.navigate(server.url("/captcha/form/" + WidgetKind.TURNSTILE.slug()).toString());
        Path screenshot = temp.resolve("captcha.png");
        // the gate runs on a worker; Playwright pages are not thread-safe, so the test thread waits
        CompletableFuture<CaptchaGateResult> passing = CompletableFuture.supplyAsync(() -> gate().pass(page, screenshot));
        await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.sentPhotos().isEmpty());

        // when: the candidate solved it elsewhere and pastes a genuine token
        String pasted = tokens.issue(WidgetKind.TURNSTILE.siteKey());
        telegram.reply(TelegramHandoffSolverIT.CHAT_ID, pasted);
        CaptchaGateResult result = passing.get(20, TimeUnit.SECONDS);
        page.click("#submit_button");

        // then
        assertThat(result.passed()).isTrue();
        assertThat(telegram.sentPhotos().get(0).bytes()).isEqualTo(Files.readAllBytes(screenshot));
        assertThat(server.recorder().awaitSubmissions(1, Duration.ofSeconds(10))).singleElement()
                .satisfies(submission -> assertThat(submission.fields().get("cf-turnstile-response"))
                        .containsExactly(pasted));
    }
}
