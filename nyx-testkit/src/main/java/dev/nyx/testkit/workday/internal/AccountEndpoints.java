package dev.nyx.testkit.workday.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.workday.WorkdayAccounts;
import dev.nyx.testkit.workday.WorkdayTenant;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The replica-only JSON endpoints of the candidate account page ({@code /replica/account/create}, {@code signin},
 * {@code verifyCode}): a filled honeypot is refused without saying why; a new account on a tenant that verifies
 * emails gets the verification mail and no session; a successful sign-in (or creation) opens a session cookie and
 * sends the page back where it was. Thread-safe.
 */
final class AccountEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkdayTenant tenant;
    private final WorkdayAccounts accounts;
    private final EmailVerification verification;
    private final Map<String, String> sessions;
    private final Runnable honeypotHit;
    private final boolean verifyEmail;

    AccountEndpoints(WorkdayTenant tenant, WorkdayAccounts accounts, EmailVerification verification,
                     Map<String, String> sessions, Runnable honeypotHit, boolean verifyEmail) {
        this.tenant = requireNonNull(tenant, "tenant is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.verification = requireNonNull(verification, "verification is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.honeypotHit = requireNonNull(honeypotHit, "honeypotHit is null");
        this.verifyEmail = verifyEmail;
    }

    /** Handles {@code action} (create, signin, verifyCode); {@code verifyUrl} is the mail link's address. */
    ReplicaResponse handle(ReplicaRequest request, String action, String verifyUrl) {
        JsonNode body;
        try {
            body = JSON.readTree(request.bodyText());
        } catch (IOException e) {
            return ReplicaResponse.json(400, "{\"error\":\"Bad request\"}");
        }
        if (!body.path("beecatcher").asText("").isEmpty()) {
            honeypotHit.run();
            return ReplicaResponse.json(200, "{\"error\":\"Something went wrong. Please try again.\"}");
        }
        String email = body.path("email").asText("");
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        boolean verify = verifyEmail;
        if (action.equals("verifyCode")) {
            ObjectNode answer = JSON.createObjectNode();
            if (verification.byCode(normalised, body.path("code").asText(""))) {
                accounts.verify(normalised);
                answer.put("notice", "Your email address has been verified. You can now sign in.");
            } else {
                answer.put("error", "The verification code is not valid.");
                answer.put("verify", true);
            }
            return ReplicaResponse.json(200, answer.toString());
        }
        if (action.equals("create") && verify && !verification.canSend()) {
            return ReplicaResponse.json(500, "{\"error\":\"The replica verifies emails but has no mail server:"
                    + " call WorkdayReplica.sendMailVia first.\"}");
        }
        Optional<String> refused = switch (action) {
            case "create" -> accounts.create(email, body.path("password").asText(""),
                    body.path("verifyPassword").asText(""), body.path("agreed").asBoolean(false));
            case "signin" -> accounts.signIn(email, body.path("password").asText(""));
            default -> Optional.of("Unknown action");
        };
        if (refused.isPresent()) {
            ObjectNode error = JSON.createObjectNode();
            error.put("error", refused.get());
            if (refused.get().equals(WorkdayAccounts.UNVERIFIED)) {
                error.put("verify", true);
            }
            return ReplicaResponse.json(200, error.toString());
        }
        if (action.equals("create") && verify) {
            accounts.requireVerification(normalised);
            verification.send(tenant, normalised, verifyUrl);
            ObjectNode answer = JSON.createObjectNode();
            answer.put("notice", "We sent you an email to verify your account. Open its link or enter its code,"
                    + " then sign in.");
            answer.put("verify", true);
            return ReplicaResponse.json(200, answer.toString());
        }
        String session = UUID.randomUUID().toString();
        sessions.put(session, email.strip().toLowerCase(Locale.ROOT));
        ObjectNode next = JSON.createObjectNode();
        next.put("next", request.header("referer").orElse("/"));
        return ReplicaResponse.json(200, next.toString())
                .withHeader("Set-Cookie", WorkdayTenantSite.SESSION_COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax");
    }
}
