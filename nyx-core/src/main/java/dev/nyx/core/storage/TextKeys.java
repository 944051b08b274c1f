package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised forms storage compares text by: job titles for re-post detection and questions
 * for the answer bank. Callers may use the same functions to compare values themselves.
 * Pure functions; thread-safe.
 */
public final class TextKeys {

    private TextKeys() {
    }

    /**
     * Lower case, accents removed, every run of non-letters and non-digits turned into one space,
     * trimmed: {@code "Senior  Java-Engineer (m/w/d)"} becomes {@code "senior java engineer m w d"}.
     */
    public static String normalize(String text) {
        requireNonNull(text, "text is null");
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** A company name compared case-insensitively: lower case, spaces collapsed, trimmed. */
    public static String companyKey(String name) {
        requireNonNull(name, "name is null");
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
