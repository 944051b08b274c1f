package dev.nyx.core.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorCodeSupplier;
import dev.nyx.spi.ErrorKind;
import dev.nyx.spi.NyxException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    /** A plugin's own code, refining a host code. */
    private enum SiteErrors implements ErrorCodeSupplier {
        SECURITY_CODE_REQUIRED;

        @Override
        public ErrorCode hostCode() {
            return ErrorCode.ACCOUNT_REQUIRED;
        }
    }

    @Test
    void should_record_the_host_code_and_lead_with_the_plugin_code_when_a_plugin_throws_its_own() {
        // when
        ApplyOutcome.Failure failure = Failures.of(new NyxException(SiteErrors.SECURITY_CODE_REQUIRED,
                "the site emailed a security code"), SensitiveValues.none());

        // then
        assertThat(failure.code()).isEqualTo(ErrorCode.ACCOUNT_REQUIRED);
        assertThat(failure.kind()).isEqualTo(ErrorKind.BLOCKED);
        assertThat(failure.message()).isEqualTo("SECURITY_CODE_REQUIRED: the site emailed a security code");
    }

    @Test
    void should_keep_the_message_as_it_is_when_a_host_code_is_thrown() {
        ApplyOutcome.Failure failure = Failures.of(new NyxException(ErrorCode.FORM_REJECTED, "Phone is invalid"),
                SensitiveValues.none());

        assertThat(failure.code()).isEqualTo(ErrorCode.FORM_REJECTED);
        assertThat(failure.message()).isEqualTo("Phone is invalid");
    }

    @Test
    void should_name_the_step_when_a_step_times_out() {
        // given: what the plugin guard throws when an adapter's fill hangs past the plugin-call time-out
        NyxException hung = new NyxException(ErrorCode.TIMEOUT, "Plugin 'greenhouse' extension 'greenhouse'"
                + " did not return within PT1M: check the plugin, or raise limits.pluginCallTimeout");

        // when
        ApplyOutcome.Failure failure = Failures.of(hung, SensitiveValues.none(), java.util.Optional.of("fill"));

        // then
        assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(failure.message()).startsWith("step 'fill' timed out: Plugin 'greenhouse'");
    }

    @Test
    void should_name_the_step_when_a_plugin_failed_on_a_browser_time_out() {
        // given
        NyxException failed = new NyxException(ErrorCode.PLUGIN_FAILED, "Plugin 'greenhouse' failed: Timeout 30000ms",
                new com.microsoft.playwright.TimeoutError("Timeout 30000ms exceeded."));

        // when
        ApplyOutcome.Failure failure = Failures.of(failed, SensitiveValues.none(), java.util.Optional.of("submit"));

        // then
        assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(failure.message()).startsWith("step 'submit' timed out: ");
    }

    @Test
    void should_not_name_a_step_when_the_failure_is_no_time_out() {
        ApplyOutcome.Failure failure = Failures.of(new NyxException(ErrorCode.FORM_REJECTED, "Phone is invalid"),
                SensitiveValues.none(), java.util.Optional.of("submit"));

        assertThat(failure.message()).isEqualTo("Phone is invalid");
    }
}
