package dev.nyx.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The settings of one plugin: {@code plugins.settings.<pluginId>.<key>} in {@code nyx.yaml}, each
 * overridden by the environment variable {@code NYX_PLUGINS_<ID>_<KEY>} (upper case, every other
 * character and every lower-to-upper case step becoming {@code _}: the key {@code telegram.botToken}
 * of plugin {@code captcha} is {@code NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN}).
 *
 * <p>Values are text as written; the typed getters parse them and throw
 * {@link ErrorCode#INVALID_CONFIGURATION} naming the full setting path (and its variable) when a value
 * does not parse. Messages never include the value of a {@linkplain #getSecret secret}. Implementations
 * are immutable and thread-safe.
 */
public interface ExtensionSettings {

    /** Where these settings live, e.g. {@code plugins.settings.captcha} or a {@linkplain #section section} of it. */
    String path();

    /** The value of {@code key} (environment first, then the file), trimmed; empty when unset or blank. */
    Optional<String> get(String key);

    /** How a person sets {@code key}: its full path and environment variable, for messages. */
    String describe(String key);

    /** The settings under {@code <prefix>.}: {@code section("telegram").get("botToken")} reads {@code telegram.botToken}. */
    ExtensionSettings section(String prefix);

    /** A required setting; throws {@link ErrorCode#INVALID_CONFIGURATION} naming it when absent. */
    default String require(String key) {
        return get(key).orElseThrow(() -> new NyxException(ErrorCode.INVALID_CONFIGURATION,
                describe(key) + " is missing: set it in nyx.yaml or the environment"));
    }

    /** {@code true}/{@code yes}/{@code on} or {@code false}/{@code no}/{@code off}, in any case. */
    default Optional<Boolean> getBoolean(String key) {
        return get(key).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw invalid(key, value, "true or false");
        });
    }

    default boolean getBoolean(String key, boolean fallback) {
        return getBoolean(key).orElse(fallback);
    }

    /** A whole number. */
    default OptionalInt getInt(String key) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get()));
        } catch (NumberFormatException notANumber) {
            throw invalid(key, value.get(), "a whole number such as 3");
        }
    }

    default int getInt(String key, int fallback) {
        return getInt(key).orElse(fallback);
    }

    /**
     * A positive duration: ISO-8601 ({@code PT30S}) or a number with a unit ({@code 250ms}, {@code 30s},
     * {@code 5m}, {@code 2h}).
     */
    default Optional<Duration> getDuration(String key) {
        return get(key).map(value -> {
            Duration duration = SettingParsers.duration(value)
                    .orElseThrow(() -> invalid(key, value, "a duration such as 30s, 5m or PT30S"));
            if (duration.isZero() || duration.isNegative()) {
                throw invalid(key, value, "a positive duration such as 30s");
            }
            return duration;
        });
    }

    default Duration getDuration(String key, Duration fallback) {
        return getDuration(key).orElse(fallback);
    }

    /** An absolute http(s) URL; a trailing slash is dropped. */
    default Optional<URI> getUri(String key) {
        return get(key).map(value -> SettingParsers.httpUri(value)
                .orElseThrow(() -> invalid(key, value, "an absolute http(s) URL such as https://api.example.com")));
    }

    default URI getUri(String key, URI fallback) {
        return getUri(key).orElse(fallback);
    }

    /** A secret (API key, token, password): masked wherever it is printed. */
    default Optional<Secret> getSecret(String key) {
        return get(key).map(Secret::of);
    }

    private NyxException invalid(String key, String value, String expected) {
        return new NyxException(ErrorCode.INVALID_CONFIGURATION, describe(key) + " is '" + value
                + "': give " + expected);
    }
}
