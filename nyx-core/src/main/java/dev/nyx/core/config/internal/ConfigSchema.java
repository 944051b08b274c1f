package dev.nyx.core.config.internal;

import static dev.nyx.core.config.internal.Setting.Kind.BOOLEAN;
import static dev.nyx.core.config.internal.Setting.Kind.DURATION;
import static dev.nyx.core.config.internal.Setting.Kind.EXISTING_FILE;
import static dev.nyx.core.config.internal.Setting.Kind.HTTP_URL;
import static dev.nyx.core.config.internal.Setting.Kind.JDBC_URL;
import static dev.nyx.core.config.internal.Setting.Kind.LOCALE;
import static dev.nyx.core.config.internal.Setting.Kind.NAME_LIST;
import static dev.nyx.core.config.internal.Setting.Kind.NON_NEGATIVE_DECIMAL;
import static dev.nyx.core.config.internal.Setting.Kind.PATH;
import static dev.nyx.core.config.internal.Setting.Kind.PLUGIN_MODE;
import static dev.nyx.core.config.internal.Setting.Kind.POSITIVE_DURATION;
import static dev.nyx.core.config.internal.Setting.Kind.POSITIVE_INT;
import static dev.nyx.core.config.internal.Setting.Kind.PRICE_MAP;
import static dev.nyx.core.config.internal.Setting.Kind.SETTINGS_MAP;
import static dev.nyx.core.config.internal.Setting.Kind.TEXT;
import static dev.nyx.core.config.internal.Setting.Kind.TEXT_MAP;
import static dev.nyx.core.config.internal.Setting.Kind.TIMEZONE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every setting {@code nyx.yaml} knows, mirroring {@link dev.nyx.core.config.NyxConfig}. Unknown-key
 * checks and environment variable names derive from this list. Not part of the API.
 */
public final class ConfigSchema {
    public static final List<Setting> SETTINGS = List.of(
            new Setting("dataDirectory", PATH, false),
            new Setting("database.url", JDBC_URL, false),
            new Setting("database.username", TEXT, false),
            new Setting("database.password", TEXT, true),
            new Setting("database.maximumPoolSize", POSITIVE_INT, false),
            new Setting("plugins.directory", PATH, false),
            new Setting("plugins.mode", PLUGIN_MODE, false),
            new Setting("plugins.settings", SETTINGS_MAP, true),
            new Setting("browser.executablePath", EXISTING_FILE, false),
            new Setting("browser.headless", BOOLEAN, false),
            new Setting("browser.userAgent", TEXT, false),
            new Setting("browser.locale", LOCALE, false),
            new Setting("browser.timezone", TIMEZONE, false),
            new Setting("browser.viewport.width", POSITIVE_INT, false),
            new Setting("browser.viewport.height", POSITIVE_INT, false),
            new Setting("browser.extraHeaders", TEXT_MAP, true),
            new Setting("browser.slowMo", DURATION, false),
            new Setting("browser.stepTimeout", POSITIVE_DURATION, false),
            new Setting("llm.baseUrl", HTTP_URL, false),
            new Setting("llm.apiKey", TEXT, true),
            new Setting("llm.model", TEXT, false),
            new Setting("llm.prices", PRICE_MAP, false),
            new Setting("policyFile", EXISTING_FILE, false),
            new Setting("limits.maxApplicationsPerSession", POSITIVE_INT, false),
            new Setting("limits.maxCostUsdPerSession", NON_NEGATIVE_DECIMAL, false),
            new Setting("limits.maxSessionDuration", POSITIVE_DURATION, false),
            new Setting("limits.concurrency", POSITIVE_INT, false),
            new Setting("limits.pluginCallTimeout", POSITIVE_DURATION, false),
            new Setting("network.allowPrivateAddresses", BOOLEAN, false),
            new Setting("network.connectTimeout", POSITIVE_DURATION, false),
            new Setting("network.requestTimeout", POSITIVE_DURATION, false),
            new Setting("captcha.order", NAME_LIST, false),
            new Setting("captcha.handoff", TEXT, false),
            new Setting("captcha.totalTimeout", POSITIVE_DURATION, false),
            new Setting("captcha.maxCostUsd", NON_NEGATIVE_DECIMAL, false),
            new Setting("matching.scorer", TEXT, false),
            new Setting("matching.sameJobWindow", DURATION, false),
            new Setting("vault.file", PATH, false),
            new Setting("vault.key", TEXT, true),
            new Setting("vault.passphrase", TEXT, true),
            new Setting("mailbox.host", TEXT, false),
            new Setting("mailbox.port", POSITIVE_INT, false),
            new Setting("mailbox.ssl", BOOLEAN, false),
            new Setting("mailbox.user", TEXT, true),
            new Setting("mailbox.password", TEXT, true),
            new Setting("mailbox.folder", TEXT, false),
            new Setting("mailbox.pollInterval", POSITIVE_DURATION, false));

    private ConfigSchema() {
    }

    /** The keys allowed directly under {@code prefix} ({@code ""} for the top level). */
    public static Set<String> keysUnder(String prefix) {
        Set<String> keys = new LinkedHashSet<>();
        String start = prefix.isEmpty() ? "" : prefix + ".";
        for (Setting setting : SETTINGS) {
            if (setting.path().startsWith(start)) {
                String rest = setting.path().substring(start.length());
                int dot = rest.indexOf('.');
                keys.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return keys;
    }

    /** Whether {@code path} is a group of settings (an object whose keys the schema fixes). */
    public static boolean isGroup(String path) {
        return SETTINGS.stream().anyMatch(setting -> setting.path().startsWith(path + "."));
    }
}
