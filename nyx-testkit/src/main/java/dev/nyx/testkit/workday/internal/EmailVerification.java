package dev.nyx.testkit.workday.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.mail.MailReplica;
import dev.nyx.testkit.workday.WorkdayTenant;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verification mail of a new candidate account: sent over SMTP to the test's {@link MailReplica} with a link
 * ({@code {verifyUrl}?token=...}) and a six-digit code; either verifies the account once. The mail's wording is
 * the replica's own. Thread-safe.
 */
final class EmailVerification {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private volatile MailReplica mail;

    void mailVia(MailReplica value) {
        mail = requireNonNull(value, "mail is null");
    }

    boolean canSend() {
        return mail != null;
    }

    /** Sends the mail to {@code email} (already normalised). */
    void send(WorkdayTenant tenant, String email, String verifyUrl) {
        MailReplica server = mail;
        if (server == null) {
            throw new IllegalStateException("the Workday replica verifies emails but has no mail server:"
                    + " call WorkdayReplica.sendMailVia(MailReplica) first");
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        String code = String.format("%06d", random.nextInt(1_000_000));
        tokens.put(token, email);
        codes.put(email, code);
        String link = verifyUrl + "?token=" + token;
        String plain = "Hello,\n\nPlease verify your email address to finish creating your candidate account at "
                + tenant.company() + ".\n\nVerify your email: " + link + "\n\nOr enter this verification code: "
                + code + "\n\nIf you did not create an account, ignore this email.\n";
        String html = "<p>Hello,</p><p>Please verify your email address to finish creating your candidate account at "
                + WorkdayPages.escape(tenant.company()) + ".</p><p><a href=\"" + WorkdayPages.escape(link)
                + "\">Verify Email</a></p><p>Or enter this verification code: <b>" + code + "</b></p>";
        server.send("no-reply@myworkday.com", email, tenant.company() + ": Verify your candidate account", plain,
                Optional.of(html));
    }

    /** The email a link's token verifies (once). */
    Optional<String> byToken(String token) {
        Optional<String> email = Optional.ofNullable(tokens.remove(token));
        email.ifPresent(codes::remove);
        return email;
    }

    /** Whether {@code code} is the code sent to {@code email} (once). */
    boolean byCode(String email, String code) {
        boolean matches = code.strip().equals(codes.get(email));
        if (matches) {
            codes.remove(email);
            tokens.values().removeIf(email::equals);
        }
        return matches;
    }
}
