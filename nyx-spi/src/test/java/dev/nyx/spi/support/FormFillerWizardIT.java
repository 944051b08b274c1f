package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormFillerWizardIT extends BrowserFixture {

    @Test
    void should_wait_until_the_next_step_has_rendered_when_settling() {
        // given
        FormFiller form = open("wizard.html");
        page.locator("#next").click();

        // when
        form.awaitSettled(Duration.ofMillis(300));

        // then
        assertThat(page.locator("#title").count()).isEqualTo(1);
        assertThat(form.findIfPresent("Job title")).isPresent();
    }

    @Test
    void should_fill_the_follow_up_question_when_it_appears_after_yes() {
        // given
        FormFiller form = open("wizard.html");
        form.choose("Do you require visa sponsorship?", "Yes");

        // when
        boolean appeared = form.whenAppears("Which visa do you need?", Duration.ofSeconds(2),
                field -> form.fillText(field, "H-1B"));

        // then
        assertThat(appeared).isTrue();
        assertThat(page.locator("#visa-type").inputValue()).isEqualTo("H-1B");
    }

    @Test
    void should_go_on_without_failing_when_no_follow_up_appears_after_no() {
        // given
        FormFiller form = open("wizard.html");
        form.choose("Do you require visa sponsorship?", "No");

        // when
        boolean appeared = form.whenAppears("Which visa do you need?", Duration.ofMillis(400),
                field -> form.fillText(field, "H-1B"));

        // then
        assertThat(appeared).isFalse();
        assertThat(page.locator("#visa-type").count()).isZero();
    }

    @Test
    void should_time_out_when_the_page_never_stops_changing() {
        // given
        FormFiller form = open("wizard.html").withTimeout(Duration.ofMillis(700));
        page.evaluate("() => window.startTicker()");

        // when / then
        assertThatThrownBy(() -> form.awaitSettled(Duration.ofMillis(200)))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("did not settle")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.TIMEOUT);
    }
}
