package dev.nyx.core.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.VerificationQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Without settings; the mail server side is in the testkit's {@code ImapMailboxIT} (GreenMail over IMAP). */
class ImapMailboxTest {

    @Test
    void should_ask_for_the_mailbox_settings_when_none_are_configured() {
        // given
        ImapMailbox mailbox = new ImapMailbox(NyxConfig.Mailbox.none(), Clock.systemUTC());

        // when / then
        assertThatThrownBy(() -> mailbox.awaitVerification(new VerificationQuery("myworkday.com",
                "acme.wd5.myworkdayjobs.com", Instant.now(), Duration.ofSeconds(1))))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    org.assertj.core.api.Assertions.assertThat(failure.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
                    org.assertj.core.api.Assertions.assertThat(failure.getMessage())
                            .contains("mailbox.host", "mailbox.user", "mailbox.password", "NYX_MAILBOX_HOST");
                });
    }
}
