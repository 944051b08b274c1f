package dev.nyx.core.salary;

import dev.nyx.model.SalaryPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Converts pay between periods on a full-time year: 52 weeks of 5 days of 8 hours (2080 hours,
 * 260 days). Pure functions, shared by the salary oracle and the matcher's salary floor.
 */
public final class SalaryPeriods {
    private SalaryPeriods() {
    }

    /** How many of {@code period} make a year. */
    public static BigDecimal perYear(SalaryPeriod period) {
        return switch (period) {
            case HOUR -> BigDecimal.valueOf(2080);
            case DAY -> BigDecimal.valueOf(260);
            case WEEK -> BigDecimal.valueOf(52);
            case MONTH -> BigDecimal.valueOf(12);
            case YEAR -> BigDecimal.ONE;
        };
    }

    /** {@code amount} per {@code from} expressed per {@code to}, to the cent. */
    public static BigDecimal convert(BigDecimal amount, SalaryPeriod from, SalaryPeriod to) {
        return amount.multiply(perYear(from)).divide(perYear(to), 2, RoundingMode.HALF_UP);
    }

    /** "year", "month", ... for reasons. */
    public static String describe(SalaryPeriod period) {
        return period.name().toLowerCase(java.util.Locale.ROOT);
    }
}
