package dev.nyx.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.TestConfigs;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluginSettingsTest {
    @TempDir
    Path temp;

    private ExtensionContexts contexts(Map<String, Map<String, String>> settings, Map<String, String> variables) {
        NyxConfig base = TestConfigs.config(temp.resolve("data"), temp.resolve("plugins"), Duration.ofSeconds(1),
                settings);
        NyxConfig config = new NyxConfig(base.dataDirectory(), base.database(), new NyxConfig.Plugins(
                base.plugins().directory(), base.plugins().mode(), settings, variables), base.browser(), base.llm(),
                base.policyFile(), base.limits(), base.network(), base.captcha());
        return new ExtensionContexts(config, Clock.systemUTC());
    }

    @Test
    void should_give_each_plugin_only_its_own_settings_when_two_plugins_are_configured() {
        // given
        ExtensionContexts contexts = contexts(Map.of(
                "captcha", Map.of("2captcha.key", "captcha-secret-1"),
                "greenhouse", Map.of("useApi", "false")), Map.of("NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN", "bot-2"));

        // when
        ExtensionSettings greenhouse = contexts.forPlugin("greenhouse").settings();
        ExtensionSettings captcha = contexts.forPlugin("captcha").settings();

        // then: nothing of one plugin is reachable from the other, by any key
        assertThat(greenhouse.get("2captcha.key")).isEmpty();
        assertThat(greenhouse.get("captcha.2captcha.key")).isEmpty();
        assertThat(greenhouse.get("telegram.botToken")).isEmpty();
        assertThat(greenhouse.getBoolean("useApi")).contains(false);
        assertThat(captcha.get("useApi")).isEmpty();
        assertThat(captcha.getSecret("2captcha.key")).hasValueSatisfying(secret ->
                assertThat(secret.reveal()).isEqualTo("captcha-secret-1"));
        assertThat(captcha.section("telegram").getSecret("botToken")).hasValueSatisfying(secret ->
                assertThat(secret.reveal()).isEqualTo("bot-2"));
    }

    @Test
    void should_let_the_environment_win_when_file_and_variable_set_a_key() {
        // given
        ExtensionSettings settings = new PluginSettings("captcha", Map.of("2captcha.url", "https://file.example"),
                Map.of("NYX_PLUGINS_CAPTCHA_2CAPTCHA_URL", "http://env.example:9/", "NYX_PLUGINS_OTHER_2CAPTCHA_URL",
                        "http://other.example"));

        // when / then
        assertThat(settings.section("2captcha").getUri("url")).contains(URI.create("http://env.example:9"));
    }

    @ParameterizedTest
    @CsvSource({
            "captcha, telegram.botToken, NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN",
            "captcha, 2captcha-classic.key, NYX_PLUGINS_CAPTCHA_2CAPTCHA_CLASSIC_KEY",
            "event-log, file, NYX_PLUGINS_EVENT_LOG_FILE",
            "greenhouse, apiBaseUrl, NYX_PLUGINS_GREENHOUSE_API_BASE_URL"})
    void should_name_the_environment_variable_in_upper_snake_case(String plugin, String key, String variable) {
        assertThat(PluginSettings.variableName(plugin, key)).isEqualTo(variable);
    }

    @ParameterizedTest
    @CsvSource({
            "flag, maybe, true or false",
            "count, three, whole number",
            "wait, 10 minutes, duration",
            "wait, -PT5S, positive duration",
            "url, ftp://example.com, http(s) URL",
            "url, not a url, http(s) URL"})
    void should_name_the_full_path_and_variable_when_a_typed_value_does_not_parse(String key, String value,
                                                                                  String expected) {
        // given
        ExtensionSettings settings = new PluginSettings("lever", Map.of("api." + key, value), Map.of()).section("api");

        // when / then
        assertThatThrownBy(() -> {
            settings.getBoolean("flag");
            settings.getInt("count");
            settings.getDuration("wait");
            settings.getUri("url");
        }).isInstanceOfSatisfying(NyxException.class, thrown -> {
            assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
            assertThat(thrown.getMessage()).contains("plugins.settings.lever.api." + key)
                    .contains(PluginSettings.variableName("lever", "api." + key)).contains(expected);
        });
    }

    @Test
    void should_read_typed_values_when_they_parse() {
        // given
        ExtensionSettings settings = new PluginSettings("lever", Map.of("flag", "Yes", "count", "3", "wait", "250ms",
                "iso", "PT2M", "url", "https://api.lever.co/"), Map.of());

        // then
        assertThat(settings.getBoolean("flag", false)).isTrue();
        assertThat(settings.getInt("count", 1)).isEqualTo(3);
        assertThat(settings.getDuration("wait", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.getDuration("iso", Duration.ZERO)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.getUri("url")).contains(URI.create("https://api.lever.co"));
        assertThat(settings.getInt("missing", 7)).isEqualTo(7);
        assertThat(settings.path()).isEqualTo("plugins.settings.lever");
    }

    @Test
    void should_name_the_setting_and_variable_when_a_required_one_is_missing() {
        assertThatThrownBy(() -> new PluginSettings("event-log", Map.of(), Map.of()).require("token"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("plugins.settings.event-log.token (or NYX_PLUGINS_EVENT_LOG_TOKEN) is missing");
    }

    @Test
    void should_show_names_but_never_values_when_printed() {
        // given
        ExtensionSettings settings = new PluginSettings("captcha", Map.of("2captcha.key", "captcha-secret-1"),
                Map.of("NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN", "bot-secret-2"));

        // then
        assertThat(settings.toString() + settings.getSecret("2captcha.key").orElseThrow()
                + settings.section("telegram").getSecret("botToken").orElseThrow())
                .contains("2captcha.key").doesNotContain("captcha-secret-1").doesNotContain("bot-secret-2");
    }

    @Test
    void should_create_the_plugin_data_folder_under_extensions_when_asked() {
        // when
        ExtensionContext context = contexts(Map.of(), Map.of()).forPlugin("event-log");

        // then
        assertThat(context.pluginId()).isEqualTo("event-log");
        assertThat(context.dataDirectory()).isEqualTo(temp.resolve("data/extensions/event-log"));
        assertThat(Files.isDirectory(context.dataDirectory())).isTrue();
    }

    @Test
    void should_refuse_a_plugin_id_when_it_would_leave_the_extensions_folder() {
        assertThatThrownBy(() -> contexts(Map.of(), Map.of()).forPlugin("../escape"))
                .isInstanceOfSatisfying(NyxException.class, thrown ->
                        assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_STATE))
                .hasMessageContaining("'../escape'");
    }
}
