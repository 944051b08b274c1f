package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.model.CaptchaSolution;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.captcha.CaptchaServiceEmulator;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.ReceivedTask;
import dev.nyx.testkit.captcha.ServiceDialect;
import dev.nyx.testkit.captcha.ServiceFailure;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The createTask solvers against the service emulator in each dialect. */
class CreateTaskSolverIT {
    static final String KEY = "c0ffee0123456789abcdef0123456789";
    static final CaptchaChallenge TURNSTILE = new CaptchaChallenge(CaptchaKind.TURNSTILE, "0x4AAAAAAAReplica",
            URI.create("https://jobs.example.com/apply"), Optional.of("apply"), false, false, Optional.empty());
    static final CaptchaChallenge INVISIBLE_V2 = new CaptchaChallenge(CaptchaKind.RECAPTCHA_V2, "6LcInvisible",
            URI.create("https://jobs.example.com/apply"), Optional.empty(), false, true, Optional.empty());

    private ReplicaServer server;
    private final IssuedTokens tokens = new IssuedTokens();

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static ServiceDialect dialectOf(CreateTaskService service) {
        return switch (service) {
            case TWO_CAPTCHA -> ServiceDialect.TWO_CAPTCHA;
            case CAPSOLVER -> ServiceDialect.CAPSOLVER;
            case ANTI_CAPTCHA -> ServiceDialect.ANTI_CAPTCHA;
        };
    }

    private CaptchaServiceEmulator emulator(CreateTaskService service) {
        CaptchaServiceEmulator emulator = new CaptchaServiceEmulator(service.serviceName(), "/" + service.serviceName(),
                dialectOf(service), KEY, tokens).readyAfterPolls(2).cost(new BigDecimal("0.00145"));
        server.mount(emulator);
        return emulator;
    }

    CreateTaskSolver solver(CreateTaskService service, String key) {
        Map<String, String> environment = Map.of("NYX_PLUGINS_CAPTCHA_" + service.serviceName().toUpperCase(java.util.Locale.ROOT) + "_KEY", key,
                "NYX_PLUGINS_CAPTCHA_" + service.serviceName().toUpperCase(java.util.Locale.ROOT) + "_URL", server.url("/" + service.serviceName()).toString());
        Map<String, String> settings = Map.of(service.serviceName() + ".pollInterval", "PT0.02S",
                service.serviceName() + ".timeout", "PT1S");
        TestContext context = new TestContext(settings, environment);
        return switch (service) {
            case TWO_CAPTCHA -> new TwoCaptchaSolver(context);
            case CAPSOLVER -> new CapSolverSolver(context);
            case ANTI_CAPTCHA -> new AntiCaptchaSolver(context);
        };
    }

    @ParameterizedTest
    @EnumSource(CreateTaskService.class)
    void should_return_the_issued_token_with_its_cost_when_the_service_solves_after_some_polls(
            CreateTaskService service) {
        // given
        CaptchaServiceEmulator emulator = emulator(service);

        // when
        CaptchaSolution solution = solver(service, KEY).solve(TURNSTILE);

        // then
        assertThat(tokens.isIssuedFor(solution.token(), TURNSTILE.siteKey())).isTrue();
        assertThat(solution.solver()).isEqualTo(service.serviceName());
        assertThat(solution.costUsd()).isEqualByComparingTo(service == CreateTaskService.CAPSOLVER
                ? BigDecimal.ZERO : new BigDecimal("0.00145"));
        assertThat(emulator.pollCount()).isEqualTo(3);
        ReceivedTask task = emulator.receivedTasks().get(0);
        assertThat(task.clientKey()).isEqualTo(KEY);
        assertThat(task.field("type")).isEqualTo(dialectOf(service).taskType(CaptchaKind.TURNSTILE, false));
        assertThat(task.field("websiteURL")).isEqualTo("https://jobs.example.com/apply");
        assertThat(task.field("websiteKey")).isEqualTo("0x4AAAAAAAReplica");
        assertThat(service == CreateTaskService.CAPSOLVER ? task.field("metadata") : task.field("action"))
                .contains("apply");
    }

