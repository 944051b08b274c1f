package dev.nyx.core.browser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContextSettingsTest {

    private static NyxConfig.Browser browser(Optional<String> locale, Optional<String> timezone, int width,
                                             Duration stepTimeout) {
        return new NyxConfig.Browser(Optional.empty(), true, Optional.empty(), locale, timezone, width, 800,
                Map.of(), Duration.ZERO, stepTimeout);
    }

    @Test
    void should_name_setting_when_timezone_is_unknown() {
        NyxConfig.Browser browser = browser(Optional.empty(), Optional.of("Mars/Olympus"), 1280, Duration.ofSeconds(5));

        assertThatThrownBy(() -> new ContextSettings(browser))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("browser.timezone 'Mars/Olympus'")
                .hasMessageContaining("Europe/Berlin");
    }

    @Test
    void should_name_setting_when_viewport_is_not_positive() {
        NyxConfig.Browser browser = browser(Optional.empty(), Optional.empty(), 0, Duration.ofSeconds(5));

        assertThatThrownBy(() -> new ContextSettings(browser))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("browser.viewportWidth/viewportHeight must be positive, got 0x800");
    }

    @Test
    void should_name_setting_when_step_timeout_is_zero() {
        NyxConfig.Browser browser = browser(Optional.empty(), Optional.empty(), 1280, Duration.ZERO);

        assertThatThrownBy(() -> new ContextSettings(browser))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("browser.stepTimeout must be positive");
    }

    @Test
    void should_name_setting_when_locale_is_not_a_language_tag() {
        NyxConfig.Browser browser = browser(Optional.of("!!"), Optional.empty(), 1280, Duration.ofSeconds(5));

        assertThatThrownBy(() -> new ContextSettings(browser))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("browser.locale '!!'");
    }

    @Test
    void should_launch_with_stack_flags_and_executable_when_valid() {
        ContextSettings settings = new ContextSettings(TestConfigs.browser(Optional.empty()));

        var launch = settings.launchOptions(Path.of("/usr/bin/chromium"));

        assertThat(launch.executablePath).isEqualTo(Path.of("/usr/bin/chromium"));
        assertThat(launch.args).contains("--no-sandbox", "--disable-background-networking", "--disable-quic");
        assertThat(launch.headless).isTrue();
        assertThat(settings.stepTimeoutMillis()).isEqualTo(20_000);
    }
}
