package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** A salary range as a posting shows it. */
public record SalaryRange(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
    public SalaryRange {
        requireNonNull(min, "min is null");
        requireNonNull(max, "max is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(period, "period is null");
        if (min.signum() < 0 || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("salary range must satisfy 0 <= min <= max: " + min + ".." + max);
        }
    }
}
