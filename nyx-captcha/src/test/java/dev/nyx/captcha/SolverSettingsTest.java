package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolverSettingsTest {
    @Test
    void should_let_the_environment_win_when_both_config_and_environment_set_the_url() {
        // given
        TestContext context = new TestContext(Map.of("2captcha.key", "from-config-0000000000000000000000",
                "2captcha.url", "https://config.example"), Map.of("NYX_PLUGINS_CAPTCHA_2CAPTCHA_URL", "http://env.example:9/"));

        // when
        TwoCaptchaSolver solver = new TwoCaptchaSolver(context);

        // then
        assertThat(solver.isEnabled()).isTrue();
        assertThat(solver.toString()).contains("http://env.example:9").doesNotContain("from-config");
    }

    @Test
    void should_default_to_the_real_api_when_no_url_is_given() {
        assertThat(new CapSolverSolver(new TestContext(Map.of())).toString())
                .contains("https://api.capsolver.com").contains("enabled=false");
    }

    @Test
    void should_name_the_setting_and_variable_when_the_url_is_not_http() {
        assertThatThrownBy(() -> new AntiCaptchaSolver(new TestContext(Map.of(),
                Map.of("NYX_PLUGINS_CAPTCHA_ANTICAPTCHA_URL", "ftp://nope"))))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.getMessage()).contains("plugins.settings.captcha.anticaptcha.url")
                            .contains("NYX_PLUGINS_CAPTCHA_ANTICAPTCHA_URL").contains("ftp://nope").contains("http(s) URL");
                });
    }

    @Test
    void should_name_the_setting_when_a_duration_is_malformed() {
        assertThatThrownBy(() -> new TelegramHandoffSolver(new TestContext(Map.of("telegram.timeout", "10 minutes"))))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.getMessage()).contains("plugins.settings.captcha.telegram.timeout")
                            .contains("10 minutes").contains("NYX_PLUGINS_CAPTCHA_TELEGRAM_TIMEOUT").contains("5m");
                });
    }
}
