package dev.nyx.testkit.mail;

import static java.util.Objects.requireNonNull;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.nyx.core.config.NyxConfig;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A mail server on 127.0.0.1 (GreenMail: SMTP and IMAP on free ports) standing in for the candidate's
 * mailbox provider. Sites (replicas, tests) send mail to it over SMTP with {@link #send}; Nyx reads it over
 * IMAP with the settings {@link #mailboxSettings} gives. Every address gets a mailbox on first delivery;
 * {@link #withUser} sets the sign-in a test's Nyx uses.
 *
 * <p>Thread-safe (GreenMail is); close it after the test.
 */
public final class MailReplica implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail server;

    private MailReplica(GreenMail server) {
        this.server = requireNonNull(server, "server is null");
    }

    /** Starts SMTP and IMAP on free loopback ports. */
    public static MailReplica start() {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        server.start();
        return new MailReplica(server);
    }

    /** Adds (or replaces) the account {@code email} signs in to with {@code login} and {@code password}. */
    public MailReplica withUser(String email, String login, String password) {
        server.setUser(requireNonNull(email, "email is null"), requireNonNull(login, "login is null"),
                requireNonNull(password, "password is null"));
        return this;
    }

    /** The host both servers listen on. */
    public String host() {
        return LOOPBACK;
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    public int imapPort() {
        return server.getImap().getPort();
    }

    /** The {@code mailbox:} settings that read this server over plain IMAP as {@code login}. */
    public NyxConfig.Mailbox mailboxSettings(String login, String password, Duration pollInterval) {
        return new NyxConfig.Mailbox(Optional.of(host()), imapPort(), false, Optional.of(login),
                Optional.of(password), "INBOX", pollInterval);
    }

    /** The same settings as a {@code mailbox:} YAML section, for a test's {@code nyx.yaml}. */
    public String mailboxYaml(String login, String password, Duration pollInterval) {
        return "mailbox:\n  host: " + host() + "\n  port: " + imapPort() + "\n  ssl: false\n  user: " + login
                + "\n  password: " + password + "\n  pollInterval: " + pollInterval.toMillis() + "ms\n";
    }

    /**
     * Sends a message over SMTP, as a site's mailer would.
     *
     * @param html the HTML body; empty sends plain text only, else a multipart/alternative with both
     */
    public void send(String from, String to, String subject, String plain, Optional<String> html) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host());
        properties.put("mail.smtp.port", Integer.toString(smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            if (html.isEmpty()) {
                message.setText(plain, "UTF-8");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(plain, "UTF-8");
                MimeBodyPart rich = new MimeBodyPart();
                rich.setText(html.get(), "UTF-8", "html");
                message.setContent(new MimeMultipart("alternative", text, rich));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not send the test mail over SMTP to " + host() + ":" + smtpPort(),
                    e);
        }
    }

    /** Every message received so far, oldest first. */
    public List<ReceivedMail> received() {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                mails.add(new ReceivedMail(addresses(message.getFrom()),
                        addresses(message.getRecipients(Message.RecipientType.TO)),
                        Optional.ofNullable(message.getSubject()).orElse(""), text(message),
                        Optional.ofNullable(message.getReceivedDate()).map(Date::toInstant).orElse(Instant.EPOCH)));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("could not read a received test mail", e);
            }
        }
        return mails;
    }

    @Override
    public void close() {
        server.stop();
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .toList();
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder joined = new StringBuilder();
            for (int index = 0; index < multipart.getCount(); index++) {
                joined.append(text(multipart.getBodyPart(index))).append('\n');
            }
            return joined.toString();
        }
        return "";
    }
}
