package dev.nyx.core.profile;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.profile.internal.ProfileValues;
import dev.nyx.core.profile.internal.SensitivePaths;
import dev.nyx.model.profile.Profile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values that must never leave the machine except into the one form field that asks for them:
 * everything under the profile's {@code nyx.sensitive} paths and, always, {@code personal.*}; plus
 * any secrets added with {@link #with} (API keys, passwords). {@link #redact} is the one place the
 * library uses to keep them out of logs, events, LLM prompts and exception messages.
 *
 * <p>Matching is forgiving where formatting varies: digits of numbers such as phones and ids match
 * across spaces, dashes, dots and brackets ({@code +49 170 1234567} also hides {@code +491701234567}
 * and {@code 0049-170-1234567});
 * dates also match as {@code dd.MM.yyyy}, {@code dd/MM/yyyy} and {@code MM/dd/yyyy}; text matches
 * ignoring case; values shorter than four characters only as whole words. Booleans and one-character
 * values are not redacted (they would blank out ordinary text).
 *
 * <p>Immutable and thread-safe; build one per loaded profile and share it.
 */
public final class SensitiveValues {
    /** What replaces each sensitive value. */
    public static final String REDACTED = "[redacted]";

    private static final String SEPARATORS = "[\\s\\-./()]*";
    private static final List<DateTimeFormatter> DATE_SPELLINGS = List.of(DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("MM/dd/uuuu"));

    private final List<String> paths;
    private final Set<String> values;
    private final List<Pattern> patterns;

    private SensitiveValues(List<String> paths, Set<String> values) {
        this.paths = List.copyOf(paths);
        this.values = Set.copyOf(values);
        this.patterns = values.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .flatMap(value -> patternsFor(value).stream())
                .toList();
    }

    /** The sensitive values of a loaded profile. */
    public static SensitiveValues of(Profile profile) {
        requireNonNull(profile, "profile is null");
        List<String> paths = new ArrayList<>();
        paths.add(SensitivePaths.PERSONAL);
        profile.nyx().sensitive().stream().map(SensitivePaths::canonical).forEach(paths::add);
        Set<String> values = new LinkedHashSet<>();
        for (Map.Entry<String, String> entry : ProfileValues.of(profile).entrySet()) {
            if (SensitivePaths.covers(paths, entry.getKey())) {
                values.add(entry.getValue());
            }
        }
        return new SensitiveValues(paths, values);
    }

    /** Nothing is sensitive (for tests and hosts without a profile). */
    public static SensitiveValues none() {
        return new SensitiveValues(List.of(), Set.of());
    }

    /** These values and also {@code secrets}, e.g. the database password and the LLM API key. */
    public SensitiveValues with(Collection<String> secrets) {
        requireNonNull(secrets, "secrets is null");
        Set<String> all = new LinkedHashSet<>(values);
        secrets.stream().filter(secret -> secret != null && !secret.isBlank()).forEach(all::add);
        return new SensitiveValues(paths, all);
    }

    /** Every sensitive value as written in the profile. */
    public Set<String> values() {
        return values;
    }

    /**
     * Whether a profile path is sensitive, e.g. {@code basics.phone}, {@code personal.dateOfBirth}
     * (the {@code nyx.} prefix may be left out for the nyx section's keys).
     */
    public boolean isSensitivePath(String path) {
        requireNonNull(path, "path is null");
        return SensitivePaths.covers(paths, SensitivePaths.canonical(path));
    }

    /** The text with every occurrence of a sensitive value replaced by {@value #REDACTED}. */
    public String redact(String text) {
        requireNonNull(text, "text is null");
        String result = text;
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(REDACTED));
        }
        return result;
    }

    /** Whether the text contains a sensitive value. */
    public boolean appearsIn(String text) {
        requireNonNull(text, "text is null");
        return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    /** Prints how many values there are, never the values. */
    @Override
    public String toString() {
        return "SensitiveValues[" + values.size() + " values, paths=" + paths + "]";
    }

    private static List<Pattern> patternsFor(String value) {
        String trimmed = value.strip();
        if (trimmed.length() < 2 || trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return List.of();
        }
        List<Pattern> patterns = new ArrayList<>();
        String digits = trimmed.replaceAll("\\D", "");
        if (digits.length() >= 5 && trimmed.matches("\\+?[0-9\\s\\-./()]+")) {
            // +49 ... is also written 0049 ...
            String prefix = trimmed.startsWith("+") ? "(?:\\+|00)?" : "";
            patterns.add(digitPattern(prefix, digits));
            dateSpellings(trimmed).forEach(spelling -> patterns.add(digitPattern("", spelling.replaceAll("\\D", ""))));
        } else if (trimmed.length() < 4) {
            patterns.add(Pattern.compile("\\b" + Pattern.quote(trimmed) + "\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } else {
            patterns.add(Pattern.compile(Pattern.quote(trimmed), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return patterns;
    }

    /** The digits in order, allowing separators between them and no further digits around them. */
    private static Pattern digitPattern(String prefix, String digits) {
        String body = digits.chars().mapToObj(digit -> String.valueOf((char) digit))
                .collect(Collectors.joining(SEPARATORS));
        return Pattern.compile("(?<![\\d+])" + prefix + body + "(?!\\d)");
    }

    private static List<String> dateSpellings(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return DATE_SPELLINGS.stream().map(date::format).toList();
        } catch (DateTimeParseException e) {
            return List.of();
        }
    }
}
