package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

/**
 * The candidate's account on one site (an employer's Workday tenant, say), as the host's credential
 * vault holds it. {@link #toString()} shows the host and whether the account is locked, never the
 * email or the password: log or note the record freely, and call {@code password().reveal()} only to
 * type it into the site's password field.
 *
 * @param host     the site the account belongs to, lower case, as given to {@link SiteAccounts}
 *                 ({@code acme.wd5.myworkdayjobs.com}; a port when the site has one)
 * @param email    the email the account signs in with
 * @param password the password, masked when printed
 * @param locked   whether the site said the account is locked (or refused its password): an adapter then stops
 *                 with {@link ErrorCode#INPUT_REQUIRED} (the application waits in {@code NEEDS_INPUT} for the
 *                 candidate to reset the password and store the new one) instead of trying it again; storing the
 *                 account anew ({@code nyx credentials set}) clears the mark
 */
public record SiteAccount(String host, String email, Secret password, boolean locked) {
    public SiteAccount {
        requireNonNull(host, "host is null");
        requireNonNull(email, "email is null");
        requireNonNull(password, "password is null");
        if (host.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "A site account's host is blank.");
        }
        if (email.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "The site account for " + host + " has a blank email.");
        }
        if (password.reveal().isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "The site account for " + host + " has an empty password.");
        }
    }

    /** This account with the lock flag set. */
    public SiteAccount asLocked() {
        return new SiteAccount(host, email, password, true);
    }

    /** This account with another password (after the site made the candidate change it), not locked. */
    public SiteAccount withPassword(Secret newPassword) {
        return new SiteAccount(host, email, newPassword, false);
    }

    /** Host and lock flag only: the email and the password are never printed. */
    @Override
    public String toString() {
        return "SiteAccount[host=" + host + ", locked=" + locked + "]";
    }
}
