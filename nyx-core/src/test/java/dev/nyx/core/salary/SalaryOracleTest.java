package dev.nyx.core.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.model.profile.SalaryExpectation;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalaryOracleTest {
    private final SalaryOracle oracle = new SalaryOracle();

    @Test
    void should_aim_at_the_upper_middle_of_the_range_when_the_floor_is_below_it() {
        // given: range 80-100k, floor 70k; upper middle = 95k
        Optional<SalaryRange> range = range(80000, 100000, "EUR", SalaryPeriod.YEAR);

        // when
        SalaryAdvice advice = oracle.advise(range, floor(70000, "EUR", SalaryPeriod.YEAR), "EUR", SalaryPeriod.YEAR);

        // then
        assertThat(advice.amount()).contains(new BigDecimal("95000"));
        assertThat(advice.reason()).contains("upper middle", "EUR 80000–100000 a year", "your minimum EUR 70000");
    }

    @Test
    void should_never_go_below_the_floor_when_the_floor_is_above_the_range() {
        // when
        SalaryAdvice advice = oracle.advise(range(60000, 75000, "EUR", SalaryPeriod.YEAR),
                floor(85000, "EUR", SalaryPeriod.YEAR), "EUR", SalaryPeriod.YEAR);

        // then
        assertThat(advice.amount()).contains(new BigDecimal("85000"));
        assertThat(advice.reason()).contains("never ask for less than your minimum", "above the posted maximum");
    }

    @Test
    void should_convert_between_periods_when_the_form_asks_per_month() {
        // given: range 6,000-8,000 a month; floor 84,000 a year = 7,000 a month; upper middle 7,500
        SalaryAdvice advice = oracle.advise(range(6000, 8000, "EUR", SalaryPeriod.MONTH),
                floor(84000, "EUR", SalaryPeriod.YEAR), "EUR", SalaryPeriod.MONTH);

        // then
        assertThat(advice.amount()).contains(new BigDecimal("7500"));
        assertThat(advice.period()).isEqualTo(SalaryPeriod.MONTH);
    }

    @Test
    void should_give_the_floor_rounded_up_when_no_range_is_posted() {
        // given: 85,000 a year per hour is 40.87 -> 41
        SalaryAdvice advice = oracle.advise(Optional.empty(), floor(85000, "EUR", SalaryPeriod.YEAR), "EUR",
                SalaryPeriod.HOUR);

        // then
        assertThat(advice.amount()).contains(new BigDecimal("41"));
        assertThat(advice.reason()).startsWith("No posted range: your minimum");
    }

    @Test
    void should_give_no_number_when_the_form_asks_in_another_currency() {
        // when
        SalaryAdvice advice = oracle.advise(range(90000, 120000, "USD", SalaryPeriod.YEAR),
                floor(85000, "EUR", SalaryPeriod.YEAR), "usd", SalaryPeriod.YEAR);

        // then
        assertThat(advice.amount()).isEmpty();
        assertThat(advice.currency()).isEqualTo("USD");
        assertThat(advice.reason()).contains("USD", "EUR", "exchange rate");
    }

    @Test
    void should_use_the_floor_when_the_posted_range_is_in_another_currency() {
        // when
        SalaryAdvice advice = oracle.advise(range(90000, 120000, "USD", SalaryPeriod.YEAR),
                floor(85000, "EUR", SalaryPeriod.YEAR), "EUR", SalaryPeriod.YEAR);

        // then
        assertThat(advice.amount()).contains(new BigDecimal("85000"));
        assertThat(advice.reason()).contains("posted range is in USD");
    }

    @Test
    void should_give_no_number_when_the_profile_has_no_floor() {
        // when
        SalaryAdvice advice = oracle.advise(range(80000, 100000, "EUR", SalaryPeriod.YEAR), Optional.empty(), "EUR",
                SalaryPeriod.YEAR);

        // then
        assertThat(advice.amount()).isEmpty();
        assertThat(advice.reason()).contains("nyx.salary");
    }

    @Test
    void should_reject_a_blank_currency_with_a_clear_error_when_asked() {
        assertThatThrownBy(() -> oracle.advise(Optional.empty(), floor(1, "EUR", SalaryPeriod.YEAR), " ",
                SalaryPeriod.YEAR))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("currency is blank")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    private static Optional<SalaryRange> range(long min, long max, String currency, SalaryPeriod period) {
        return Optional.of(new SalaryRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), currency, period));
    }

    private static Optional<SalaryExpectation> floor(long min, String currency, SalaryPeriod period) {
        return Optional.of(new SalaryExpectation(BigDecimal.valueOf(min), currency, period));
    }
}
