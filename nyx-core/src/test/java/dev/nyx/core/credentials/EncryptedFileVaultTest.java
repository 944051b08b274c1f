package dev.nyx.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.internal.VaultFormat;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileVaultTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String EMAIL = "ada.lovelace@example.org";
    private static final String PASSWORD = "Xq7!vR2#mK9$wT4&pL6*";
    private static final String HOST = "acme.wd5.myworkdayjobs.com";

    @TempDir
    Path folder;

    @Test
    void should_keep_neither_password_nor_email_in_clear_when_an_account_is_stored() throws Exception {
        // given
        EncryptedFileVault vault = passphraseVault(PASSPHRASE);

        // when
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
        vault.putSecret("imap.example.org", "password", Secret.of("imap-" + PASSWORD));

        // then
        byte[] bytes = Files.readAllBytes(vault.file());
        for (String clear : List.of(PASSWORD, EMAIL, "ada.lovelace", HOST, "imap.example.org", "accounts")) {
            assertThat(contains(bytes, clear.getBytes(StandardCharsets.UTF_8))).as(clear).isFalse();
            assertThat(contains(bytes, clear.getBytes(StandardCharsets.UTF_16LE))).as(clear).isFalse();
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                    .doesNotContain(Base64.getEncoder().encodeToString(clear.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("NYXV");
    }

    @Test
    void should_read_back_accounts_and_secrets_when_opened_again_with_the_same_passphrase() {
        // given
        passphraseVault(PASSPHRASE).putAccount(new SiteAccount(HOST.toUpperCase(), EMAIL, Secret.of(PASSWORD), false));
        passphraseVault(PASSPHRASE).putSecret("linkedin.com", "storageState", Secret.of("{\"cookies\":[]}"));

        // when
        EncryptedFileVault reopened = passphraseVault(PASSPHRASE);

        // then
        SiteAccount account = reopened.account(HOST).orElseThrow();
        assertThat(account.email()).isEqualTo(EMAIL);
        assertThat(account.password().reveal()).isEqualTo(PASSWORD);
        assertThat(account.host()).isEqualTo(HOST);
        assertThat(reopened.secret("LinkedIn.com", "storageState").map(Secret::reveal)).contains("{\"cookies\":[]}");
        assertThat(reopened.hosts()).containsExactly(HOST, "linkedin.com");
    }

    @Test
    void should_derive_the_key_with_pbkdf2_and_write_a_fresh_iv_when_the_file_is_written_again() throws Exception {
        // given
        EncryptedFileVault vault = passphraseVault(PASSPHRASE);
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
        byte[] first = Files.readAllBytes(vault.file());

        // when
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), true));
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
        byte[] third = Files.readAllBytes(vault.file());

        // then: same content, same salt, another IV and so other bytes
        VaultFormat.Header before = VaultFormat.header(first, vault.file());
        VaultFormat.Header after = VaultFormat.header(third, vault.file());
        assertThat(after.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(after.salt()).isEqualTo(before.salt());
        assertThat(after.iv()).isNotEqualTo(before.iv());
        assertThat(Arrays.copyOfRange(third, 38, third.length)).isNotEqualTo(Arrays.copyOfRange(first, 38, first.length));
    }

    @Test
    void should_refuse_with_what_to_do_when_the_passphrase_is_wrong() {
        // given
        passphraseVault(PASSPHRASE).putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
        EncryptedFileVault wrong = passphraseVault("not the passphrase at all");

        // when / then
        assertThatThrownBy(() -> wrong.account(HOST)).isInstanceOfSatisfying(NyxException.class, failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CREDENTIALS_UNAVAILABLE);
            assertThat(failure.getMessage()).contains("key is wrong").contains("NYX_VAULT_PASSPHRASE")
                    .doesNotContain(PASSPHRASE).doesNotContain("not the passphrase");
        });
        assertThatThrownBy(() -> wrong.putSecret(HOST, "x", Secret.of("y"))).isInstanceOf(NyxException.class);
        assertThat(passphraseVault(PASSPHRASE).account(HOST)).isPresent();
    }

    @Test
    void should_refuse_when_the_file_was_changed_in_its_body_or_its_header() throws Exception {
        // given
        EncryptedFileVault vault = passphraseVault(PASSPHRASE);
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
        byte[] original = Files.readAllBytes(vault.file());

        for (int offset : new int[] {original.length - 1, 50, 12, 30}) { // tag, ciphertext, salt, IV
            // when
            byte[] changed = original.clone();
            changed[offset] ^= 0x01;
            Files.write(vault.file(), changed);

            // then
            assertThatThrownBy(() -> passphraseVault(PASSPHRASE).hosts()).as("offset " + offset)
                    .isInstanceOfSatisfying(NyxException.class, failure -> assertThat(failure.code())
                            .isEqualTo(ErrorCode.CREDENTIALS_UNAVAILABLE));
        }
        Files.write(vault.file(), "not a vault".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> passphraseVault(PASSPHRASE).hosts()).hasMessageContaining("not a Nyx vault file");
    }

    @Test
    void should_say_how_to_set_a_key_when_none_is_set() {
        // given
        EncryptedFileVault locked = vault(new NyxConfig.Vault(Optional.empty(), Optional.empty(), Optional.empty()));

        // when / then: an absent vault reads as empty, but nothing can be stored
        assertThat(locked.hosts()).isEmpty();
        assertThat(locked.account(HOST)).isEmpty();
        assertThatThrownBy(() -> locked.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false)))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.CREDENTIALS_UNAVAILABLE);
                    assertThat(failure.getMessage()).contains("NYX_VAULT_PASSPHRASE").contains("NYX_VAULT_KEY");
                });
        assertThat(locked.file()).doesNotExist();

        // and once a vault exists, reading it needs the key too
        passphraseVault(PASSPHRASE).putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
        assertThatThrownBy(() -> locked.hosts()).hasMessageContaining("is locked").hasMessageContaining("NYX_VAULT_KEY");
    }

    @Test
    void should_use_a_raw_key_and_tell_which_key_kind_a_file_needs() {
        // given
        String key = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
        EncryptedFileVault raw = vault(new NyxConfig.Vault(Optional.empty(), Optional.of(key), Optional.empty()));
        raw.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));

        // when / then
        assertThat(vault(new NyxConfig.Vault(Optional.empty(), Optional.of(key), Optional.empty())).account(HOST)
                .map(account -> account.password().reveal())).contains(PASSWORD);
        assertThatThrownBy(() -> passphraseVault(PASSPHRASE).hosts()).hasMessageContaining("written with a raw key");
        assertThatThrownBy(() -> vault(new NyxConfig.Vault(Optional.empty(), Optional.of("c2hvcnQ="), Optional.empty()))
                .hosts()).hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> vault(new NyxConfig.Vault(Optional.empty(), Optional.empty(), Optional.of("short")))
                .putSecret(HOST, "a", Secret.of("b"))).hasMessageContaining("shorter than 12");
    }

    @Test
    void should_keep_every_change_when_two_writers_store_at_once() throws Exception {
        // given: two vault instances on one file (as two processes would be), one thread each
        String key = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
        NyxConfig.Vault settings = new NyxConfig.Vault(Optional.empty(), Optional.of(key), Optional.empty());
        List<EncryptedFileVault> writers = List.of(vault(settings), vault(settings));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // when
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int number = writer;
                done.add(threads.submit(() -> {
                    start.await();
                    for (int index = 0; index < 25; index++) {
                        writers.get(number).putAccount(new SiteAccount("tenant" + index + ".writer" + number + ".example",
                                EMAIL, Secret.of(PASSWORD + index), false));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        // then
        assertThat(vault(settings).hosts()).hasSize(50);
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("credentials.vault", "credentials.vault.lock");
        }
    }

    @Test
    void should_log_no_secret_when_storing_reading_and_failing() {
        // given
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // when
            EncryptedFileVault vault = passphraseVault(PASSPHRASE);
            vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
            vault.account(HOST);
            try {
                passphraseVault("a wrong passphrase here").account(HOST);
            } catch (NyxException expected) {
                System.err.println(expected);
            }
        } finally {
            System.setErr(standardError);
        }

        // then: the wrong key was logged (a warning), no secret was
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("could not be opened");
        assertThat(log).doesNotContain(PASSWORD).doesNotContain(EMAIL).doesNotContain(PASSPHRASE)
                .doesNotContain("a wrong passphrase");
    }

    @Test
    void should_remove_a_host_with_its_account_and_secrets_when_asked() {
        // given
        EncryptedFileVault vault = passphraseVault(PASSPHRASE);
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));
        vault.putSecret(HOST, "session", Secret.of("state"));

        // when
        boolean removed = vault.remove(HOST);

        // then
        assertThat(removed).isTrue();
        assertThat(vault.remove(HOST)).isFalse();
        assertThat(vault.hosts()).isEmpty();
        assertThat(vault.secret(HOST, "session")).isEmpty();
    }

    @Test
    void should_write_the_file_for_its_owner_only_when_the_file_system_has_permissions() throws Exception {
        // given
        EncryptedFileVault vault = passphraseVault(PASSPHRASE);

        // when
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of(PASSWORD), false));

        // then
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(vault.file()))).isEqualTo("rw-------");
        }
    }

    @Test
    void should_reject_a_url_where_a_host_is_expected() {
        assertThatThrownBy(() -> passphraseVault(PASSPHRASE).account("https://acme.wd5.myworkdayjobs.com/en-US/jobs"))
                .isInstanceOfSatisfying(NyxException.class, failure ->
                        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    private EncryptedFileVault passphraseVault(String passphrase) {
        return vault(new NyxConfig.Vault(Optional.empty(), Optional.empty(), Optional.of(passphrase)));
    }

    private EncryptedFileVault vault(NyxConfig.Vault settings) {
        return new EncryptedFileVault(folder.resolve("credentials.vault"), settings, VaultFormat.MINIMUM_ITERATIONS,
                new SecureRandom());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int index = 0; index < needle.length; index++) {
                if (haystack[start + index] != needle[index]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
