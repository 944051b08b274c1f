package dev.nyx.testkit.mail;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One message the {@link MailReplica} received over SMTP.
 *
 * @param from       the sender addresses
 * @param to         the recipients
 * @param subject    the subject
 * @param text       the plain and HTML bodies, joined
 * @param receivedAt when the server received it
 */
public record ReceivedMail(List<String> from, List<String> to, String subject, String text, Instant receivedAt) {
    public ReceivedMail {
        from = List.copyOf(from);
        to = List.copyOf(to);
        requireNonNull(subject, "subject is null");
        requireNonNull(text, "text is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }
}
