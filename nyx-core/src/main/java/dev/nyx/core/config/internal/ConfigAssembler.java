package dev.nyx.core.config.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link NyxConfig} from checked values, filling in the defaults. Not part of the API. */
final class ConfigAssembler {
    static final int DEFAULT_POOL_SIZE = 5;
    static final int DEFAULT_VIEWPORT_WIDTH = 1280;
    static final int DEFAULT_VIEWPORT_HEIGHT = 800;
    static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_APPLICATIONS = 25;
    static final BigDecimal DEFAULT_MAX_COST_USD = new BigDecimal("5.00");
    static final Duration DEFAULT_MAX_SESSION_DURATION = Duration.ofHours(2);
    static final int DEFAULT_CONCURRENCY = 2;
    // one call may walk a whole multi-step wizard (six pages, an account, uploads)
    static final Duration DEFAULT_PLUGIN_CALL_TIMEOUT = Duration.ofMinutes(3);

    private final Map<String, Object> values;
    private final ConfigDefaults defaults;
    private final Map<String, String> pluginVariables;

    ConfigAssembler(Map<String, Object> values, ConfigDefaults defaults, Map<String, String> pluginVariables) {
        this.values = requireNonNull(values, "values is null");
        this.defaults = requireNonNull(defaults, "defaults is null");
        this.pluginVariables = Map.copyOf(requireNonNull(pluginVariables, "pluginVariables is null"));
    }

    NyxConfig assemble() {
        Path dataDirectory = value("dataDirectory", Path.class).orElse(defaults.dataDirectory());
        NyxConfig.Database database = new NyxConfig.Database(value("database.url", String.class),
                value("database.username", String.class), value("database.password", String.class),
                value("database.maximumPoolSize", Integer.class).orElse(DEFAULT_POOL_SIZE));
        NyxConfig.Plugins plugins = new NyxConfig.Plugins(
                value("plugins.directory", Path.class)
                        .orElse(defaults.pluginsDirectory().orElse(dataDirectory.resolve("plugins"))),
                value("plugins.mode", NyxConfig.PluginMode.class).orElse(NyxConfig.PluginMode.DEPLOYMENT),
                map("plugins.settings"), pluginVariables);
        NyxConfig.Browser browser = new NyxConfig.Browser(value("browser.executablePath", Path.class),
                value("browser.headless", Boolean.class).orElse(true), value("browser.userAgent", String.class),
                value("browser.locale", String.class), value("browser.timezone", String.class),
                value("browser.viewport.width", Integer.class).orElse(DEFAULT_VIEWPORT_WIDTH),
                value("browser.viewport.height", Integer.class).orElse(DEFAULT_VIEWPORT_HEIGHT),
                map("browser.extraHeaders"), value("browser.slowMo", Duration.class).orElse(Duration.ZERO),
                value("browser.stepTimeout", Duration.class).orElse(DEFAULT_STEP_TIMEOUT));
        NyxConfig.Llm llm = new NyxConfig.Llm(value("llm.baseUrl", URI.class), value("llm.apiKey", String.class),
                value("llm.model", String.class), map("llm.prices"));
        NyxConfig.Limits limits = new NyxConfig.Limits(
                value("limits.maxApplicationsPerSession", Integer.class).orElse(DEFAULT_MAX_APPLICATIONS),
                value("limits.maxCostUsdPerSession", BigDecimal.class).orElse(DEFAULT_MAX_COST_USD),
                value("limits.maxSessionDuration", Duration.class).orElse(DEFAULT_MAX_SESSION_DURATION),
                value("limits.concurrency", Integer.class).orElse(DEFAULT_CONCURRENCY),
                value("limits.pluginCallTimeout", Duration.class).orElse(DEFAULT_PLUGIN_CALL_TIMEOUT));
        NyxConfig.Network network = new NyxConfig.Network(
                value("network.allowPrivateAddresses", Boolean.class).orElse(false),
                value("network.connectTimeout", Duration.class).orElse(NyxConfig.Network.DEFAULT_CONNECT_TIMEOUT),
                value("network.requestTimeout", Duration.class).orElse(NyxConfig.Network.DEFAULT_REQUEST_TIMEOUT));
        NyxConfig.Captcha captchaDefaults = NyxConfig.Captcha.defaults();
        // "none" switches the hand-off off: failing solvers then fail the application
        Optional<String> handoff = value("captcha.handoff", String.class)
                .map(name -> name.equalsIgnoreCase("none") ? Optional.<String>empty() : Optional.of(name))
                .orElse(captchaDefaults.handoff());
        NyxConfig.Captcha captcha = new NyxConfig.Captcha(
                list("captcha.order").orElse(captchaDefaults.order()), handoff,
                value("captcha.totalTimeout", Duration.class).orElse(captchaDefaults.totalTimeout()),
                value("captcha.maxCostUsd", BigDecimal.class).orElse(captchaDefaults.maxCostUsd()));
        NyxConfig.Matching matching = new NyxConfig.Matching(value("matching.scorer", String.class)
                .orElse(NyxConfig.Matching.DEFAULT_SCORER), value("matching.sameJobWindow", Duration.class)
                .orElse(NyxConfig.Matching.DEFAULT_SAME_JOB_WINDOW));
        NyxConfig.Vault vault = new NyxConfig.Vault(value("vault.file", Path.class), value("vault.key", String.class),
                value("vault.passphrase", String.class));
        boolean ssl = value("mailbox.ssl", Boolean.class).orElse(true);
        NyxConfig.Mailbox mailbox = new NyxConfig.Mailbox(value("mailbox.host", String.class),
                value("mailbox.port", Integer.class).orElse(ssl ? NyxConfig.Mailbox.SSL_PORT
                        : NyxConfig.Mailbox.PLAIN_PORT), ssl, value("mailbox.user", String.class),
                value("mailbox.password", String.class),
                value("mailbox.folder", String.class).orElse("INBOX"),
                value("mailbox.pollInterval", Duration.class).orElse(NyxConfig.Mailbox.DEFAULT_POLL_INTERVAL));
        return new NyxConfig(dataDirectory, database, plugins, browser, llm, value("policyFile", Path.class), limits,
                network, captcha, matching, vault, mailbox);
    }

    private <T> Optional<T> value(String path, Class<T> type) {
        return Optional.ofNullable(values.get(path)).map(type::cast);
    }

    @SuppressWarnings("unchecked")
    private Optional<List<String>> list(String path) {
        // name lists are stored as List<String> by ConfigReader
        return Optional.ofNullable((List<String>) values.get(path));
    }

    @SuppressWarnings("unchecked")
    private <K, V> Map<K, V> map(String path) {
        // Map settings are stored with their element types by ConfigReader.
        return (Map<K, V>) values.getOrDefault(path, Map.of());
    }
}
