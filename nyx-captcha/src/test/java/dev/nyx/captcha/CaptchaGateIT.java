package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.captcha.CaptchaGate;
import dev.nyx.core.captcha.CaptchaGateResult;
import dev.nyx.core.captcha.CaptchaGateSettings;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.captcha.CaptchaServiceEmulator;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.ServiceDialect;
import dev.nyx.testkit.captcha.ServiceFailure;
import dev.nyx.testkit.captcha.TelegramBotEmulator;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core's CAPTCHA gate over the real solvers and the testkit emulators. */
class CaptchaGateIT {
    private static final String TWO_CAPTCHA_KEY = "2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c";
    private static final String CAPSOLVER_KEY = "CAP-5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e";
    private static final String ANTI_KEY = "a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7";
    private static final String WRONG_KEY = "wrongwrongwrongwrongwrongwrong00";
    private static final CaptchaChallenge CHALLENGE = new CaptchaChallenge(CaptchaKind.RECAPTCHA_V2, "6LcGate",
            URI.create("https://jobs.example.com/apply"), Optional.empty(), false, false, Optional.empty());

    @TempDir
    Path temp;

    private final IssuedTokens tokens = new IssuedTokens();
    private ReplicaServer server;
    private PluginGuard guard;
    private CaptchaServiceEmulator twoCaptcha;
    private CaptchaServiceEmulator capSolver;
    private CaptchaServiceEmulator antiCaptcha;
    private CaptchaServiceEmulator classic;

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
        twoCaptcha = mount("2captcha", ServiceDialect.TWO_CAPTCHA, TWO_CAPTCHA_KEY);
        capSolver = mount("capsolver", ServiceDialect.CAPSOLVER, CAPSOLVER_KEY);
        antiCaptcha = mount("anticaptcha", ServiceDialect.ANTI_CAPTCHA, ANTI_KEY);
        classic = mount("classic", ServiceDialect.TWO_CAPTCHA, TWO_CAPTCHA_KEY);
        server.mount(new TelegramBotEmulator("/telegram", TelegramHandoffSolverIT.BOT_TOKEN, Clock.systemUTC()));
        guard = new PluginGuard(PluginHost.start(TestConfigs.config(temp, Duration.ofSeconds(20)).plugins()),
                TestConfigs.config(temp, Duration.ofSeconds(20)));
    }

    @AfterEach
    void stop() {
        guard.close();
        server.close();
    }

    private CaptchaServiceEmulator mount(String name, ServiceDialect dialect, String key) {
        CaptchaServiceEmulator emulator = new CaptchaServiceEmulator(name, "/" + name, dialect, key, tokens)
                .readyAfterPolls(1);
        server.mount(emulator);
        return emulator;
    }

    private Set<CaptchaSolver> solvers(String twoCaptchaKey) {
        Map<String, String> environment = new HashMap<>();
        environment.put("NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY", twoCaptchaKey);
        environment.put("NYX_PLUGINS_CAPTCHA_2CAPTCHA_URL", server.url("/2captcha").toString());
        environment.put("NYX_PLUGINS_CAPTCHA_2CAPTCHA_CLASSIC_URL", server.url("/classic").toString());
        environment.put("NYX_PLUGINS_CAPTCHA_CAPSOLVER_KEY", CAPSOLVER_KEY);
        environment.put("NYX_PLUGINS_CAPTCHA_CAPSOLVER_URL", server.url("/capsolver").toString());
        environment.put("NYX_PLUGINS_CAPTCHA_ANTICAPTCHA_KEY", ANTI_KEY);
        environment.put("NYX_PLUGINS_CAPTCHA_ANTICAPTCHA_URL", server.url("/anticaptcha").toString());
        environment.put("NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN", TelegramHandoffSolverIT.BOT_TOKEN);
        environment.put("NYX_PLUGINS_CAPTCHA_TELEGRAM_CHAT_ID", "4242");
        environment.put("NYX_PLUGINS_CAPTCHA_TELEGRAM_URL", server.url("/telegram").toString());
        Map<String, String> settings = new HashMap<>();
        for (String service : List.of("2captcha", "capsolver", "anticaptcha", "2captcha-classic", "telegram")) {
            settings.put(service + ".pollInterval", "PT0.02S");
            settings.put(service + ".timeout", "PT1S");
            settings.put(service + ".longPoll", "PT1S");
        }
        TestContext context = new TestContext(settings, environment);
        return Set.of(new TwoCaptchaSolver(context), new CapSolverSolver(context),
                new AntiCaptchaSolver(context), new TwoCaptchaClassicSolver(context),
                new TelegramHandoffSolver(context));
    }

    private CaptchaGate gate(Set<CaptchaSolver> solvers, Optional<String> handoff) {
        List<String> order = handoff.isPresent() ? CaptchaGateSettings.defaults().order()
                : List.of("2captcha", "capsolver", "anticaptcha", "2captcha-classic");
        return new CaptchaGate(solvers, guard, Clock.systemUTC(),
                new CaptchaGateSettings(order, Duration.ofMinutes(1), BigDecimal.ONE, handoff));
    }

    @Test
    void should_reach_the_last_token_service_when_bad_key_zero_balance_and_unsolvable_come_first() {
        // given
        capSolver.failWith(ServiceFailure.ZERO_BALANCE);
        antiCaptcha.failWith(ServiceFailure.UNSOLVABLE);

        // when
        CaptchaGateResult result = gate(solvers(WRONG_KEY), Optional.empty()).solve(CHALLENGE, BigDecimal.ZERO);

        // then: the classic API shares the 2Captcha key, which the classic emulator accepts only when right
        assertThat(result.stopAs()).contains(ApplicationStatus.FAILED);
        assertThat(result.reason()).contains("ERROR_KEY_DOES_NOT_EXIST").contains("ERROR_ZERO_BALANCE")
                .contains("ERROR_CAPTCHA_UNSOLVABLE");
        assertThat(twoCaptcha.receivedTasks()).hasSize(1);
        assertThat(capSolver.receivedTasks()).hasSize(1);
        assertThat(antiCaptcha.receivedTasks()).hasSize(1);
        assertThat(classic.receivedTasks()).hasSize(1);
    }

    @Test
    void should_solve_with_the_next_service_when_the_first_never_gets_ready() {
        // given
        twoCaptcha.failWith(ServiceFailure.NEVER_READY);

        // when
        CaptchaGateResult result = gate(solvers(TWO_CAPTCHA_KEY), Optional.empty()).solve(CHALLENGE, BigDecimal.ZERO);

        // then
        assertThat(result.passed()).isTrue();
        assertThat(result.solutions()).singleElement().satisfies(solution -> {
            assertThat(solution.solver()).isEqualTo("capsolver");
            assertThat(tokens.isIssuedFor(solution.token(), "6LcGate")).isTrue();
        });
    }

    @Test
    void should_need_input_when_every_service_fails_and_nobody_answers_on_telegram() {
        // given
        for (CaptchaServiceEmulator emulator : List.of(twoCaptcha, capSolver, antiCaptcha, classic)) {
            emulator.failWith(ServiceFailure.NO_SLOT);
        }

        // when
        CaptchaGateResult result = gate(solvers(TWO_CAPTCHA_KEY), Optional.of("telegram")).solve(CHALLENGE,
                BigDecimal.ZERO);

        // then
        assertThat(result.stopAs()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(result.reason()).contains("ERROR_NO_SLOT_AVAILABLE").contains("nobody answered");
    }

    @Test
    void should_keep_keys_and_bot_tokens_out_of_reasons_logs_and_to_string_when_everything_fails() throws Exception {
        // given
        for (CaptchaServiceEmulator emulator : List.of(twoCaptcha, capSolver, antiCaptcha, classic)) {
            emulator.failWith(ServiceFailure.BAD_KEY);
        }
        Set<CaptchaSolver> solvers = solvers(TWO_CAPTCHA_KEY);

        // when
        CaptchaGateResult result = gate(solvers, Optional.of("telegram")).solve(CHALLENGE, BigDecimal.ZERO);

        // then
        List<String> secrets = List.of(TWO_CAPTCHA_KEY, CAPSOLVER_KEY, ANTI_KEY, TelegramHandoffSolverIT.BOT_TOKEN);
        StringBuilder visible = new StringBuilder(result.reason());
        solvers.forEach(solver -> visible.append(solver));
        Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/it-log.txt"));
        String logged = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        assertThat(logged).contains("solver 2captcha failed");
        for (String secret : secrets) {
            assertThat(visible.toString()).doesNotContain(secret);
            assertThat(logged).doesNotContain(secret);
        }
        assertThat(result.reason()).contains("ERROR_KEY_DOES_NOT_EXIST");
    }
}
