package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormFillerTypeaheadIT extends BrowserFixture {

    @Test
    void should_pick_the_best_suggestion_not_the_first_when_jquery_ui_autocomplete_answers() {
        // given
        FormFiller form = open("typeahead.html");

        // when
        String chosen = form.typeAhead("Location", "Berl", "Berlin, Germany");

        // then
        assertThat(chosen).isEqualTo("Berlin, Germany");
        assertThat(page.locator("#job_application_location").inputValue()).isEqualTo("Berlin, Germany");
        assertThat(page.locator("#job_application_latitude").inputValue()).isEqualTo("52.52");
    }

    @Test
    void should_pick_from_the_list_when_github_auto_complete_opens() {
        // given
        FormFiller form = open("typeahead.html");

        // when
        form.typeAhead("Current city", "Bern");

        // then
        assertThat(page.locator("#gh-city").inputValue()).isEqualTo("Bern, Switzerland");
        assertThat(form.readBack("Current city").text()).isEqualTo("Bern, Switzerland");
    }

    @Test
    void should_pick_from_the_body_popup_when_linkedin_typeahead_answers() {
        // given
        FormFiller form = open("typeahead.html");

        // when
        form.typeAhead("City", "Berlin", "Berlin, New Hampshire");

        // then
        assertThat(page.locator("#li-city").inputValue()).isEqualTo("Berlin, New Hampshire, United States");
    }

    @Test
    void should_list_the_suggestions_when_none_fits_the_wanted_text() {
        // given
        FormFiller form = open("typeahead.html");

        // when / then
        assertThatThrownBy(() -> form.typeAhead("Location", "Berl", "Munich"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'Location'")
                .hasMessageContaining("'Berlingen, Switzerland'")
                .hasMessageContaining("'Berlin, Germany'")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.OPTION_NOT_FOUND);
        assertThat(page.locator("#job_application_latitude").inputValue()).isEmpty();
    }

    @Test
    void should_time_out_naming_the_field_when_no_suggestion_appears() {
        // given
        FormFiller form = open("typeahead.html").withTimeout(Duration.ofMillis(600));

        // when / then
        assertThatThrownBy(() -> form.typeAhead("School", "Techni"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("No suggestions appeared for 'School'")
                .hasMessageContaining("length 6")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.TIMEOUT);
    }
}
