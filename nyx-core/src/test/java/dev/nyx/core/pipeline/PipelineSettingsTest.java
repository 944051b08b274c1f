package dev.nyx.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PipelineSettingsTest {

    @Test
    void should_use_thirty_days_and_margin_three_when_defaults() {
        assertThat(PipelineSettings.defaults()).isEqualTo(new PipelineSettings(Duration.ofDays(30), 3));
    }

    @Test
    void should_refuse_a_margin_below_two_naming_it_when_built() {
        assertThatThrownBy(() -> new PipelineSettings(Duration.ofDays(30), 1))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("recoveryMargin is 1").hasMessageContaining("2 or more")
                .satisfies(failure -> assertThat(((NyxException) failure).code())
                        .isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }

    @Test
    void should_refuse_a_negative_repost_window_naming_it_when_built() {
        assertThatThrownBy(() -> new PipelineSettings(Duration.ofDays(-1), 3))
                .isInstanceOf(NyxException.class).hasMessageContaining("repostWindow").hasMessageContaining("P30D");
    }
}
