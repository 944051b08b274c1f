package dev.nyx.testkit.lever.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.FormData;
import dev.nyx.testkit.captcha.IssuedTokens;
import java.util.Optional;

/**
 * The invisible hCaptcha a Lever replica's apply form carries (ATS-NOTES 2.3: {@code div#h-captcha.h-captcha
 * [data-size=invisible]}, run by the submit button) and the server-side check of its token: the posted
 * {@code h-captcha-response} must be a token the test's emulators issued for the site key. Immutable.
 *
 * @param siteKey   the widget's site key
 * @param scriptUrl where the testkit's hCaptcha {@code api.js} replica is served
 * @param tokens    the tokens the test's CAPTCHA-service emulators issue
 */
public record LeverCaptchaGuard(String siteKey, String scriptUrl, IssuedTokens tokens) {
    /** What the page says when the token is missing or not valid. */
    public static final String REFUSAL = "Please complete the CAPTCHA to submit your application.";

    public LeverCaptchaGuard {
        requireNonNull(siteKey, "siteKey is null");
        requireNonNull(scriptUrl, "scriptUrl is null");
        requireNonNull(tokens, "tokens is null");
    }

    /** Why the posted form must be refused, if it must. */
    Optional<String> refusal(FormData form) {
        String token = form.first("h-captcha-response").orElse("");
        return tokens.isIssuedFor(token, siteKey) ? Optional.empty() : Optional.of(REFUSAL);
    }
}
