package dev.nyx.spi.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an ISO date answer ({@code 2027-01-15}, or {@code 2027-01} for a month) the way a text control
 * wants it: ISO for {@code input[type=date]}, {@code YYYY-MM} for {@code type=month}, and the pattern a
 * placeholder shows ({@code MM/YYYY}, {@code MM/DD/YYYY}, {@code DD/MM/YYYY}, {@code DD.MM.YYYY}, ...).
 * Answers that are not ISO dates, and controls that show no known pattern, get the answer unchanged.
 * Pure functions: safe from any thread.
 */
final class DateText {
    private static final Map<String, String> PATTERNS = Map.of(
            "MM/YYYY", "MM/yyyy",
            "MM-YYYY", "MM-yyyy",
            "MM/DD/YYYY", "MM/dd/yyyy",
            "DD/MM/YYYY", "dd/MM/yyyy",
            "DD.MM.YYYY", "dd.MM.yyyy",
            "YYYY-MM-DD", "yyyy-MM-dd");

    private DateText() {
    }

    /** The text for a control of input type {@code type} with placeholder {@code placeholder}. */
    static String format(String value, String type, String placeholder) {
        Optional<LocalDate> date = parse(value);
        if (date.isEmpty()) {
            return value;
        }
        if (type.equalsIgnoreCase("date")) {
            return date.get().toString();
        }
        if (type.equalsIgnoreCase("month")) {
            return YearMonth.from(date.get()).toString();
        }
        String pattern = PATTERNS.get(placeholder.strip().toUpperCase(Locale.ROOT));
        return pattern == null ? value : date.get().format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    }

    /** The date in an ISO answer ({@code YYYY-MM-DD}, or {@code YYYY-MM} as the month's first day). */
    static Optional<LocalDate> parse(String value) {
        String trimmed = value.strip();
        try {
            if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(trimmed));
            }
            if (trimmed.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(trimmed).atDay(1));
            }
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
