package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the CAPTCHA-service emulators handed out, each remembered with the site key it was
 * solved for. Replica widgets accept a form only with a token from here.
 *
 * <p>Shared by emulators and widget sites of one test; thread-safe. Tokens are random, so a test
 * cannot pass by guessing one.
 */
public final class IssuedTokens {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> siteKeyByToken = new ConcurrentHashMap<>();

    /** Issues a fresh token for {@code siteKey}. */
    public String issue(String siteKey) {
        requireNonNull(siteKey, "siteKey is null");
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        // shaped like the real ones: a long opaque string with a recognisable prefix
        String token = "03AFcWeA" + HexFormat.of().formatHex(bytes);
        siteKeyByToken.put(token, siteKey);
        return token;
    }

    /** The site key a token was issued for, if this emulator issued it. */
    public Optional<String> siteKeyOf(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(siteKeyByToken.get(token));
    }

    /** Whether {@code token} was issued for {@code siteKey}. */
    public boolean isIssuedFor(String token, String siteKey) {
        return siteKeyOf(token).map(siteKey::equals).orElse(false);
    }

    /** How many tokens were issued. */
    public int count() {
        return siteKeyByToken.size();
    }
}
