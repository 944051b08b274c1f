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
}
