package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormFillerLabelsIT extends BrowserFixture {

    @ParameterizedTest(name = "{0} -> #{1}")
    @CsvSource(delimiter = '|', value = {
        "first name              | first_name",                   // label for=id, trailing '*'
        "Email                   | email",                        // wrapping label, trailing '✱'
        "Salary expectation      | salary",                       // aria-labelledby with two ids
        "LinkedIn profile        | linkedin",                     // aria-label with '(optional)'
        "Add a cover letter or anything else you want to share | comments", // placeholder
        "Phone                   | phone",                        // Greenhouse div.field wrapper
        "Current Company         | org",                          // Lever li.application-question
        "How many years of work experience do you have with Java | years-java", // LinkedIn wrapper
        "Given Name(s)           | name--legalName--firstName",   // Workday formField-* wrapper
        "city                    | city",                         // non-breaking space and '(required)'
        "Summary                 | summary",                      // contenteditable via aria-labelledby
    })
    void should_find_the_control_when_labelled_in_any_common_way(String label, String expectedId) {
        // given
        FormFiller form = open("labels.html").within("#application-form");

        // when
        FormField field = form.find(label);

        // then
        assertThat(field.control().getAttribute("id")).isEqualTo(expectedId);
    }

    @Test
    void should_find_a_radio_group_by_its_legend_when_asked_for_a_choice() {
        // given
        FormFiller form = open("labels.html").within("#application-form");

        // when
        FormField field = form.find("Work type");

        // then
        assertThat(field.kind()).isEqualTo(ControlKind.RADIO_GROUP);
        assertThat(field.control().evaluate("e => e.tagName")).isEqualTo("FIELDSET");
    }

    @Test
    void should_fill_and_read_back_when_the_input_is_react_controlled() {
        // given
        FormFiller form = open("labels.html");
        page.locator("#react-input").fill("old value");

        // when
        form.fillText("Preferred name", "Ada");

        // then
        assertThat(page.locator("#react-input").inputValue()).isEqualTo("Ada");
        assertThat(page.locator("#react-input").getAttribute("data-state")).isEqualTo("Ada");
        assertThat(page.locator("#react-input").getAttribute("data-touched")).isEqualTo("true");
        assertThat(form.readBack("Preferred name").text()).isEqualTo("Ada");
    }

    @Test
    void should_fill_contenteditable_and_textarea_when_labelled() {
        // given
        FormFiller form = open("labels.html").within("#application-form");

        // when
        form.fillText("Summary", "Ten years of Java.");
        form.fillText("Add a cover letter", "Dear team");

        // then
        assertThat(page.locator("#summary").innerText()).isEqualTo("Ten years of Java.");
        assertThat(page.locator("#comments").inputValue()).isEqualTo("Dear team");
    }

    @Test
    void should_accept_a_reformatted_value_when_only_formatting_differs() {
        // given
        FormFiller form = open("labels.html");

        // when
        form.fillText("Mobile phone", "5551234567");

        // then
        assertThat(page.locator("#formatted-phone").inputValue()).isEqualTo("(555) 123-4567");
    }

    @Test
    void should_fail_without_truncating_when_the_answer_exceeds_maxlength() {
        // given
        FormFiller form = open("labels.html").within("#application-form");

        // when / then
        assertThatThrownBy(() -> form.fillText("First Name", "Maximilian-Alexander Johannes"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'First Name'")
                .hasMessageContaining("29 characters")
                .hasMessageContaining("at most 20")
                .hasMessageNotContaining("Maximilian")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.ANSWER_TOO_LONG);
        assertThat(page.locator("#first_name").inputValue()).isEmpty();
    }

    @Test
    void should_fail_naming_the_field_when_the_page_rejects_the_value() {
        // given
        FormFiller form = open("labels.html");

        // when / then
        assertThatThrownBy(() -> form.fillText("Referral code", "SECRET-CODE-42"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'Referral code' shows a value of length 0")
                .hasMessageNotContaining("SECRET")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.FILL_FAILED);
    }

    @Test
    void should_list_the_labels_found_when_no_label_matches() {
        // given
        FormFiller form = open("labels.html").within("#application-form");

        // when / then
        assertThatThrownBy(() -> form.find("Favourite colour"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("No field labelled 'Favourite colour' in #application-form")
                .hasMessageContaining("'First Name'")
                .hasMessageContaining("'Salary expectation'")
                .hasMessageContaining("'Current company'")
                .hasMessageContaining("'Work type'")
                .hasMessageNotContaining("'Remote'")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void should_fail_as_ambiguous_when_two_forms_share_a_label_and_succeed_when_scoped() {
        // given
        FormFiller wholePage = open("labels.html");

        // when / then
        assertThatThrownBy(() -> wholePage.find("First Name"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("fits several fields");
        assertThat(wholePage.within("form#other").find("First Name").control().getAttribute("id"))
                .isEqualTo("other-first");
    }

    @Test
    void should_list_question_labels_in_page_order_when_asked_for_labels() {
        // given
        FormFiller form = open("labels.html").within("#application-form");

        // when
        var labels = form.labels();

        // then
        assertThat(labels).startsWith("First Name", "Email", "Salary expectation").contains("Work type")
                .doesNotContain("Remote", "Office");
    }

    @Test
    void should_refuse_to_type_when_the_field_is_not_a_text_field() {
        // given
        FormFiller form = open("labels.html");
        FormField group = form.find("Work type");

        // when / then
        assertThatThrownBy(() -> form.fillText(group, "Remote"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'Work type' is a RADIO_GROUP, not a text field")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_STATE);
    }
}
