package dev.nyx.core.salary;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.model.profile.SalaryExpectation;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides the number to enter when a form asks for a salary expectation.
 *
 * <ul>
 *   <li>Never below the candidate's floor ({@code nyx.salary}).</li>
 *   <li>With a posted range in the same currency: aim at the upper middle of the range
 *       ({@value #UPPER_MIDDLE} of the way from minimum to maximum), or the floor when that is higher.</li>
 *   <li>Without a range (or with one in another currency): the floor.</li>
 *   <li>A field asking in a currency other than the floor's: no number (exchange rates are not
 *       guessed), a reason instead.</li>
 * </ul>
 * Amounts are converted between periods on a full-time year (2080 hours, 260 days, 52 weeks, 12
 * months) and rounded to a figure people write: whole units per hour or day, tens per week, hundreds
 * per month, thousands per year, always rounded up so the floor holds.
 *
 * <p>Stateless and thread-safe; called by the answer rules ({@code SalaryRule}) for salary questions. Throws
 * {@link NyxException} with {@link ErrorCode#INVALID_INPUT} for a blank currency.
 */
public final class SalaryOracle {
    /** Where in the posted range to aim: 0 = minimum, 1 = maximum. */
    public static final double UPPER_MIDDLE = 0.75;

    /**
     * @param posted   the posting's range, if shown
     * @param floor    the candidate's minimum, if given
     * @param currency the currency the field asks for (ISO 4217)
     * @param period   the period the field asks for
     */
    public SalaryAdvice advise(Optional<SalaryRange> posted, Optional<SalaryExpectation> floor, String currency,
                               SalaryPeriod period) {
        requireNonNull(posted, "posted is null");
        requireNonNull(floor, "floor is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(period, "period is null");
        if (currency.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "the asked currency is blank: pass an ISO 4217 code such as EUR");
        }
        String asked = currency.strip().toUpperCase(Locale.ROOT);
        String per = SalaryPeriods.describe(period);
        if (floor.isEmpty()) {
            return none(asked, period, "No salary floor in the profile (nyx.salary): the candidate should answer.");
        }
        SalaryExpectation minimum = floor.get();
        if (!minimum.currency().equalsIgnoreCase(asked)) {
            return none(asked, period, "The form asks in " + asked + " but your minimum is in " + minimum.currency()
                    + ": no number without an exchange rate; answer it yourself.");
        }
        BigDecimal floorAmount = SalaryPeriods.convert(minimum.min(), minimum.period(), period);
        Optional<SalaryRange> range = posted.filter(value -> value.currency().equalsIgnoreCase(asked));
        if (range.isEmpty()) {
            String why = posted.isPresent()
                    ? "The posted range is in " + posted.get().currency() + ", not " + asked + ": your minimum, "
                    : "No posted range: your minimum, ";
            BigDecimal amount = roundUp(floorAmount, period);
            return new SalaryAdvice(Optional.of(amount), asked, period, why + format(amount, asked, per) + ".");
        }
        BigDecimal low = SalaryPeriods.convert(range.get().min(), range.get().period(), period);
        BigDecimal high = SalaryPeriods.convert(range.get().max(), range.get().period(), period);
        BigDecimal target = low.add(high.subtract(low).multiply(BigDecimal.valueOf(UPPER_MIDDLE)));
        if (floorAmount.compareTo(target) >= 0) {
            BigDecimal amount = roundUp(floorAmount, period);
            String where = floorAmount.compareTo(high) > 0 ? "above the posted maximum " + format(high, asked, per)
                    : "above the upper middle of the posted range";
            return new SalaryAdvice(Optional.of(amount), asked, period, "Your minimum "
                    + format(amount, asked, per) + " is " + where + ": never ask for less than your minimum.");
        }
        BigDecimal amount = roundUp(target, period);
        if (amount.compareTo(high) > 0) {
            amount = high.setScale(0, RoundingMode.DOWN).max(roundUp(floorAmount, period));
        }
        return new SalaryAdvice(Optional.of(amount), asked, period, "The upper middle of the posted range "
                + asked + " " + whole(low) + "–" + whole(high) + " a " + per + ", above your minimum " + format(floorAmount, asked, per) + ".");
    }

    private static SalaryAdvice none(String currency, SalaryPeriod period, String reason) {
        return new SalaryAdvice(Optional.empty(), currency, period, reason);
    }

    /** Rounds up to a figure people write for this period. */
    static BigDecimal roundUp(BigDecimal amount, SalaryPeriod period) {
        BigDecimal step = switch (period) {
            case HOUR, DAY -> BigDecimal.ONE;
            case WEEK -> BigDecimal.TEN;
            case MONTH -> BigDecimal.valueOf(100);
            case YEAR -> BigDecimal.valueOf(1000);
        };
        return amount.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private static String format(BigDecimal amount, String currency, String per) {
        return currency + " " + whole(amount) + " a " + per;
    }

    private static String whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
