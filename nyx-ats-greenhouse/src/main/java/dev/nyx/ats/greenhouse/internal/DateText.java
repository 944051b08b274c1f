package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a date answer the way the control wants it: ISO for {@code input[type=date]}, and the
 * pattern a placeholder shows ("MM/YYYY" on classic boards, "MM/DD/YYYY", "DD/MM/YYYY"). Answers that
 * are not ISO dates ({@code 2027-01-15} or {@code 2027-01}) pass unchanged. Stateless.
 */
public final class DateText {
    private DateText() {
    }

    /** The text to type into {@code control} for {@code value}. */
    public static String forControl(Locator control, String value) {
        Optional<LocalDate> date = parse(value);
        if (date.isEmpty()) {
            return value;
        }
        List<?> attributes;
        try {
            attributes = (List<?>) control.evaluate("e => [e.type || '', e.placeholder || '']");
        } catch (PlaywrightException e) {
            return value;
        }
        return format(date.get(), String.valueOf(attributes.get(0)), String.valueOf(attributes.get(1)), value);
    }

    static String format(LocalDate date, String type, String placeholder, String original) {
        if (type.equalsIgnoreCase("date")) {
            return date.toString();
        }
        if (type.equalsIgnoreCase("month")) {
            return YearMonth.from(date).toString();
        }
        String pattern = placeholder.strip().toUpperCase(Locale.ROOT);
        return switch (pattern) {
            case "MM/YYYY" -> date.format(DateTimeFormatter.ofPattern("MM/yyyy"));
            case "MM/DD/YYYY" -> date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            case "DD/MM/YYYY" -> date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case "DD.MM.YYYY" -> date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            case "YYYY-MM-DD" -> date.toString();
            case "MM-YYYY" -> date.format(DateTimeFormatter.ofPattern("MM-yyyy"));
            default -> original;
        };
    }

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
