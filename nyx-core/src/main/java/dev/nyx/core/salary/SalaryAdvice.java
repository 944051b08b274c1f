package dev.nyx.core.salary;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.SalaryPeriod;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What to enter in a salary field, and why.
 *
 * @param amount   the number to enter, in {@code currency} per {@code period}; empty when no honest
 *                 number can be given (the candidate then answers)
 * @param currency the currency asked for
 * @param period   the period asked for
 * @param reason   a sentence a person can read
 */
public record SalaryAdvice(Optional<BigDecimal> amount, String currency, SalaryPeriod period, String reason) {
    public SalaryAdvice {
        requireNonNull(amount, "amount is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(period, "period is null");
        requireNonNull(reason, "reason is null");
    }
}
