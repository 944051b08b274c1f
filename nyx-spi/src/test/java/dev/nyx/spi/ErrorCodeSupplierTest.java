package dev.nyx.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorCodeSupplierTest {
    /** A plugin's own code, as a plugin author would write it. */
    private enum SiteErrors implements ErrorCodeSupplier {
        SECURITY_CODE_REQUIRED(ErrorCode.ACCOUNT_REQUIRED);

        private final ErrorCode hostCode;

        SiteErrors(ErrorCode hostCode) {
            this.hostCode = hostCode;
        }

        @Override
        public ErrorCode hostCode() {
            return hostCode;
        }
    }

    @Test
    void should_treat_a_plugin_code_as_its_host_code_when_thrown() {
        // when
        NyxException thrown = new NyxException(SiteErrors.SECURITY_CODE_REQUIRED, "the site asks for an emailed code");

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.ACCOUNT_REQUIRED);
        assertThat(thrown.errorCode()).isEqualTo(SiteErrors.SECURITY_CODE_REQUIRED);
        assertThat(thrown.kind()).isEqualTo(ErrorKind.BLOCKED);
        assertThat(thrown.isRetryable()).isFalse();
        assertThat(thrown).hasToString("NyxException[SECURITY_CODE_REQUIRED (ACCOUNT_REQUIRED)]: the site asks for an"
                + " emailed code");
    }

    @Test
    void should_be_its_own_host_code_when_a_host_code() {
        NyxException thrown = new NyxException(ErrorCode.TIMEOUT, "slow");

        assertThat(thrown.code()).isSameAs(ErrorCode.TIMEOUT);
        assertThat(thrown.errorCode()).isSameAs(ErrorCode.TIMEOUT);
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(thrown).hasToString("NyxException[TIMEOUT]: slow");
    }
}
