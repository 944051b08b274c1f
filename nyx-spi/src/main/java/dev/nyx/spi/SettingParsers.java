package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing shared by the typed getters of {@link ExtensionSettings}. Stateless. */
final class SettingParsers {
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private SettingParsers() {
    }

    static Optional<Duration> duration(String value) {
        requireNonNull(value, "value is null");
        Matcher amount = AMOUNT.matcher(value.toLowerCase(Locale.ROOT));
        if (amount.matches()) {
            long number = Long.parseLong(amount.group(1));
            return Optional.of(switch (amount.group(2)) {
                case "ms" -> Duration.ofMillis(number);
                case "s" -> Duration.ofSeconds(number);
                case "m" -> Duration.ofMinutes(number);
                case "h" -> Duration.ofHours(number);
                default -> Duration.ofDays(number);
            });
        }
        try {
            return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    static Optional<URI> httpUri(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
