package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormFillerWidgetsIT extends BrowserFixture {

    @Test
    void should_select_the_option_when_the_native_select_is_visible() {
        // given
        FormFiller form = open("widgets.html");

        // when
        String chosen = form.choose("Are you legally authorized to work in the United States?", "yes");

        // then
        assertThat(chosen).isEqualTo("Yes");
        assertThat(page.locator("#yes-no").inputValue()).isEqualTo("1");
    }

    @Test
    void should_set_the_hidden_select_and_fire_change_when_an_unknown_widget_hides_it() {
        // given
        FormFiller form = open("widgets.html");

        // when
        form.choose("Degree", "Masters degree");

        // then
        assertThat(page.locator("#degree").inputValue()).isEqualTo("m");
        assertThat(page.locator("#degree-shown").textContent()).isEqualTo("Master's Degree");
    }

    @Test
    void should_pick_through_the_select2_drop_when_the_select_is_select2() {
        // given
        FormFiller form = open("widgets.html");

        // when
        String chosen = form.choose("Gender", "I decline to self-identify");

        // then
        assertThat(chosen).isEqualTo("Decline To Self Identify");
        assertThat(page.locator("#job_application_gender").inputValue()).isEqualTo("3");
        assertThat(page.locator("#s2id_job_application_gender .select2-chosen").textContent())
                .isEqualTo("Decline To Self Identify");
        assertThat(page.locator(".select2-drop").count()).isZero();
        assertThat(form.readBack("Gender").values()).containsExactly("Decline To Self Identify");
    }

    @Test
    void should_pick_the_best_fitting_option_not_the_first_when_react_select_menu_is_in_body() {
        // given
        FormFiller form = open("widgets.html");

        // when
        String chosen = form.choose("Country", "United States");

        // then
        assertThat(chosen).isEqualTo("United States +1");
        assertThat(page.locator("input[type=hidden][name=country]").inputValue()).isEqualTo("United States +1");
        assertThat(form.readBack("Country").values()).containsExactly("United States +1");
    }

    @Test
    void should_pick_several_options_when_react_select_is_multi() {
        // given
        FormFiller form = open("widgets.html");

        // when
        List<String> chosen = form.chooseAll("Which languages do you use?", List.of("java", "Rust"));

        // then
        assertThat(chosen).containsExactly("Java", "Rust");
        assertThat(page.locator("input[type=hidden][name='question_123[]']").inputValue()).isEqualTo("Java,Rust");
        assertThat(form.readBack("Which languages do you use?").values()).containsExactly("Java", "Rust");
    }

    @Test
    void should_type_to_load_options_when_react_select_is_async() {
        // given
        FormFiller form = open("widgets.html");

        // when
        String chosen = form.choose("Location (City)", "Berlin, Germany");

        // then
        assertThat(chosen).isEqualTo("Berlin, Germany");
        assertThat(page.locator("input[type=hidden][name=candidate-location]").inputValue()).isEqualTo("Berlin, Germany");
    }

    @Test
    void should_pick_from_the_popup_listbox_when_a_workday_button_opens_it() {
        // given
        FormFiller form = open("widgets.html");

        // when
        String chosen = form.choose("Highest degree", "Masters");

        // then
        assertThat(chosen).isEqualTo("Master's");
        assertThat(page.locator("#wd-degree").textContent()).isEqualTo("Master's");
        assertThat(page.locator("[data-automation-widget=wd-popup]").count()).isZero();
    }

    @Test
    void should_check_the_hidden_radio_through_its_label_when_choosing_in_a_radio_group() {
        // given
        FormFiller form = open("widgets.html");

        // when
        form.choose("Will you now or in the future require sponsorship?", "No, I will not");

        // then
        assertThat(page.locator("#sp-no").isChecked()).isTrue();
        assertThat(page.locator("#sp-yes").isChecked()).isFalse();
        assertThat(form.readBack("Will you now or in the future require sponsorship").values()).containsExactly("No");
    }

    @Test
    void should_check_each_wanted_box_when_choosing_several_in_a_checkbox_group() {
        // given
        FormFiller form = open("widgets.html");

        // when
        form.chooseAll("Which offices could you work from?", List.of("new york", "Berlin"));

        // then
        assertThat(page.locator("#office-berlin").isChecked()).isTrue();
        assertThat(page.locator("#office-london").isChecked()).isFalse();
        assertThat(page.locator("#office-nyc").isChecked()).isTrue();
    }

    @Test
    void should_toggle_idempotently_when_the_checkbox_is_aria() {
        // given
        FormFiller form = open("widgets.html");

        // when
        form.check("I accept the terms and conditions");
        form.check("I accept the terms and conditions");

        // then
        assertThat(page.locator("#terms").getAttribute("aria-checked")).isEqualTo("true");
        assertThat(form.readBack("I accept the terms and conditions").checked()).contains(true);

        // when
        form.uncheck("I accept the terms and conditions");

        // then
        assertThat(page.locator("#terms").getAttribute("aria-checked")).isEqualTo("false");
    }

    @Test
    void should_check_the_only_box_when_labelled_by_its_wrapper() {
        // given
        FormFiller form = open("widgets.html");

        // when
        form.check("Privacy consent");

        // then
        assertThat(page.locator("#consent").isChecked()).isTrue();
    }

    @Test
    void should_choose_in_an_aria_radiogroup_when_labelled_by_id() {
        // given
        FormFiller form = open("widgets.html");

        // when
        form.choose("Preferred contact method", "phone");

        // then
        assertThat(page.locator("#contact-phone").getAttribute("aria-checked")).isEqualTo("true");
        assertThat(page.locator("#contact-email").getAttribute("aria-checked")).isEqualTo("false");
    }

    @Test
    void should_list_the_offered_options_and_choose_nothing_when_no_option_fits() {
        // given
        FormFiller form = open("widgets.html");

        // when / then
        assertThatThrownBy(() -> form.choose("Gender", "Nonbinary"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("No option of 'Gender'")
                .hasMessageContaining("['Male', 'Female', 'Decline To Self Identify']")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.OPTION_NOT_FOUND);
        assertThat(page.locator("#job_application_gender").inputValue()).isEmpty();
    }

    @Test
    void should_list_the_popup_options_when_no_react_select_option_fits() {
        // given
        FormFiller form = open("widgets.html").withTimeout(Duration.ofSeconds(1));

        // when / then
        assertThatThrownBy(() -> form.choose("Country", "Atlantis"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'Country'")
                .hasMessageContaining("'Germany +49'")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.OPTION_NOT_FOUND);
        assertThat(page.locator("input[type=hidden][name=country]").inputValue()).isEmpty();
    }

    @Test
    void should_pick_from_the_associated_popup_when_workday_multiselect_is_a_search_box() {
        // given
        FormFiller form = open("widgets.html");

        // when
        form.choose("How did you hear about us", "linkedin");

        // then
        assertThat(page.locator("[data-automation-id=selectedItem]").allTextContents()).containsExactly("LinkedIn");
        assertThat(form.readBack("How did you hear about us").values()).containsExactly("LinkedIn");
    }

    @Test
    void should_uncheck_idempotently_when_the_checkbox_is_native() {
        // given
        FormFiller form = open("widgets.html");
        form.check("I agree to the privacy policy");

        // when
        form.uncheck("I agree to the privacy policy");
        form.uncheck("I agree to the privacy policy");

        // then
        assertThat(page.locator("#consent").isChecked()).isFalse();
        assertThat(form.readBack("I agree to the privacy policy").checked()).contains(false);
    }

    @Test
    void should_pick_the_option_when_the_menu_re_renders_its_options_on_hover() {
        // given
        FormFiller form = open("rerendering-select.html");

        // when
        String chosen = form.choose("Which visa type will you need?", "O-1");

        // then
        assertThat(chosen).isEqualTo("O-1");
        assertThat(page.locator("#visa-value").inputValue()).isEqualTo("O-1");
        assertThat(page.locator("#shown").textContent()).isEqualTo("O-1");
    }

    @Test
    void should_click_the_rebuilt_option_at_once_when_the_menu_re_renders_its_options_on_hover() {
        // given: a menu that replaces the hovered option's node, and a step time-out whose first click
        // attempt (a quarter of it) would be waited out in full for a node that is gone
        FormFiller form = open("rerendering-select.html");

        // when
        long start = System.nanoTime();
        String chosen = form.choose("Which visa type will you need?", "TN");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then: the rebuilt option is clicked by the click's own retry, well within the first attempt's wait
        assertThat(chosen).isEqualTo("TN");
        assertThat(page.locator("#visa-value").inputValue()).isEqualTo("TN");
        assertThat(took).isLessThan(TIMEOUT.dividedBy(4));
    }
}
