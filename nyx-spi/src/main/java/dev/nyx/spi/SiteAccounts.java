package dev.nyx.spi;

import java.util.Optional;

/**
 * The candidate's accounts on sites that want one before they take an application (Workday tenants),
 * kept by the host in its encrypted credential vault. Reached through {@link ApplyContext#accounts()}.
 *
 * <p>An adapter first {@link #find}s the account for the site's host and signs in with it; only when
 * there is none does it {@link #create} one, and then it registers on the site with exactly that
 * email and password. The host stores the account <em>before</em> {@code create} returns, so a crash
 * between the registration and the next step never loses the password.
 *
 * <p>Hosts are compared in lower case; pass the host as the adapter's URLs give it ({@code URI.getHost()},
 * or {@code host:port} when the site has a port). Passwords travel as {@link Secret}s: never put one in a
 * note, a log line or an exception message.
 *
 * <p>Called from the adapter's thread during {@link AtsAdapter#fill}/{@link AtsAdapter#submit};
 * implementations are thread-safe (several applications may use the same vault at once).
 * Every method throws {@link NyxException}: {@link ErrorCode#CREDENTIALS_UNAVAILABLE} when the vault
 * cannot be used (no key set, wrong key, damaged file), whose message tells the candidate what to set;
 * the pipeline then records the application as {@code NEEDS_INPUT} with that reason.
 */
public interface SiteAccounts {

    /** The stored account for {@code host}, if there is one. */
    Optional<SiteAccount> find(String host);

    /**
     * Creates and stores the account to register on {@code host} with: the candidate's email and a
     * fresh strong password (at least 16 characters with upper- and lower-case letters, digits and
     * symbols, meeting the usual ATS password rules).
     *
     * @throws NyxException {@link ErrorCode#CREDENTIALS_UNAVAILABLE} without a usable vault key;
     *                      {@link ErrorCode#INVALID_STATE} when an account for {@code host} exists already
     *                      (use {@link #find} first)
     */
    SiteAccount create(String host);

    /**
     * Replaces the stored account for {@code account.host()} (a changed password, the lock flag).
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when no account for that host is stored
     */
    void update(SiteAccount account);

    /**
     * Marks the stored account for {@code host} locked, after the site said so; later applications find
     * it locked and stop for the candidate rather than trying it again.
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when no account for that host is stored
     */
    default void markLocked(String host) {
        update(find(host).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND,
                "No account for " + host + " is stored, so none can be marked locked.")).asLocked());
    }
}
