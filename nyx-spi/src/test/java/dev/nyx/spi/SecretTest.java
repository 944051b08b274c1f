package dev.nyx.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void should_mask_the_value_when_printed_alone_or_inside_other_values() {
        // given
        Secret secret = Secret.of("sk-live-1234567890");

        // when
        String alone = secret.toString();
        String inside = List.of(secret).toString() + Map.of("key", secret) + String.format("%s", secret);

        // then
        assertThat(alone).isEqualTo("******");
        assertThat(inside).doesNotContain("sk-live").doesNotContain("1234567890");
        assertThat(secret.reveal()).isEqualTo("sk-live-1234567890");
    }

    @Test
    void should_be_equal_when_the_values_are_equal() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).hasSameHashCodeAs(Secret.of("a"));
        assertThat(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    }
}