    @ParameterizedTest
    @EnumSource(CreateTaskService.class)
    void should_send_the_invisible_flag_when_the_recaptcha_is_invisible(CreateTaskService service) {
        // given
        CaptchaServiceEmulator emulator = emulator(service);

        // when
        solver(service, KEY).solve(INVISIBLE_V2);

        // then
        ReceivedTask task = emulator.receivedTasks().get(0);
        assertThat(task.field("type")).isEqualTo(service == CreateTaskService.CAPSOLVER
                ? "ReCaptchaV2TaskProxyLess" : "RecaptchaV2TaskProxyless");
        assertThat(task.field("isInvisible")).isEqualTo("true");
    }

    @ParameterizedTest
    @EnumSource(CreateTaskService.class)
    void should_fail_as_configuration_naming_the_service_code_when_the_key_is_wrong(CreateTaskService service) {
        // given
        emulator(service);

        // when / then
        assertThatThrownBy(() -> solver(service, "wrong-key-0000000000000000000000").solve(TURNSTILE))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.isRetryable()).isFalse();
                    assertThat(failure.getMessage()).contains(service.serviceName()).contains("ERROR_KEY_DOES_NOT_EXIST")
                            .contains("NYX_PLUGINS_CAPTCHA_" + service.serviceName().toUpperCase(java.util.Locale.ROOT) + "_KEY").doesNotContain("wrong-key");
                });
    }

    @Test
    void should_fail_permanently_when_the_balance_is_zero() {
        // given
        emulator(CreateTaskService.TWO_CAPTCHA).failWith(ServiceFailure.ZERO_BALANCE);

        // when / then
        assertThatThrownBy(() -> solver(CreateTaskService.TWO_CAPTCHA, KEY).solve(TURNSTILE))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_SERVICE_FAILED);
                    assertThat(failure.isRetryable()).isFalse();
                    assertThat(failure.getMessage()).contains("ERROR_ZERO_BALANCE").contains("top up");
                });
    }

    @Test
    void should_fail_retryably_when_no_slot_is_available() {
        // given
        emulator(CreateTaskService.ANTI_CAPTCHA).failWith(ServiceFailure.NO_SLOT);

        // when / then
        assertThatThrownBy(() -> solver(CreateTaskService.ANTI_CAPTCHA, KEY).solve(TURNSTILE))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(failure.isRetryable()).isTrue();
                    assertThat(failure.getMessage()).contains("ERROR_NO_SLOT_AVAILABLE");
                });
    }

    @Test
    void should_fail_as_unsolved_when_the_service_cannot_solve_it() {
        // given
        emulator(CreateTaskService.CAPSOLVER).failWith(ServiceFailure.UNSOLVABLE);

        // when / then
        assertThatThrownBy(() -> solver(CreateTaskService.CAPSOLVER, KEY).solve(TURNSTILE))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
                    assertThat(failure.getMessage()).contains("ERROR_CAPTCHA_UNSOLVABLE");
                });
    }

    @Test
    void should_time_out_retryably_when_the_task_is_never_ready() {
        // given
        CaptchaServiceEmulator emulator = emulator(CreateTaskService.TWO_CAPTCHA).failWith(ServiceFailure.NEVER_READY);

        // when / then
        assertThatThrownBy(() -> solver(CreateTaskService.TWO_CAPTCHA, KEY).solve(TURNSTILE))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
                    assertThat(failure.getMessage()).contains("within PT1S").contains("processing");
                });
        assertThat(emulator.pollCount()).isGreaterThan(3);
    }

    @Test
    void should_be_disabled_and_say_which_variable_to_set_when_no_key_is_configured() {
        // given
        TwoCaptchaSolver solver = new TwoCaptchaSolver(new TestContext(Map.of()));

        // when / then
        assertThat(solver.isEnabled()).isFalse();
        assertThatThrownBy(() -> solver.solve(TURNSTILE))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.getMessage()).contains("NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY");
                });
    }
}
