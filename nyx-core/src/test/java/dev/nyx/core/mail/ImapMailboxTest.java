package dev.nyx.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.VerificationQuery;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a server; the mail server side is in the testkit's {@code ImapMailboxIT} (GreenMail over IMAP). */
class ImapMailboxTest {
    private static final VerificationQuery QUERY = new VerificationQuery("myworkday.com",
            "acme.wd5.myworkdayjobs.com", Instant.now(), Duration.ofSeconds(1));

    @TempDir
    Path folder;

    @Test
    void should_ask_for_the_mailbox_settings_when_none_are_configured() {
        // given
        ImapMailbox mailbox = new ImapMailbox(NyxConfig.Mailbox.none(), Clock.systemUTC());

        // when / then
        assertThatThrownBy(() -> mailbox.awaitVerification(QUERY))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
                    assertThat(failure.getMessage())
                            .contains("mailbox.host", "mailbox.user", "mailbox.password", "NYX_MAILBOX_HOST",
                                    "credential vault");
                });
    }

    @Test
    void should_ask_for_the_password_when_neither_the_setting_nor_the_vault_has_one() {
        // given: host and user set, no mailbox.password, a vault without the mailbox's secret
        NyxConfig.Mailbox settings = new NyxConfig.Mailbox(Optional.of("imap.example.com"), 993, true,
                Optional.of("mara"), Optional.empty(), "INBOX", Duration.ofSeconds(1));
        EncryptedFileVault vault = new EncryptedFileVault(folder.resolve("credentials.vault"), new NyxConfig.Vault(
                Optional.empty(), Optional.of(Base64.getEncoder().encodeToString(new byte[32])), Optional.empty()),
                210_000, new SecureRandom());
        ImapMailbox mailbox = new ImapMailbox(settings, false, Optional.of(vault), Clock.systemUTC());

        // when / then: nothing is tried against the server without a password
        assertThatThrownBy(() -> mailbox.awaitVerification(QUERY))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
                    assertThat(failure.getMessage()).contains("imap.example.com", "'password'", "mailbox.password");
                });
    }
}
