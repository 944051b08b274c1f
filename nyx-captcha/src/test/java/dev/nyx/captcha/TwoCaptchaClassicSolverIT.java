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

/** The classic in.php / res.php solver against the 2Captcha emulator. */
class TwoCaptchaClassicSolverIT {
    private static final String KEY = CreateTaskSolverIT.KEY;
    private static final CaptchaChallenge V3 = new CaptchaChallenge(CaptchaKind.RECAPTCHA_V3, "6LcScore",
            URI.create("https://jobs.example.com/apply"), Optional.of("apply"), true, false, Optional.empty());

    private final IssuedTokens tokens = new IssuedTokens();
    private ReplicaServer server;
    private CaptchaServiceEmulator emulator;

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
        emulator = new CaptchaServiceEmulator("2captcha", "/2captcha", ServiceDialect.TWO_CAPTCHA, KEY, tokens)
                .readyAfterPolls(2);
        server.mount(emulator);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TwoCaptchaClassicSolver solver(String key) {
        return new TwoCaptchaClassicSolver(new TestContext(Map.of("2captcha-classic.pollInterval", "PT0.02S",
                "2captcha-classic.timeout", "PT1S", "2captcha-classic.price", "0.00299"),
                Map.of("NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY", key,
                        "NYX_PLUGINS_CAPTCHA_2CAPTCHA_CLASSIC_URL", server.url("/2captcha").toString())));
    }

    @Test
    void should_return_the_issued_token_when_res_php_is_ready_after_not_ready_polls() {
        // when
        CaptchaSolution solution = solver(KEY).solve(V3);

        // then
        assertThat(tokens.isIssuedFor(solution.token(), "6LcScore")).isTrue();
        assertThat(solution.costUsd()).isEqualByComparingTo(new BigDecimal("0.00299"));
        assertThat(emulator.pollCount()).isEqualTo(3);
        ReceivedTask task = emulator.receivedTasks().get(0);
        assertThat(task.protocol()).isEqualTo("in.php");
        assertThat(task.fields()).containsEntry("method", "userrecaptcha").containsEntry("version", "v3")
                .containsEntry("action", "apply").containsEntry("googlekey", "6LcScore")
                .containsEntry("pageurl", "https://jobs.example.com/apply").containsEntry("enterprise", "1")
                .containsEntry("json", "1");
    }

    @Test
    void should_fail_naming_error_wrong_user_key_when_the_key_is_malformed() {
        assertThatThrownBy(() -> solver("short-key").solve(V3))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.getMessage()).contains("ERROR_WRONG_USER_KEY").doesNotContain("short-key");
                });
    }

    @Test
    void should_fail_as_unsolved_when_res_php_reports_unsolvable() {
        // given
        emulator.failWith(ServiceFailure.UNSOLVABLE);

        // when / then
        assertThatThrownBy(() -> solver(KEY).solve(V3))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
                    assertThat(failure.getMessage()).contains("ERROR_CAPTCHA_UNSOLVABLE");
                });
    }

    @Test
    void should_time_out_when_res_php_stays_not_ready() {
        // given
        emulator.failWith(ServiceFailure.NEVER_READY);

        // when / then
        assertThatThrownBy(() -> solver(KEY).solve(V3))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
                    assertThat(failure.getMessage()).contains("CAPCHA_NOT_READY");
                });
    }
}
