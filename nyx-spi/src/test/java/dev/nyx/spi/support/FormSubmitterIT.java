package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.Confirmation;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The submit helper: validity first, one click, then the confirmation or the page's own errors. */
class FormSubmitterIT extends BrowserFixture {

    @TempDir
    Path folder;

    @Test
    void should_click_once_and_return_the_confirmation_when_the_page_thanks() {
        // given
        FormFiller form = open("submitting.html").within("form#apply");
        form.fillText("Full name", "Ada Lovelace");
        form.fillText("Email", "ada@example.org");
        Path screenshot = folder.resolve("evidence/confirmation.png");

        // when
        Confirmation confirmation = FormSubmitter.forPage(page, "form#apply", TIMEOUT)
                .confirmedByText("thank you for applying[^\\n]*").screenshotTo(screenshot).submit();

        // then
        assertThat(submissions).hasSize(1);
        assertThat(submissions.get(0)).contains("name=Ada+Lovelace", "email=ada%40example.org");
        assertThat(confirmation.message()).isEqualTo("Thank you for applying!");
        assertThat(confirmation.finalUrl().toString()).endsWith("/form-post");
        assertThat(confirmation.screenshot()).hasValue(screenshot);
        assertThat(screenshot).isRegularFile();
    }

    @Test
    void should_confirm_when_the_page_moves_on_and_no_confirmation_is_described() {
        // given
        FormFiller form = open("submitting.html").within("form#apply");
        form.fillText("Full name", "Ada Lovelace");
        form.fillText("Email", "ada@example.org");

        // when
        Confirmation confirmation = FormSubmitter.forPage(page, "form#apply", TIMEOUT).submit();

        // then
        assertThat(submissions).hasSize(1);
        assertThat(confirmation.message()).isEqualTo("Thank you for applying!");
        assertThat(confirmation.screenshot()).isEmpty();
    }

    @Test
    void should_report_the_invalid_fields_without_clicking_when_the_browser_would_refuse_the_form() {
        // given
        FormFiller form = open("submitting.html").within("form#apply");
        form.fillText("Email", "ada");
        FormSubmitter submitter = FormSubmitter.forPage(page, "form#apply", TIMEOUT);

        // when / then
        assertThat(submitter.invalidFields()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("Full name: "))
                .anySatisfy(line -> assertThat(line).startsWith("Email: "));
        assertThatThrownBy(submitter::submit).isInstanceOfSatisfying(NyxException.class, thrown -> {
            assertThat(thrown.code()).isEqualTo(ErrorCode.FORM_REJECTED);
            assertThat(thrown.getMessage()).contains("Full name: ", "Email: ");
        });
        assertThat(submissions).isEmpty();
    }

    @Test
    void should_throw_the_pages_own_messages_as_form_rejected_when_the_page_shows_errors() {
        // given
        FormFiller form = open("submitting.html").within("form#js-form");
        form.fillText("Email", "ada@example");

        // when / then
        assertThatThrownBy(() -> FormSubmitter.forPage(page, "form#js-form", TIMEOUT).confirmedBy(".confirmation").submit())
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.FORM_REJECTED);
                    assertThat(thrown.getMessage()).contains("Email: Please enter a valid email address.");
                });
        assertThat(page.evaluate("() => window.submits")).isEqualTo(1);
        assertThat(submissions).isEmpty();
    }

    @Test
    void should_return_the_confirmation_shown_in_place_when_it_is_described_by_a_selector() {
        // given
        FormFiller form = open("submitting.html").within("form#js-form");
        form.fillText("Email", "ada@example.org");

        // when
        Confirmation confirmation = FormSubmitter.forPage(page, "form#js-form", TIMEOUT).confirmedBy(".confirmation").submit();

        // then
        assertThat(confirmation.message()).isEqualTo("Thanks, your application was received.");
        assertThat(submissions).hasSize(1);
    }

    @Test
    void should_throw_the_servers_messages_when_the_answer_page_shows_errors() {
        // given
        submitReply = "<!doctype html><html><body><form id=apply><div class=field><label for=email>Email *</label>"
                + "<input id=email name=email><p class=error>This email has already applied.</p></div></form></body></html>";
        FormFiller form = open("submitting.html").within("form#apply");
        form.fillText("Full name", "Ada Lovelace");
        form.fillText("Email", "ada@example.org");

        // when / then
        assertThatThrownBy(() -> FormSubmitter.forPage(page, "form#apply", TIMEOUT).submit())
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.FORM_REJECTED);
                    assertThat(thrown.getMessage()).contains("Email: This email has already applied.");
                });
        assertThat(submissions).hasSize(1);
    }

    @Test
    void should_time_out_naming_the_step_when_neither_a_confirmation_nor_an_error_shows() {
        // given
        open("submitting.html");

        // when / then
        assertThatThrownBy(() -> FormSubmitter.forPage(page, "form#silent", Duration.ofMillis(800))
                .confirmedByText("thank you").submit())
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.TIMEOUT);
                    assertThat(thrown.getMessage()).contains("neither a confirmation nor an error", "800 ms");
                });
        assertThat(page.evaluate("() => window.submits")).isEqualTo(1);
    }

    @Test
    void should_fail_as_invalid_state_when_the_page_has_no_such_form() {
        // given
        open("submitting.html");

        // when / then
        assertThatThrownBy(() -> FormSubmitter.forPage(page, "form#missing", TIMEOUT).submit())
                .isInstanceOfSatisfying(NyxException.class,
                        thrown -> assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }
}
