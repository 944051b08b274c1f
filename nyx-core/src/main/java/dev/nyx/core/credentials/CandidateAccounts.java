package dev.nyx.core.credentials;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.SiteAccount;
import dev.nyx.spi.SiteAccounts;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Hands each application the {@link SiteAccounts} view of the {@link CredentialVault} that its adapter
 * gets through {@code ApplyContext.accounts()}: accounts are created with the candidate's email and a
 * {@link PasswordGenerator} password, stored before they are returned, and each creation, update and lock
 * is noted in the application's events by host only.
 *
 * <p>Called by the pipeline when it makes an application's context. Thread-safe; the views it returns
 * are thread-safe too.
 */
@Singleton
public final class CandidateAccounts {
    private final CredentialVault vault;
    private final PasswordGenerator passwords;

    @Inject
    public CandidateAccounts(CredentialVault vault, PasswordGenerator passwords) {
        this.vault = requireNonNull(vault, "vault is null");
        this.passwords = requireNonNull(passwords, "passwords is null");
    }

    /**
     * The accounts view for a candidate.
     *
     * @param email the candidate's email (the profile's {@code basics.email}): new accounts sign in with it
     * @param notes where to note what happened to the accounts (the application's event log); never given a secret
     */
    public SiteAccounts forCandidate(String email, Consumer<String> notes) {
        requireNonNull(email, "email is null");
        requireNonNull(notes, "notes is null");
        return new VaultSiteAccounts(email, notes);
    }

    private final class VaultSiteAccounts implements SiteAccounts {
        private final String email;
        private final Consumer<String> notes;

        private VaultSiteAccounts(String email, Consumer<String> notes) {
            this.email = email;
            this.notes = notes;
        }

        @Override
        public Optional<SiteAccount> find(String host) {
            return vault.account(host);
        }

        @Override
        public SiteAccount create(String host) {
            SiteAccount account = new SiteAccount(VaultNames.host(host), email, passwords.generate(), false);
            if (!vault.putAccountIfAbsent(account)) {
                throw new NyxException(ErrorCode.INVALID_STATE, "The credential vault already holds an account for "
                        + account.host() + ": sign in with it (SiteAccounts.find) instead of creating another.");
            }
            notes.accept("Created a site account for " + account.host() + " and stored it in the credential vault");
            return account;
        }

        @Override
        public void update(SiteAccount account) {
            requireNonNull(account, "account is null");
            if (!vault.replaceAccount(account)) {
                throw new NyxException(ErrorCode.NOT_FOUND, "No account for " + account.host() + " is stored, so"
                        + " none can be updated: create it first.");
            }
            notes.accept("Updated the site account for " + VaultNames.host(account.host())
                    + (account.locked() ? " (locked by the site)" : "") + " in the credential vault");
        }

        @Override
        public String toString() {
            return "SiteAccounts[" + vault + "]";
        }
    }
}
