package dev.nyx.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.NyxException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
    private final FaultInjector faults = new FaultInjector();

    @Test
    void should_apply_a_one_shot_fault_to_the_first_matching_request_only() {
        // given
        faults.inject(Fault.status("/site/**", 500).once());

        // when
        var first = faults.take("GET", "/site/page");
        var second = faults.take("GET", "/site/page");

        // then
        assertThat(first).extracting(Fault::status).containsExactly(500);
        assertThat(second).isEmpty();
        assertThat(faults.fired()).hasSize(1);
    }

    @Test
    void should_keep_a_persistent_fault_until_cleared() {
        // given
        faults.inject(Fault.tooManyRequests("/api/*", Duration.ofSeconds(5)));

        // when
        var first = faults.take("GET", "/api/jobs");
        var second = faults.take("GET", "/api/jobs");
        faults.clear();
        var afterClear = faults.take("GET", "/api/jobs");

        // then
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(afterClear).isEmpty();
    }

    @Test
    void should_apply_a_delay_and_stop_at_the_first_answering_fault_when_several_match() {
        // given
        faults.inject(Fault.delay("/a", Duration.ofMillis(10)));
        faults.inject(Fault.status("/a", 500).once());
        faults.inject(Fault.status("/a", 404).once());

        // when
        var first = faults.take("GET", "/a");
        var second = faults.take("GET", "/a");

        // then
        assertThat(first).extracting(Fault::kind).containsExactly(FaultKind.DELAY, FaultKind.STATUS);
        assertThat(first.get(1).status()).isEqualTo(500);
        assertThat(second).extracting(Fault::status).containsExactly(200, 404);
    }

    @Test
    void should_ignore_other_methods_when_a_fault_is_limited_to_one() {
        faults.inject(Fault.validationError("/form", "Nope").forMethod("post"));

        assertThat(faults.take("GET", "/form")).isEmpty();
        assertThat(faults.take("POST", "/form")).extracting(Fault::message).containsExactly(java.util.Optional.of("Nope"));
    }

    @Test
    void should_explain_the_fix_when_a_fault_is_built_with_bad_input() {
        assertThatThrownBy(() -> Fault.status("jobs/*", 500))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'jobs/*' must start with '/'");
        assertThatThrownBy(() -> Fault.status("/jobs", 1000))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("between 100 and 599, got 1000");
        assertThatThrownBy(() -> Fault.delay("/jobs", Duration.ofSeconds(-1)))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("must not be negative");
    }
}
