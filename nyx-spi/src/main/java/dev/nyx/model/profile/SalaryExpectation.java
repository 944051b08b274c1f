package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.SalaryPeriod;
import java.math.BigDecimal;

/**
 * The lowest pay the candidate accepts ({@code nyx.salary}).
 *
 * @param currency ISO 4217 code, upper case
 */
public record SalaryExpectation(BigDecimal min, String currency, SalaryPeriod period) {
    public SalaryExpectation {
        requireNonNull(min, "min is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(period, "period is null");
        if (min.signum() < 0) {
            throw new IllegalArgumentException("salary min must not be negative: " + min);
        }
    }
}
