package dev.nyx.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.internal.VaultFormat;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.SiteAccount;
import dev.nyx.spi.SiteAccounts;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateAccountsTest {
    private static final String EMAIL = "grace.hopper@example.org";
    private static final String HOST = "globex.wd1.myworkdayjobs.com";

    @TempDir
    Path folder;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    @Test
    void should_store_the_account_with_the_candidates_email_before_returning_it_when_created() {
        // given
        EncryptedFileVault vault = keyedVault();
        SiteAccounts accounts = new CandidateAccounts(vault, new PasswordGenerator()).forCandidate(EMAIL, notes::add);

        // when
        SiteAccount created = accounts.create("Globex.wd1.MyWorkdayJobs.com");

        // then
        assertThat(created.host()).isEqualTo(HOST);
        assertThat(created.email()).isEqualTo(EMAIL);
        assertThat(created.password().reveal()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(created.locked()).isFalse();
        SiteAccount stored = keyedVault().account(HOST).orElseThrow();
        assertThat(stored.password()).isEqualTo(created.password());
        assertThat(accounts.find(HOST)).contains(stored);
        assertThat(notes).singleElement().asString().contains(HOST).doesNotContain(EMAIL)
                .doesNotContain(created.password().reveal());
        assertThat(created.toString()).doesNotContain(EMAIL).doesNotContain(created.password().reveal());
    }

    @Test
    void should_refuse_a_second_account_for_the_same_host() {
        // given
        SiteAccounts accounts = new CandidateAccounts(keyedVault(), new PasswordGenerator()).forCandidate(EMAIL, notes::add);
        SiteAccount first = accounts.create(HOST);

        // when / then
        assertThatThrownBy(() -> accounts.create(HOST)).isInstanceOfSatisfying(NyxException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_STATE));
        assertThat(accounts.find(HOST).orElseThrow().password()).isEqualTo(first.password());
    }

    @Test
    void should_keep_the_lock_when_an_account_is_marked_locked() {
        // given
        SiteAccounts accounts = new CandidateAccounts(keyedVault(), new PasswordGenerator()).forCandidate(EMAIL, notes::add);
        accounts.create(HOST);

        // when
        accounts.markLocked(HOST);

        // then
        assertThat(keyedVault().account(HOST).orElseThrow().locked()).isTrue();
        assertThatThrownBy(() -> accounts.markLocked("initech.wd3.myworkdayjobs.com"))
                .isInstanceOfSatisfying(NyxException.class, failure ->
                        assertThat(failure.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void should_stop_for_the_candidate_with_how_to_set_a_key_when_the_vault_has_none() {
        // given
        EncryptedFileVault locked = new EncryptedFileVault(folder.resolve("credentials.vault"), NyxConfig.Vault.defaults(),
                VaultFormat.MINIMUM_ITERATIONS, new SecureRandom());
        SiteAccounts accounts = new CandidateAccounts(locked, new PasswordGenerator()).forCandidate(EMAIL, notes::add);

        // when / then
        assertThat(accounts.find(HOST)).isEmpty();
        assertThatThrownBy(() -> accounts.create(HOST)).isInstanceOfSatisfying(NyxException.class, failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CREDENTIALS_UNAVAILABLE);
            assertThat(failure.getMessage()).contains("NYX_VAULT_PASSPHRASE").contains("NYX_VAULT_KEY");
        });
        assertThat(notes).isEmpty();
    }

    private EncryptedFileVault keyedVault() {
        return new EncryptedFileVault(folder.resolve("credentials.vault"), new NyxConfig.Vault(Optional.empty(),
                Optional.of(KEY), Optional.empty()), VaultFormat.MINIMUM_ITERATIONS, new SecureRandom());
    }

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32});
}
