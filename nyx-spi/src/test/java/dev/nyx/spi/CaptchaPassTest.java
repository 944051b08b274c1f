package dev.nyx.spi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaptchaPassTest {
    @Test
    void should_throw_captcha_unsolved_with_the_reason_when_refused() {
        assertThatThrownBy(() -> CaptchaPass.refused("2captcha: ERROR_ZERO_BALANCE").orThrow())
                .isInstanceOfSatisfying(NyxException.class, thrown ->
                        org.assertj.core.api.Assertions.assertThat(thrown.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED))
                .hasMessage("2captcha: ERROR_ZERO_BALANCE");
    }

    @Test
    void should_go_on_quietly_when_cleared() {
        assertThatCode(() -> CaptchaPass.clearedPass().orThrow()).doesNotThrowAnyException();
    }

    @Test
    void should_refuse_a_refusal_without_a_reason() {
        assertThatThrownBy(() -> CaptchaPass.refused(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
