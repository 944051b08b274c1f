package dev.nyx.spi;

import java.util.Optional;

/**
 * The candidate's mailbox, as far as an adapter needs it: the verification email a site sends after an
 * account is created or a sign-in is checked. Got from {@link ApplyContext#mailbox()}.
 *
 * <p>Called by an adapter on the application's worker thread, from {@code fill} or {@code submit}; the host's
 * implementation is thread-safe (applications may wait at the same time). The host reads the mailbox (IMAP
 * in the core); the adapter never sees the mailbox's credentials, and nothing of a message but the link or
 * code is handed over.
 */
public interface Mailbox {

    /**
     * Waits up to {@code query.timeout()} for the newest message from {@code query.senderDomain()} received
     * since {@code query.since()}, and returns the link on {@code query.linkHost()} or the code it carries.
     *
     * @return the verification, or empty when no such message came in time (the adapter decides: usually
     *         a {@link ErrorCode#TIMEOUT})
     * @throws NyxException {@link ErrorCode#INPUT_REQUIRED} when no mailbox is configured (the message says
     *         which settings to give; the pipeline records {@code NEEDS_INPUT}); {@link ErrorCode#NETWORK}
     *         when the mail server cannot be reached or refuses the sign-in; {@link ErrorCode#TIMEOUT} when
     *         the thread is interrupted while waiting
     */
    Optional<Verification> awaitVerification(VerificationQuery query);
}
