package dev.nyx.testkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.core.mail.ImapMailbox;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.Verification;
import dev.nyx.spi.VerificationQuery;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core's IMAP mailbox against a real mail server: mail sent over SMTP, read over IMAP. */
class ImapMailboxIT {
    private static final String CANDIDATE = "mara.lindqvist@example.com";
    private static final String TENANT = "acme.wd5.myworkdayjobs.com";
    private static final String SENDER = "no-reply@acme.myworkday.com";

    private MailReplica mail;

    @BeforeEach
    void start() {
        mail = MailReplica.start().withUser(CANDIDATE, "mara", "mail-pass-1");
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    @Test
    void should_return_the_link_of_the_newest_matching_mail_when_older_and_foreign_mails_are_there() throws Exception {
        // given: an old verification before 'since', another sender's mail, then the one to follow
        mail.send(SENDER, CANDIDATE, "Verify your account", "Confirm: https://" + TENANT + "/activate/OLD", Optional.empty());
        // received dates have second precision: 'since' starts the next whole second
        long oldMailSecond = Instant.now().getEpochSecond();
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().getEpochSecond() > oldMailSecond);
        Instant since = Instant.now();
        mail.send("news@shop.example", CANDIDATE, "Sale", "Verify: https://" + TENANT + "/activate/SHOP", Optional.empty());
        mail.send(SENDER, CANDIDATE, "Verify your account", "Hello Mara,\nplease verify your email.",
                Optional.of("<p>Hello Mara,</p><a href=\"https://" + TENANT + "/activate/NEW\">Verify email</a>"));

        // when
        Optional<Verification> found = mailbox(Duration.ofMillis(200)).awaitVerification(
                new VerificationQuery("myworkday.com", TENANT, since, Duration.ofSeconds(5)));

        // then
        assertThat(found.flatMap(Verification::link)).contains(URI.create("https://" + TENANT + "/activate/NEW"));
        assertThat(mail.received()).hasSize(3);
    }

    @Test
    void should_wait_for_the_mail_when_it_arrives_after_the_wait_began() throws Exception {
        // given
        Instant since = Instant.now().minusSeconds(1);
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> mail.send(SENDER, CANDIDATE,
                "Your code", "Your verification code is 482913.", Optional.empty()),
                CompletableFuture.delayedExecutor(700, TimeUnit.MILLISECONDS));

        // when
        Optional<Verification> found = mailbox(Duration.ofMillis(200)).awaitVerification(
                new VerificationQuery("myworkday.com", TENANT, since, Duration.ofSeconds(10)));

        // then
        later.get(5, TimeUnit.SECONDS);
        assertThat(found.flatMap(Verification::code)).contains("482913");
    }

    @Test
    void should_return_nothing_when_no_mail_comes_within_the_time_out() {
        // when
        Optional<Verification> found = mailbox(Duration.ofMillis(100)).awaitVerification(
                new VerificationQuery("myworkday.com", TENANT, Instant.now(), Duration.ofMillis(600)));

        // then
        assertThat(found).isEmpty();
    }

    @Test
    void should_sign_in_with_the_vaults_password_when_the_setting_has_none(@TempDir Path folder) {
        // given: mailbox.password not set, the password stored in the vault under the mailbox's host
        NyxConfig.Mailbox configured = mail.mailboxSettings("mara", "unused", Duration.ofMillis(100));
        NyxConfig.Mailbox settings = new NyxConfig.Mailbox(configured.host(), configured.port(), configured.ssl(),
                configured.user(), Optional.empty(), configured.folder(), configured.pollInterval());
        EncryptedFileVault vault = new EncryptedFileVault(folder.resolve("credentials.vault"), new NyxConfig.Vault(
                Optional.empty(), Optional.of(Base64.getEncoder().encodeToString(new byte[32])), Optional.empty()),
                210_000, new SecureRandom());
        vault.putSecret(configured.host().orElseThrow(), ImapMailbox.PASSWORD_SECRET, Secret.of("mail-pass-1"));
        Instant since = Instant.now().minusSeconds(1);
        mail.send(SENDER, CANDIDATE, "Your code", "Your verification code is 482913.", Optional.empty());

        // when
        Optional<Verification> found = new ImapMailbox(settings, false, Optional.of(vault), Clock.systemUTC())
                .awaitVerification(new VerificationQuery("myworkday.com", TENANT, since, Duration.ofSeconds(5)));

        // then
        assertThat(found.flatMap(Verification::code)).contains("482913");
    }

    @Test
    void should_fail_as_a_configuration_problem_when_the_password_is_wrong() {
        // given
        ImapMailbox mailbox = new ImapMailbox(mail.mailboxSettings("mara", "wrong", Duration.ofMillis(100)),
                Clock.systemUTC());

        // when / then
        assertThatThrownBy(() -> mailbox.awaitVerification(new VerificationQuery("myworkday.com", TENANT,
                Instant.now(), Duration.ofSeconds(1))))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.getMessage()).contains("mailbox.password").doesNotContain("wrong");
                });
    }

    private ImapMailbox mailbox(Duration poll) {
        NyxConfig.Mailbox settings = mail.mailboxSettings("mara", "mail-pass-1", poll);
        return new ImapMailbox(settings, Clock.systemUTC());
    }
}
