package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO date answers written as the control wants them. */
class DateTextTest {

    @ParameterizedTest
    @CsvSource({"date, '', 2027-01-15", "text, MM/YYYY, 01/2027", "text, MM/DD/YYYY, 01/15/2027",
            "text, DD/MM/YYYY, 15/01/2027", "text, dd.mm.yyyy, 15.01.2027", "text, '', 2027-01-15", "month, '', 2027-01"})
    void should_write_the_date_as_the_control_wants_when_the_answer_is_iso(String type, String placeholder, String expected) {
        assertThat(DateText.format("2027-01-15", type, placeholder)).isEqualTo(expected);
    }

    @Test
    void should_read_a_month_answer_as_its_first_day_when_the_control_wants_a_date() {
        assertThat(DateText.format("2027-03", "text", "MM/YYYY")).isEqualTo("03/2027");
        assertThat(DateText.format("2027-03", "date", "")).isEqualTo("2027-03-01");
    }

    @Test
    void should_leave_the_answer_alone_when_it_is_not_an_iso_date() {
        assertThat(DateText.parse("next month")).isEmpty();
        assertThat(DateText.parse("2027-13-01")).isEmpty();
        assertThat(DateText.format("next month", "date", "")).isEqualTo("next month");
    }
}
