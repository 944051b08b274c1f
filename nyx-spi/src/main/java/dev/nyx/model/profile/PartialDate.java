package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Resume date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. Resumes often know
 * only the year or the month a job started, so month and day are optional.
 */
public record PartialDate(int year, Optional<Integer> month, Optional<Integer> day) implements Comparable<PartialDate> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(date -> date.month().orElse(0))
            .thenComparingInt(date -> date.day().orElse(0));

    public PartialDate {
        requireNonNull(month, "month is null");
        requireNonNull(day, "day is null");
        if (day.isPresent() && month.isEmpty()) {
            throw new IllegalArgumentException("a date with a day needs a month");
        }
        try {
            if (day.isPresent()) {
                LocalDate.of(year, month.get(), day.get());
            } else if (month.isPresent()) {
                YearMonth.of(year, month.get());
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date: " + year + "-" + month.orElse(0) + "-" + day.orElse(0), e);
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @return empty when the text is not such a date (including impossible dates like 2021-02-30)
     */
    public static Optional<PartialDate> parse(String text) {
        requireNonNull(text, "text is null");
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(matcher.group(1)),
                    Optional.ofNullable(matcher.group(2)).map(Integer::valueOf),
                    Optional.ofNullable(matcher.group(3)).map(Integer::valueOf)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Orders by year, then month, then day; a missing part sorts first ({@code 2020} before {@code 2020-01}). */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The date as written in a profile: {@code 2020}, {@code 2020-03} or {@code 2020-03-15}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format("%04d", year));
        month.ifPresent(value -> text.append(String.format("-%02d", value)));
        day.ifPresent(value -> text.append(String.format("-%02d", value)));
        return text.toString();
    }
}
