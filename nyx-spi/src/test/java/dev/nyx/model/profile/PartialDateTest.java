package dev.nyx.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void should_parse_year_month_and_day_when_written_as_iso_prefixes() {
        assertThat(PartialDate.parse("2020")).contains(new PartialDate(2020, Optional.empty(), Optional.empty()));
        assertThat(PartialDate.parse("2020-03")).map(PartialDate::toString).contains("2020-03");
        assertThat(PartialDate.parse(" 2020-03-15 ")).map(PartialDate::toString).contains("2020-03-15");
    }

    @Test
    void should_reject_text_when_it_is_not_a_calendar_date() {
        assertThat(PartialDate.parse("2020-13")).isEmpty();
        assertThat(PartialDate.parse("2021-02-29")).isEmpty();
        assertThat(PartialDate.parse("March 2020")).isEmpty();
        assertThat(PartialDate.parse("20-03")).isEmpty();
    }

    @Test
    void should_order_less_precise_dates_first_when_compared() {
        PartialDate year = PartialDate.parse("2020").orElseThrow();
        PartialDate month = PartialDate.parse("2020-01").orElseThrow();
        PartialDate later = PartialDate.parse("2020-01-02").orElseThrow();

        assertThat(year).isLessThan(month);
        assertThat(month).isLessThan(later);
        assertThat(PartialDate.parse("2019-12-31").orElseThrow()).isLessThan(year);
    }

    @Test
    void should_refuse_a_day_without_a_month_when_constructed() {
        assertThatThrownBy(() -> new PartialDate(2020, Optional.empty(), Optional.of(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a month");
    }
}
