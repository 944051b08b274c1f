package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import org.junit.jupiter.api.Test;

class FormFillerDatesIT extends BrowserFixture {

    @Test
    void should_fill_date_and_month_pickers_when_the_answers_are_in_their_iso_form() {
        // given
        FormFiller form = open("dates.html");

        // when
        form.fillText("Earliest start date", "2027-03-01");
        form.fillText("Graduation month", "2019-06");

        // then
        assertThat(page.locator("#start").inputValue()).isEqualTo("2027-03-01");
        assertThat(page.locator("#month").inputValue()).isEqualTo("2019-06");
    }

    @Test
    void should_refuse_a_free_text_answer_for_a_date_picker_naming_the_field_and_the_form_it_takes() {
        // given
        FormFiller form = open("dates.html");

        // when / then: never guessed into a date, and the value itself is not echoed
        assertThatThrownBy(() -> form.fillText("Earliest start date", "Three months after an offer"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'Earliest start date' is a date field")
                .hasMessageContaining("YYYY-MM-DD")
                .hasMessageNotContaining("Three months")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.ANSWER_WRONG_FORMAT);
        assertThat(page.locator("#start").inputValue()).isEmpty();
    }

    @Test
    void should_take_free_text_in_a_plain_text_field() {
        // given
        FormFiller form = open("dates.html");

        // when
        form.fillText("Notice period", "Three months after an offer");

        // then
        assertThat(page.locator("#note").inputValue()).isEqualTo("Three months after an offer");
    }
}
