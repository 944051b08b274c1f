package dev.nyx.core.browser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrowserDiscoveryTest {

    private static final String CACHE = "/home/candidate/.cache/ms-playwright";

    private final FakeSystemProbe machine = new FakeSystemProbe().env("PATH", "/usr/local/bin:/snap/bin");
    private final BrowserDiscovery discovery = new BrowserDiscovery(machine);

    @Test
    void should_use_configured_path_when_set_even_if_others_exist() {
        // given
        machine.executable("/usr/bin/chromium").executable("/opt/my/chrome");

        // when
        Path found = discovery.find(Optional.of(Path.of("/opt/my/chrome")), true);

        // then
        assertThat(found).isEqualTo(Path.of("/opt/my/chrome"));
    }

    @Test
    void should_fail_naming_setting_and_path_when_configured_path_does_not_exist() {
        machine.executable("/usr/bin/chromium");

        assertThatThrownBy(() -> discovery.find(Optional.of(Path.of("/opt/missing/chrome")), true))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("browser.executablePath '/opt/missing/chrome' does not exist");
    }

    @Test
    void should_fail_when_configured_path_is_not_executable() {
        machine.file("/opt/my/readme.txt");

        assertThatThrownBy(() -> discovery.find(Optional.of(Path.of("/opt/my/readme.txt")), true))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("is not an executable file");
    }

    @Test
    void should_prefer_newest_playwright_headless_shell_when_headless() {
        // given
        machine.executable(CACHE + "/chromium-1100/chrome-linux64/chrome")
                .executable(CACHE + "/chromium_headless_shell-1090/chrome-headless-shell-linux64/chrome-headless-shell")
                .executable(CACHE + "/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell")
                .executable("/usr/lib/chromium/chromium-headless-shell");

        // when
        Path found = discovery.find(Optional.empty(), true);

        // then
        assertThat(found).isEqualTo(Path.of(
                CACHE + "/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell"));
    }

    @Test
    void should_use_playwright_chromium_not_headless_shell_when_headed() {
        machine.executable(CACHE + "/chromium-1100/chrome-linux/chrome")
                .executable(CACHE + "/chromium_headless_shell-1200/chrome-linux/headless_shell");

        assertThat(discovery.find(Optional.empty(), false)).isEqualTo(Path.of(CACHE + "/chromium-1100/chrome-linux/chrome"));
    }

    @Test
    void should_look_in_playwright_browsers_path_when_variable_set() {
        machine.env("PLAYWRIGHT_BROWSERS_PATH", "/srv/pw")
                .executable("/srv/pw/chromium-1300/chrome-linux64/chrome")
                .executable("/usr/bin/chromium");

        assertThat(discovery.find(Optional.empty(), true)).isEqualTo(Path.of("/srv/pw/chromium-1300/chrome-linux64/chrome"));
    }

    @Test
    void should_prefer_system_headless_shell_over_full_chromium_when_headless() {
        machine.executable("/usr/bin/chromium").executable("/usr/lib/chromium/chromium-headless-shell");

        assertThat(discovery.find(Optional.empty(), true)).isEqualTo(Path.of("/usr/lib/chromium/chromium-headless-shell"));
    }

    @Test
    void should_use_full_chromium_when_headed_even_if_headless_shell_installed() {
        machine.executable("/usr/bin/chromium").executable("/usr/lib/chromium/chromium-headless-shell");

        assertThat(discovery.find(Optional.empty(), false)).isEqualTo(Path.of("/usr/bin/chromium"));
    }

    @Test
    void should_fall_back_to_google_chrome_when_no_chromium() {
        machine.executable("/usr/bin/google-chrome");

        assertThat(discovery.find(Optional.empty(), true)).isEqualTo(Path.of("/usr/bin/google-chrome"));
    }

    @Test
    void should_find_browser_on_path_when_not_in_usual_places() {
        machine.executable("/snap/bin/chromium");

        assertThat(discovery.find(Optional.empty(), true)).isEqualTo(Path.of("/snap/bin/chromium"));
    }

    @Test
    void should_list_candidates_in_documented_order() {
        assertThat(discovery.candidates(true)).containsSubsequence(
                Path.of("/usr/lib/chromium/chromium-headless-shell"), Path.of("/usr/bin/chromium"),
                Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"),
                Path.of("/usr/local/bin/chromium-headless-shell"), Path.of("/usr/local/bin/chromium"),
                Path.of("/snap/bin/chromium"));
    }

    @Test
    void should_say_how_to_install_a_browser_when_none_found() {
        assertThatThrownBy(() -> discovery.find(Optional.empty(), true))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BROWSER_NOT_FOUND);
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessageContaining("No Chromium or Chrome found")
                .hasMessageContaining("apt-get install -y chromium chromium-headless-shell")
                .hasMessageContaining("-Dexec.mainClass=com.microsoft.playwright.CLI")
                .hasMessageContaining("-Dexec.args=\"install chromium\"")
                .hasMessageContaining("browser.executablePath")
                .hasMessageContaining(CACHE);
    }

    @Test
    void should_locate_nothing_when_no_browser_is_installed() {
        // given: a machine with nothing but an unrelated executable on PATH
        machine.executable("/usr/local/bin/firefox");

        // when
        Optional<Path> located = discovery.locate(Optional.empty(), true);

        // then
        assertThat(located).isEmpty();
    }

    @Test
    void should_locate_what_find_returns_when_a_browser_is_installed() {
        machine.executable("/usr/bin/chromium");

        assertThat(discovery.locate(Optional.empty(), true)).contains(discovery.find(Optional.empty(), true));
    }

    @Test
    void should_still_refuse_a_wrong_configured_path_when_locating() {
        // a configured path is the user's choice: it is reported, never replaced by an installed browser
        assertThatThrownBy(() -> discovery.locate(Optional.of(Path.of("/opt/missing/chrome")), true))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }
}
