package dev.nyx.captcha.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one service's settings from {@code plugins.settings.captcha.<service>.<name>}, an
 * environment variable overriding each. Thread-safe (immutable). Never includes a value in a
 * message: some of them are secrets.
 */
public final class SolverSettings {
    private final ExtensionSettings settings;
    private final Map<String, String> environment;
    private final String service;

    public SolverSettings(ExtensionSettings settings, Map<String, String> environment, String service) {
        this.settings = requireNonNull(settings, "settings is null");
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.service = requireNonNull(service, "service is null");
    }

    /** The value of {@code <service>.<name>}, or of {@code envName} when that is set (it wins). */
    public Optional<String> text(String name, String envName) {
        String fromEnvironment = environment.get(envName);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.trim());
        }
        return settings.get(service + "." + name).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** A URL setting; {@code fallback} when unset. */
    public URI url(String name, String envName, String fallback) {
        String value = text(name, envName).orElse(fallback);
        try {
            URI url = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return url;
        } catch (IllegalArgumentException malformed) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, describe(name, envName)
                    + " is not an http(s) URL: give the service's base URL, e.g. " + fallback);
        }
    }

    /** A positive ISO-8601 duration setting ({@code PT5S}); {@code fallback} when unset. */
    public Duration duration(String name, Duration fallback) {
        Optional<String> value = settings.get(service + "." + name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            Duration duration = Duration.parse(value.get().trim());
            if (duration.isNegative() || duration.isZero()) {
                throw new DateTimeParseException("not positive", value.get(), 0);
            }
            return duration;
        } catch (DateTimeParseException malformed) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "plugins.settings.captcha." + service + "." + name
                    + " is '" + value.get() + "': give a positive ISO-8601 duration such as " + fallback);
        }
    }

    private String describe(String name, String envName) {
        return "plugins.settings.captcha." + service + "." + name + " (or " + envName + ")";
    }
}
