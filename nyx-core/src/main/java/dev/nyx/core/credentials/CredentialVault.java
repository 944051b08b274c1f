package dev.nyx.core.credentials;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import java.util.List;
import java.util.Optional;

/**
 * Where the candidate's site accounts and named secrets are kept. Keys are hosts, compared in lower
 * case ({@code acme.wd5.myworkdayjobs.com}, or {@code host:port}); a host holds at most one account and
 * any number of named secrets (an IMAP password, a site's stored browser session).
 *
 * <p>Called by {@link CandidateAccounts} (for adapters, during an application), the runner's
 * {@code nyx credentials} command and, later, the mailbox reader. Implementations are thread-safe and
 * keep every change durable before returning. Every method throws {@link NyxException}:
 * {@link ErrorCode#CREDENTIALS_UNAVAILABLE} when the vault cannot be used (no key, wrong key, damaged
 * file), with a message that names what to set and never a secret; {@link ErrorCode#INVALID_INPUT} for
 * a malformed host or secret name; {@link ErrorCode#STORAGE_FAILURE} when the file cannot be written.
 * The default binding is {@link EncryptedFileVault}; a host may bind its own (a system keychain).
 */
public interface CredentialVault {

    /** The hosts holding an account or a secret, sorted; never the accounts themselves. */
    List<String> hosts();

    /** The account stored for {@code host}. */
    Optional<SiteAccount> account(String host);

    /** Stores {@code account}, replacing the one of its host if any. */
    void putAccount(SiteAccount account);

    /** Stores {@code account} only if its host has none yet; whether it did, atomically. */
    boolean putAccountIfAbsent(SiteAccount account);

    /** Replaces the account of {@code account.host()} only if one is stored; whether it did, atomically. */
    boolean replaceAccount(SiteAccount account);

    /** The secret called {@code name} stored for {@code host}. */
    Optional<Secret> secret(String host, String name);

    /** Stores a named secret for {@code host}, replacing one of the same name. */
    void putSecret(String host, String name, Secret value);

    /** Removes the account and every secret of {@code host}; whether there was anything to remove. */
    boolean remove(String host);
}
