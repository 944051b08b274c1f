package dev.nyx.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.core.problem.Problem;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final Path SAMPLE = Path.of("..", "nyx-examples", "sample", "nyx.yaml").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    private final Map<String, String> home = Map.of("HOME", "/home/mara");

    @Test
    void should_use_every_default_when_there_is_no_file_and_no_override() {
        // when
        NyxConfig config = new ConfigLoader(home).loadDefaults();

        // then
        Path data = Path.of("/home/mara/.local/share/nyx");
        assertThat(config.dataDirectory()).isEqualTo(data);
        assertThat(config.database().url()).isEmpty();
        assertThat(config.database().password()).isEmpty();
        assertThat(config.database().maximumPoolSize()).isEqualTo(5);
        assertThat(config.plugins().directory()).isEqualTo(data.resolve("plugins"));
        assertThat(config.plugins().mode()).isEqualTo(NyxConfig.PluginMode.DEPLOYMENT);
        assertThat(config.plugins().settings()).isEmpty();
        assertThat(config.browser().headless()).isTrue();
        assertThat(config.browser().executablePath()).isEmpty();
        assertThat(config.browser().viewportWidth()).isEqualTo(1280);
        assertThat(config.browser().viewportHeight()).isEqualTo(800);
        assertThat(config.browser().slowMo()).isEqualTo(Duration.ZERO);
        assertThat(config.browser().stepTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.llm().baseUrl()).isEmpty();
        assertThat(config.llm().prices()).isEmpty();
        assertThat(config.policyFile()).isEmpty();
        assertThat(config.limits().maxApplicationsPerSession()).isEqualTo(25);
        assertThat(config.limits().maxCostUsdPerSession()).isEqualByComparingTo("5");
        assertThat(config.limits().maxSessionDuration()).isEqualTo(Duration.ofHours(2));
        assertThat(config.limits().concurrency()).isEqualTo(2);
        assertThat(config.limits().pluginCallTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(config.network().allowPrivateAddresses()).isFalse();
        assertThat(config.network().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.network().requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.matching().scorer()).isEqualTo("embedding");
    }

    @Test
    void should_put_data_under_xdg_data_home_when_it_is_set() {
        NyxConfig config = new ConfigLoader(Map.of("HOME", "/home/mara", "XDG_DATA_HOME", "/data")).loadDefaults();

        assertThat(config.dataDirectory()).isEqualTo(Path.of("/data/nyx"));
    }

    @Test
    void should_use_the_runners_plugins_directory_when_nothing_else_sets_one() {
        NyxConfig config = new ConfigLoader(home).withDefaultPluginsDirectory(Path.of("/opt/nyx/plugins")).loadDefaults();

        assertThat(config.plugins().directory()).isEqualTo(Path.of("/opt/nyx/plugins"));
    }

    @Test
    void should_equal_the_defaults_when_the_sample_file_is_loaded() {
        ConfigLoader loader = new ConfigLoader(home).withDefaultPluginsDirectory(Path.of("/opt/nyx/plugins"));

        assertThat(loader.load(SAMPLE)).isEqualTo(loader.loadDefaults());
    }

    @Test
    void should_read_every_setting_when_the_file_sets_them() throws Exception {
        // given
        Files.writeString(folder.resolve("policy.yaml"), "rules: []\n");
        Files.writeString(folder.resolve("chromium"), "");
        Path file = write("""
                dataDirectory: data
                database:
                  url: jdbc:postgresql://db:5432/nyx
                  username: nyx
                  password: s3cret-db
                  maximumPoolSize: 8
                plugins:
                  directory: ~/nyx-plugins
                  mode: development
                  settings:
                    2captcha:
                      apiKey: captcha-key-42
                      retries: 3
                browser:
                  executablePath: chromium
                  headless: false
                  userAgent: NyxTest/1.0
                  locale: de-DE
                  timezone: Europe/Berlin
                  viewport: {width: 1920, height: 1080}
                  extraHeaders:
                    X-Trace: "on"
                  slowMo: 250ms
                  stepTimeout: PT45S
                llm:
                  baseUrl: http://127.0.0.1:8089/v1
                  apiKey: sk-live-abc
                  model: gpt-4o-mini
                  prices:
                    gpt-4o-mini: {inputPerMillion: 0.15, outputPerMillion: 0.60}
                policyFile: policy.yaml
                limits:
                  maxApplicationsPerSession: 10
                  maxCostUsdPerSession: 1.50
                  maxSessionDuration: 1h30m
                  concurrency: 4
                  pluginCallTimeout: 2m
                network:
                  allowPrivateAddresses: true
                  connectTimeout: 2s
                  requestTimeout: 4s
                """);

        // when
        NyxConfig config = new ConfigLoader(home).load(file);

        // then
        assertThat(config.dataDirectory()).isEqualTo(folder.resolve("data"));
        assertThat(config.database()).isEqualTo(new NyxConfig.Database(Optional.of("jdbc:postgresql://db:5432/nyx"),
                Optional.of("nyx"), Optional.of("s3cret-db"), 8));
        assertThat(config.plugins().directory()).isEqualTo(Path.of("/home/mara/nyx-plugins"));
        assertThat(config.plugins().mode()).isEqualTo(NyxConfig.PluginMode.DEVELOPMENT);
        assertThat(config.plugins().settings()).isEqualTo(Map.of("2captcha", Map.of("apiKey", "captcha-key-42",
                "retries", "3")));
        assertThat(config.browser()).isEqualTo(new NyxConfig.Browser(Optional.of(folder.resolve("chromium")), false,
                Optional.of("NyxTest/1.0"), Optional.of("de-DE"), Optional.of("Europe/Berlin"), 1920, 1080,
                Map.of("X-Trace", "on"), Duration.ofMillis(250), Duration.ofSeconds(45)));
        assertThat(config.llm().baseUrl()).contains(URI.create("http://127.0.0.1:8089/v1"));
        assertThat(config.llm().apiKey()).contains("sk-live-abc");
        assertThat(config.llm().prices()).isEqualTo(Map.of("gpt-4o-mini",
                new NyxConfig.Price(new BigDecimal("0.15"), new BigDecimal("0.60"))));
        assertThat(config.policyFile()).contains(folder.resolve("policy.yaml"));
        assertThat(config.limits()).isEqualTo(new NyxConfig.Limits(10, new BigDecimal("1.50"), Duration.ofMinutes(90),
                4, Duration.ofMinutes(2)));
        assertThat(config.network()).isEqualTo(new NyxConfig.Network(true, Duration.ofSeconds(2),
                Duration.ofSeconds(4)));
    }

    @Test
    void should_prefer_environment_values_when_both_file_and_environment_set_a_setting() {
        // given
        Path file = write("browser:\n  headless: true\nlimits:\n  concurrency: 2\n");
        Map<String, String> environment = Map.of("HOME", "/home/mara",
                "NYX_DATABASE_URL", "jdbc:h2:mem:test",
                "NYX_DATABASE_PASSWORD", "pw-from-env",
                "NYX_DATA_DIRECTORY", "/srv/nyx",
                "NYX_PLUGINS_DIRECTORY", "/srv/plugins",
                "NYX_BROWSER_HEADLESS", "FALSE",
                "NYX_BROWSER_VIEWPORT_WIDTH", "1024",
                "NYX_LLM_BASE_URL", "https://llm.example.com/v1",
                "NYX_LIMITS_CONCURRENCY", "6",
                "NYX_LIMITS_MAX_SESSION_DURATION", "PT45M");

        // when
        NyxConfig config = new ConfigLoader(environment).load(file);

        // then
        assertThat(config.database().url()).contains("jdbc:h2:mem:test");
        assertThat(config.database().password()).contains("pw-from-env");
        assertThat(config.dataDirectory()).isEqualTo(Path.of("/srv/nyx"));
        assertThat(config.plugins().directory()).isEqualTo(Path.of("/srv/plugins"));
        assertThat(config.browser().headless()).isFalse();
        assertThat(config.browser().viewportWidth()).isEqualTo(1024);
        assertThat(config.llm().baseUrl()).contains(URI.create("https://llm.example.com/v1"));
        assertThat(config.limits().concurrency()).isEqualTo(6);
        assertThat(config.limits().maxSessionDuration()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void should_resolve_relative_paths_from_the_environment_against_the_working_directory() {
        NyxConfig config = new ConfigLoader(Map.of("HOME", "/home/mara", "NYX_DATA_DIRECTORY", "var/nyx")).loadDefaults();

        assertThat(config.dataDirectory()).isEqualTo(Path.of("var/nyx").toAbsolutePath());
        assertThat(config.plugins().directory()).isEqualTo(Path.of("var/nyx/plugins").toAbsolutePath());
    }

    @Test
    void should_derive_every_override_name_from_the_schema() {
        List<String> names = ConfigLoader.environmentVariables();

        assertThat(names).contains("NYX_DATABASE_URL", "NYX_DATABASE_PASSWORD", "NYX_DATA_DIRECTORY",
                "NYX_PLUGINS_DIRECTORY", "NYX_BROWSER_HEADLESS", "NYX_BROWSER_EXECUTABLE_PATH", "NYX_LLM_BASE_URL",
                "NYX_LLM_API_KEY", "NYX_LLM_MODEL", "NYX_NETWORK_ALLOW_PRIVATE_ADDRESSES", "NYX_POLICY_FILE",
                "NYX_LIMITS_CONCURRENCY", "NYX_BROWSER_VIEWPORT_HEIGHT", "NYX_LIMITS_MAX_COST_USD_PER_SESSION",
                "NYX_LIMITS_PLUGIN_CALL_TIMEOUT", "NYX_DATABASE_MAXIMUM_POOL_SIZE", "NYX_CAPTCHA_ORDER",
                "NYX_CAPTCHA_HANDOFF", "NYX_CAPTCHA_TOTAL_TIMEOUT", "NYX_CAPTCHA_MAX_COST_USD", "NYX_MATCHING_SCORER",
                "NYX_MATCHING_SAME_JOB_WINDOW", "NYX_NETWORK_CONNECT_TIMEOUT", "NYX_NETWORK_REQUEST_TIMEOUT",
                "NYX_VAULT_FILE", "NYX_VAULT_KEY", "NYX_VAULT_PASSPHRASE",
                "NYX_MAILBOX_HOST", "NYX_MAILBOX_PORT", "NYX_MAILBOX_SSL", "NYX_MAILBOX_USER", "NYX_MAILBOX_PASSWORD",
                "NYX_MAILBOX_FOLDER", "NYX_MAILBOX_POLL_INTERVAL")
                .doesNotContain("NYX_PLUGINS_SETTINGS", "NYX_LLM_PRICES", "NYX_BROWSER_EXTRA_HEADERS")
                .hasSize(44);
    }

    @Test
    void should_read_the_mailbox_section_when_file_and_environment_set_it() {
        // given: the password only in the environment
        Path file = write("mailbox:\n  host: imap.example.com\n  ssl: false\n  user: mara\n  pollInterval: 2s\n");

        // when
        NyxConfig.Mailbox mailbox = new ConfigLoader(Map.of("HOME", "/home/mara", "NYX_MAILBOX_PASSWORD", "s3cret"))
                .load(file).mailbox();

        // then
        assertThat(mailbox.configured()).isTrue();
        assertThat(mailbox.host()).contains("imap.example.com");
        assertThat(mailbox.port()).isEqualTo(NyxConfig.Mailbox.PLAIN_PORT);
        assertThat(mailbox.password()).contains("s3cret");
        assertThat(mailbox.pollInterval()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(mailbox.toString()).doesNotContain("s3cret", "mara");
        assertThat(new ConfigLoader(home).loadDefaults().mailbox().configured()).isFalse();
    }

    @Test
    void should_read_the_captcha_section_when_file_and_environment_set_it() {
        // given: the plugin's own variables (keys) sit in the same environment and are not typos
        Path file = write("captcha:\n  order: [capsolver, telegram]\n  handoff: none\n  totalTimeout: 90s\n");
        Map<String, String> environment = Map.of("HOME", "/home/mara", "NYX_CAPTCHA_MAX_COST_USD", "0.02",
                "NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY", "captcha-key-42",
                "NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN", "1:bot-token");

        // when
        NyxConfig config = new ConfigLoader(environment).load(file);
        NyxConfig fromEnvironment = new ConfigLoader(Map.of("HOME", "/home/mara", "NYX_CAPTCHA_ORDER",
                "2captcha , telegram", "NYX_CAPTCHA_HANDOFF", "telegram")).loadDefaults();

        // then
        assertThat(config.captcha()).isEqualTo(new NyxConfig.Captcha(List.of("capsolver", "telegram"),
                Optional.empty(), Duration.ofSeconds(90), new BigDecimal("0.02")));
        assertThat(fromEnvironment.captcha().order()).containsExactly("2captcha", "telegram");
        assertThat(fromEnvironment.captcha().handoff()).contains("telegram");
        assertThat(config.toString()).doesNotContain("captcha-key-42", "bot-token");
        assertThat(config.plugins().variables()).containsOnlyKeys("NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY",
                "NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN");
    }

    @Test
    void should_read_the_scorer_name_when_file_or_environment_set_it() {
        // given
        Path file = write("matching:\n  scorer: keywords\n");

        // when
        NyxConfig fromFile = new ConfigLoader(home).load(file);
        NyxConfig fromEnvironment = new ConfigLoader(Map.of("HOME", "/home/mara", "NYX_MATCHING_SCORER", "remote-first"))
                .load(file);

        // then: the environment wins
        assertThat(fromFile.matching()).isEqualTo(new NyxConfig.Matching("keywords"));
        assertThat(fromEnvironment.matching().scorer()).isEqualTo("remote-first");
    }

    @Test
    void should_name_the_setting_when_the_captcha_order_is_empty() {
        Path file = write("captcha:\n  order: []\n");

        assertThatThrownBy(() -> new ConfigLoader(home).load(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("captcha.order").hasMessageContaining("at least one name");
    }

    @Test
    void should_report_every_problem_with_path_and_line_when_the_file_has_several() {
        // given
        Path file = write("""
                databse:
                  url: postgres://db/nyx
                plugins:
                  mode: production
                browser:
                  headless: "yes"
                  viewport:
                    width: 0
                  stepTimeout: 30
                  timezone: Mars/Olympus
                llm:
                  baseUrl: localhost:8080
                  prices:
                    gpt-x: {inputPerMillion: -1}
                limits:
                  concurrency: two
                  maxCostUsdPerSession: -5
                policyFile: missing-policy.yaml
                """);

        // when
        ValidationException exception = catchThrowableOfType(ValidationException.class,
                () -> new ConfigLoader(home).load(file));

        // then
        assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
        assertThat(exception.problems()).extracting(Problem::describe).containsExactly(
                "databse (line 1): unknown key \"databse\"; did you mean database?",
                "plugins.mode (line 4): \"production\" is not a plugin mode; expected one of deployment, development",
                "browser.headless (line 6): expected true or false, found text \"yes\"",
                "browser.viewport.width (line 8): 0 is too small; expected 1 or more",
                "browser.stepTimeout (line 9): \"30\" is not a duration; expected e.g. 30s, 5m, 2h or PT30S",
                "browser.timezone (line 10): \"Mars/Olympus\" is not a time zone; expected an IANA zone such as "
                        + "Europe/Berlin or UTC",
                "llm.baseUrl (line 12): \"localhost:8080\" is not an http(s) URL; expected e.g. https://api.openai.com/v1",
                "llm.prices.gpt-x.inputPerMillion (line 14): -1 is negative; expected 0 or more",
                "llm.prices.gpt-x.outputPerMillion (line 14): missing; expected USD per million tokens, e.g. 0.15",
                "limits.concurrency (line 16): expected a whole number, found text \"two\"",
                "limits.maxCostUsdPerSession (line 17): -5 is negative; expected 0 or more",
                "policyFile (line 18): file " + folder.resolve("missing-policy.yaml")
                        + " does not exist; fix the path or remove the setting");
        assertThat(exception.getMessage()).startsWith("nyx.yaml has 12 problems:");
    }

    @Test
    void should_name_the_variable_when_an_environment_value_does_not_parse() {
        Map<String, String> environment = Map.of("HOME", "/home/mara", "NYX_BROWSER_HEADLESS", "maybe",
                "NYX_LIMITS_PLUGIN_CALL_TIMEOUT", "soon", "NYX_LIMTS_CONCURRENCY", "3");

        ValidationException exception = catchThrowableOfType(ValidationException.class,
                () -> new ConfigLoader(environment).loadDefaults());

        assertThat(exception.problems()).extracting(Problem::describe).containsExactly(
                "browser.headless: from environment variable NYX_BROWSER_HEADLESS: \"maybe\" is not a boolean; "
                        + "expected true or false",
                "limits.pluginCallTimeout: from environment variable NYX_LIMITS_PLUGIN_CALL_TIMEOUT: \"soon\" is not "
                        + "a duration; expected e.g. 30s, 5m, 2h or PT30S",
                "NYX_LIMTS_CONCURRENCY: unknown environment variable NYX_LIMTS_CONCURRENCY; did you mean "
                        + "NYX_LIMITS_CONCURRENCY?");
        assertThat(exception.getMessage()).startsWith("environment has 3 problems:");
    }

    @Test
    void should_keep_secrets_out_of_text_when_the_config_is_printed_or_rejected() {
        // given
        Path file = write("""
                database:
                  password: s3cret-db
                plugins:
                  settings:
                    2captcha: {apiKey: captcha-key-42}
                browser:
                  extraHeaders: {Authorization: Bearer header-token-7}
                llm:
                  apiKey: sk-live-abc
                """);
        Map<String, String> environment = Map.of("HOME", "/home/mara", "NYX_LLM_API_KEY", "sk-env-xyz");
        ConfigLoader loader = new ConfigLoader(environment);

        // when
        String printed = loader.load(file).toString();
        String rejected = catchThrowableOfType(ValidationException.class, () -> loader.load(
                write(Files.readString(file).replace("{apiKey: captcha-key-42}", "captcha-key-42")
                        + "limits: {concurrency: 0}\n"))).getMessage();

        // then
        assertThat(printed).contains("2captcha=[apiKey]", "extraHeaders=[Authorization]", "password=Optional[***]")
                .doesNotContain("s3cret-db", "captcha-key-42", "header-token-7", "sk-live-abc", "sk-env-xyz");
        assertThat(rejected).contains("limits.concurrency", "plugins.settings.2captcha")
                .doesNotContain("s3cret-db", "captcha-key-42", "header-token-7", "sk-live-abc", "sk-env-xyz");
    }

    @Test
    void should_name_the_path_when_the_file_is_missing() {
        Path missing = folder.resolve("nope.yaml");

        assertThatThrownBy(() -> new ConfigLoader(home).load(missing))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining(missing.toString())
                .satisfies(error -> assertThat(((NyxException) error).code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
        assertThat(new ConfigLoader(home).loadIfPresent(missing)).isEqualTo(new ConfigLoader(home).loadDefaults());
    }

    @Test
    void should_report_a_syntax_error_with_its_line_when_the_yaml_is_malformed() {
        Path file = write("limits:\n  concurrency: 2\n concurrency: 3\n");

        ValidationException exception = catchThrowableOfType(ValidationException.class,
                () -> new ConfigLoader(home).load(file));

        assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
        assertThat(exception.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).contains(3);
            assertThat(problem.message()).startsWith("syntax error");
        });
    }

    private Path write(String yaml) {
        try {
            return Files.writeString(folder.resolve("nyx.yaml"), yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
