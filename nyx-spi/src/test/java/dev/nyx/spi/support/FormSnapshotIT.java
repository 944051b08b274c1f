package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormSnapshotIT extends BrowserFixture {

    @Test
    void should_find_many_fields_from_one_listing_and_fill_them() {
        // given
        FormFiller form = open("labels.html").within("#application-form");
        FormSnapshot snapshot = form.snapshot();

        // when
        FormField first = snapshot.findIfPresent("First Name", ControlKind.TEXT).orElseThrow();
        FormField phone = snapshot.findIfPresent("Phone").orElseThrow();
        form.fillText(first, "Ada");
        form.fillText(phone, "+49 30 1234567");

        // then
        assertThat(snapshot.size()).isGreaterThan(10);
        assertThat(page.locator("#first_name").inputValue()).isEqualTo("Ada");
        assertThat(page.locator("#phone").inputValue()).isEqualTo("+49 30 1234567");
        assertThat(snapshot.findIfPresent("Favourite colour", ControlKind.TEXT)).isEmpty();
    }

    @Test
    void should_keep_fields_of_an_earlier_snapshot_usable_after_later_searches() {
        // given: fields are marked by the listing; a later listing must not orphan them
        FormFiller form = open("labels.html").within("#application-form");
        FormField email = form.snapshot().findIfPresent("Email").orElseThrow();
        form.snapshot();
        form.findIfPresent("Phone");

        // when
        form.fillText(email, "ada@example.com");

        // then
        assertThat(page.locator("#email").inputValue()).isEqualTo("ada@example.com");
    }

    @Test
    void should_read_back_the_whole_form_with_its_values() {
        // given
        FormFiller form = open("labels.html").within("#application-form");
        form.fillText("First Name", "Grace");
        form.choose("Work type", "Remote");

        // when
        FormSnapshot shown = form.snapshotWithValues();
        page.locator("#first_name").fill("changed afterwards");

        // then: the values are those of the moment the snapshot was taken
        FormField first = shown.findIfPresent("First Name").orElseThrow();
        assertThat(shown.valueOf(first).text()).isEqualTo("Grace");
        FormField work = shown.findIfPresent("Work type").orElseThrow();
        assertThat(shown.valueOf(work).values()).containsExactly("Remote");
        FormField phone = shown.findIfPresent("Phone").orElseThrow();
        assertThat(shown.valueOf(phone).isEmpty()).isTrue();
    }

    @Test
    void should_read_a_field_from_the_page_when_it_did_not_come_from_the_snapshot() {
        // given
        FormFiller form = open("labels.html").within("#application-form");
        FormSnapshot withoutValues = form.snapshot();
        FormField first = form.find("First Name");
        page.locator("#first_name").fill("Live");

        // when / then
        assertThat(withoutValues.valueOf(first).text()).isEqualTo("Live");
    }

    @Test
    void should_fill_a_form_inside_an_iframe() {
        // given
        open("framed.html");
        Frame board = page.frames().stream().filter(frame -> frame.url().endsWith("labels.html")).findFirst()
                .orElseThrow();
        board.locator("#first_name").waitFor();
        FormFiller form = FormFiller.forFrame(board, TIMEOUT).within("#application-form", "the embedded form");

        // when
        form.fillText("First Name", "Lin");
        FormField email = form.snapshot().findIfPresent("Email").orElseThrow();
        form.fillText(email, "lin@example.com");

        // then
        assertThat(board.locator("#first_name").inputValue()).isEqualTo("Lin");
        assertThat(form.snapshotWithValues().findIfPresent("Email").map(field -> form.readBack(field).text()))
                .contains("lin@example.com");
    }

    @Test
    void should_stop_waiting_for_a_follow_up_once_the_page_has_gone_quiet() {
        // given: "No" shows no follow-up; the grace is long
        FormFiller form = open("wizard.html");
        form.choose("Do you require visa sponsorship?", "No");

        // when
        long start = System.nanoTime();
        Optional<FormField> field = form.awaitField("Which visa do you need?", Duration.ofSeconds(4));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        // then: it gave up after the quiet period, far before the grace ran out
        assertThat(field).isEmpty();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(FormFiller.FOLLOW_UP_QUIET.toMillis() - 50)
                .isLessThan(3000);
    }

    @Test
    void should_keep_waiting_for_a_follow_up_while_the_page_is_still_changing() {
        // given: a ticker keeps changing the page; the follow-up appears only after 900 ms
        FormFiller form = open("wizard.html");
        page.evaluate("() => window.startTicker()");
        page.evaluate("() => setTimeout(() => document.getElementById('follow-up').innerHTML ="
                + " '<div class=\"field\"><label for=\"late\">Which visa do you need?</label><input id=\"late\"></div>', 900)");

        // when: the follow-up comes after more than the quiet period, but the page never went quiet
        Optional<FormField> field = form.awaitField("Which visa do you need?", Duration.ofSeconds(4));

        // then
        assertThat(field).isPresent();
    }
}
