package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 10's Done-when 3 as {@link GeneratedFormsIT} checks it. */
class ApplyTimesTest {

    @Test
    void should_flag_an_application_over_twice_the_classic_median_when_it_names_no_timed_out_step() {
        // given: classic submitted 1, 2, 3 s (median 2 s, bound 4 s); a classic stop after 0.3 s does not count
        ApplyTimes times = classic(1000, 2000, 3000);
        times.add(new ApplyTimes.Timed(4, "classic", Duration.ofMillis(300), false, Optional.empty()));
        times.add(new ApplyTimes.Timed(5, "job-boards", Duration.ofMillis(3900), true, Optional.empty()));
        times.add(new ApplyTimes.Timed(6, "job-boards", Duration.ofMillis(15000), true, Optional.empty()));

        // then
        assertThat(times.classicMedian()).contains(Duration.ofSeconds(2));
        assertThat(times.tooSlow()).extracting(ApplyTimes.Timed::seed).containsExactly(6L);
        assertThat(times.tooSlow(4)).extracting(ApplyTimes.Timed::seed).containsExactly(6L);
        assertThat(times.tooSlow(8)).isEmpty();
    }

    @Test
    void should_accept_a_slow_application_when_its_outcome_names_the_step_that_timed_out() {
        // given
        ApplyTimes times = classic(1000, 2000, 3000);
        times.add(new ApplyTimes.Timed(7, "job-boards", Duration.ofMillis(12000), true, Optional.of("fetch posting")));

        // then
        assertThat(times.tooSlow()).isEmpty();
        assertThat(times.report()).contains("classic", "job-boards", "bound (2 x classic median): 4000 ms");
    }

    @Test
    void should_take_every_classic_application_when_none_was_submitted() {
        // given
        ApplyTimes times = new ApplyTimes();
        times.add(new ApplyTimes.Timed(1, "classic", Duration.ofMillis(400), false, Optional.empty()));
        times.add(new ApplyTimes.Timed(2, "classic", Duration.ofMillis(600), false, Optional.empty()));

        // then
        assertThat(times.classicMedian()).contains(Duration.ofMillis(500));
    }

    private static ApplyTimes classic(long... millis) {
        ApplyTimes times = new ApplyTimes();
        for (int index = 0; index < millis.length; index++) {
            times.add(new ApplyTimes.Timed(100 + index, "classic", Duration.ofMillis(millis[index]), true,
                    Optional.empty()));
        }
        return times;
    }
}
