package dev.nyx.core.mail;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.CredentialVault;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.Mailbox;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.Verification;
import dev.nyx.spi.VerificationQuery;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The candidate's mailbox over IMAP (Angus Mail), as configured in the {@code mailbox:} section. Waiting for
 * a verification signs in, reads the folder from the newest message back to {@code since}, takes the first
 * message from the sender's domain that carries a link on the site's host or a code
 * ({@link VerificationExtractor}), and reads again every {@code pollInterval} until the query's time-out.
 * The sign-in password is {@code mailbox.password} when set, else the {@link CredentialVault} secret
 * {@value #PASSWORD_SECRET} of the mailbox's host ({@code mailbox.host}), read at each wait.
 * Opens the folder read-only: messages stay unread. Logs only that a message was found and from which
 * domain; never a body, link or code.
 *
 * <p>Thread-safe: every call has its own connection. Called on an application's worker thread, through
 * {@code ApplyContext.mailbox()}.
 */
public final class ImapMailbox implements Mailbox {
    private static final Logger LOG = LoggerFactory.getLogger(ImapMailbox.class);
    private static final int SOCKET_TIMEOUT_MILLIS = 10_000;
    /** The name of the vault secret holding the mailbox password, stored under the mailbox's host. */
    public static final String PASSWORD_SECRET = "password";

    private final NyxConfig.Mailbox settings;
    private final Optional<CredentialVault> vault;
    private final Clock clock;
    private final VerificationExtractor extractor;

    /**
     * The configured mailbox, its password from the setting or {@code vault}; http links count only when
     * {@code network.allowPrivateAddresses} (tests, demos).
     */
    @Inject
    public ImapMailbox(NyxConfig config, CredentialVault vault, Clock clock) {
        this(requireNonNull(config, "config is null").mailbox(), config.network().allowPrivateAddresses(),
                Optional.of(requireNonNull(vault, "vault is null")), clock);
    }

    /** A mailbox with these settings (password only from the setting) that returns https links only. */
    public ImapMailbox(NyxConfig.Mailbox settings, Clock clock) {
        this(settings, false, Optional.empty(), clock);
    }

    /**
     * A mailbox with these settings; {@code allowHttp} also returns http links (replicas on 127.0.0.1);
     * without {@code mailbox.password} the password comes from {@code vault} if given.
     */
    public ImapMailbox(NyxConfig.Mailbox settings, boolean allowHttp, Optional<CredentialVault> vault, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.vault = requireNonNull(vault, "vault is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.extractor = new VerificationExtractor(allowHttp);
    }

    /**
     * @throws NyxException {@code INPUT_REQUIRED} without mailbox settings or password;
     *         {@code CREDENTIALS_UNAVAILABLE} when the password is to come from a vault that cannot be read (no or
     *         wrong key); {@code INVALID_CONFIGURATION} when
     *         the server refuses the sign-in or has no such folder; {@code NETWORK} when it cannot be reached;
     *         {@code TIMEOUT} when interrupted
     */
    @Override
    public Optional<Verification> awaitVerification(VerificationQuery query) {
        requireNonNull(query, "query is null");
        if (!settings.configured()) {
            throw new NyxException(ErrorCode.INPUT_REQUIRED, "the site sent a verification email and no mailbox is"
                    + " configured to read it: set mailbox.host and mailbox.user (NYX_MAILBOX_HOST, NYX_MAILBOX_USER;"
                    + " mailbox.port and mailbox.ssl if not 993 over SSL), store the password in the credential vault"
                    + " as the secret '" + PASSWORD_SECRET + "' of the mailbox host or set mailbox.password"
                    + " (NYX_MAILBOX_PASSWORD), and apply again");
        }
        String password = password();
        Instant deadline = clock.instant().plus(query.timeout());
        while (true) {
            Optional<Verification> found = readOnce(query, password);
            if (found.isPresent()) {
                return found;
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                LOG.info("No verification email from {} within {}", query.senderDomain(), query.timeout());
                return Optional.empty();
            }
            pause(left.compareTo(settings.pollInterval()) < 0 ? left : settings.pollInterval());
        }
    }

    /** {@code mailbox.password}, else the vault's secret for the mailbox host. */
    private String password() {
        if (settings.password().isPresent()) {
            return settings.password().get();
        }
        String host = settings.host().orElseThrow();
        return vault.flatMap(credentials -> credentials.secret(host, PASSWORD_SECRET)).map(Secret::reveal)
                .orElseThrow(() -> new NyxException(ErrorCode.INPUT_REQUIRED, "the site sent a verification email"
                        + " and the mailbox " + host + " has no password: store it in the credential vault as the"
                        + " secret '" + PASSWORD_SECRET + "' of " + host + " or set mailbox.password"
                        + " (NYX_MAILBOX_PASSWORD), and apply again"));
    }

    private Optional<Verification> readOnce(VerificationQuery query, String password) {
        Store store = null;
        try {
            store = session().getStore(settings.ssl() ? "imaps" : "imap");
            store.connect(settings.host().orElseThrow(), settings.port(), settings.user().orElseThrow(),
                    password);
            Folder folder = store.getFolder(settings.folder());
            if (!folder.exists()) {
                throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "the mailbox has no folder '"
                        + settings.folder() + "': check mailbox.folder");
            }
            folder.open(Folder.READ_ONLY);
            try {
                return newestVerification(folder, query);
            } finally {
                folder.close(false);
            }
        } catch (AuthenticationFailedException refused) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "the mail server " + settings.host().orElseThrow()
                    + " refused the sign-in of mailbox.user: check mailbox.user and mailbox.password (or the"
                    + " credential vault's secret '" + PASSWORD_SECRET + "' of " + settings.host().orElseThrow() + ")");
        } catch (MessagingException | IOException failed) {
            throw new NyxException(ErrorCode.NETWORK, "could not read the mailbox at " + settings.host().orElseThrow()
                    + ":" + settings.port() + ": " + failed.getClass().getSimpleName(), failed);
        } finally {
            closeQuietly(store);
        }
    }

    private Optional<Verification> newestVerification(Folder folder, VerificationQuery query)
            throws MessagingException, IOException {
        // messages are numbered in arrival order: read from the newest back to the first one before 'since'
        // (IMAP's received dates have whole seconds: a message of the same second counts)
        Instant since = query.since().truncatedTo(ChronoUnit.SECONDS);
        for (int number = folder.getMessageCount(); number >= 1; number--) {
            Message message = folder.getMessage(number);
            Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
            if (received != null && received.toInstant().isBefore(since)) {
                break;
            }
            if (!fromDomain(message, query.senderDomain())) {
                continue;
            }
            Optional<Verification> verification = extractor.extract(text(message), query.linkHost());
            if (verification.isPresent()) {
                LOG.info("Found a verification email from {}", query.senderDomain());
                return verification;
            }
        }
        return Optional.empty();
    }

    private static boolean fromDomain(Message message, String domain) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null) {
            return false;
        }
        for (Address address : from) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                String sender = internet.getAddress().toLowerCase(Locale.ROOT);
                String host = sender.substring(sender.lastIndexOf('@') + 1);
                if (host.equals(domain) || host.endsWith("." + domain)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The plain and HTML text of a message, from every part (attachments skipped). */
    static MailText text(Part part) throws MessagingException, IOException {
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(part, plain, html);
        return new MailText(plain.toString(), html.toString());
    }

    private static void collect(Part part, StringBuilder plain, StringBuilder html)
            throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain")) {
            plain.append(part.getContent()).append('\n');
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent()).append('\n');
        } else if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int index = 0; index < multipart.getCount(); index++) {
                collect(multipart.getBodyPart(index), plain, html);
            }
        } else if (part.isMimeType("message/rfc822")) {
            collect((Part) part.getContent(), plain, html);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        String protocol = settings.ssl() ? "imaps" : "imap";
        properties.put("mail." + protocol + ".connectiontimeout", Integer.toString(SOCKET_TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".timeout", Integer.toString(SOCKET_TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".writetimeout", Integer.toString(SOCKET_TIMEOUT_MILLIS));
        if (settings.ssl()) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(Math.max(1, wait.toMillis()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.TIMEOUT, "stopped while waiting for a verification email");
        }
    }

    private static void closeQuietly(Store store) {
        if (store == null) {
            return;
        }
        try {
            store.close();
        } catch (MessagingException ignored) {
            // the connection is gone either way
        }
    }
}
