package dev.nyx.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void should_read_short_and_iso_forms_when_written_as_people_do() {
        assertThat(Durations.parse("30s")).contains(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).contains(Duration.ofMinutes(5));
        assertThat(Durations.parse("2h")).contains(Duration.ofHours(2));
        assertThat(Durations.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("PT30S")).contains(Duration.ofSeconds(30));
        assertThat(Durations.parse("pt2h")).contains(Duration.ofHours(2));
    }

    @Test
    void should_refuse_text_when_it_has_no_unit_or_an_unknown_one() {
        assertThat(Durations.parse("30")).isEmpty();
        assertThat(Durations.parse("5 minutes")).isEmpty();
        assertThat(Durations.parse("PTxS")).isEmpty();
        assertThat(Durations.parse("")).isEmpty();
    }
}
