package dev.nyx.core.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks for the formats profiles and configuration use. Stateless; shared by the readers, not API for hosts. */
public final class Formats {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.]{2,}");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private Formats() {
    }

    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** International or national numbers: digits with common separators, 7 to 15 digits (E.164 allows 15). */
    public static boolean isPlausiblePhone(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        return PHONE_CHARACTERS.matcher(text).matches() && digits >= 7 && digits <= 15;
    }

    /** An absolute http or https URL with a host. */
    public static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** ISO 3166-1 alpha-2, upper case. */
    public static boolean isCountryCode(String text) {
        return COUNTRIES.contains(text);
    }

    /** ISO 639-1, lower case. */
    public static boolean isLanguageCode(String text) {
        return LANGUAGES.contains(text);
    }

    /** ISO 4217, upper case. */
    public static boolean isCurrencyCode(String text) {
        return CURRENCIES.contains(text);
    }
}
