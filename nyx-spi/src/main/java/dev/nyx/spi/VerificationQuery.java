package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Which verification email {@link Mailbox#awaitVerification} waits for.
 *
 * @param senderDomain the domain the message comes from, or a parent of it ({@code myworkday.com} matches
 *                     {@code no-reply@acme.myworkday.com}); compared without case
 * @param linkHost     the host a verification link must be on (the tenant's host, e.g.
 *                     {@code acme.wd5.myworkdayjobs.com}); links to other hosts are never returned
 * @param since        only messages received at or after this instant count (take it before the click that
 *                     sends the email, from {@link PageContext#clock()})
 * @param timeout      how long to wait for the message; keep it well inside the host's plugin call time-out
 */
public record VerificationQuery(String senderDomain, String linkHost, Instant since, Duration timeout) {
    public VerificationQuery {
        requireNonNull(senderDomain, "senderDomain is null");
        requireNonNull(linkHost, "linkHost is null");
        requireNonNull(since, "since is null");
        requireNonNull(timeout, "timeout is null");
        senderDomain = senderDomain.strip().toLowerCase(Locale.ROOT);
        linkHost = linkHost.strip().toLowerCase(Locale.ROOT);
        if (senderDomain.isEmpty() || linkHost.isEmpty()) {
            throw new IllegalArgumentException("senderDomain and linkHost must not be blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }
}
