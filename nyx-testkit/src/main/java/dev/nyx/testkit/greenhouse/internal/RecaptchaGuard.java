package dev.nyx.testkit.greenhouse.internal;

import static dev.nyx.testkit.internal.Html.escape;
import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.FormData;
import dev.nyx.testkit.greenhouse.GreenhouseCaptcha;
import java.util.Optional;

/**
 * The reCAPTCHA v2 a replica application page carries, and the server-side check of its token (what
 * Google's {@code siteverify} would answer): the posted {@code g-recaptcha-response} must be a token
 * the test's emulators issued for the widget's site key. Immutable.
 *
 * @param captcha   the widget and the issued tokens
 * @param scriptUrl where the testkit's {@code recaptcha/api.js} replica is served
 */
public record RecaptchaGuard(GreenhouseCaptcha captcha, String scriptUrl) {
    /** The error the page shows when the token is missing or not valid. */
    public static final String REFUSAL = "Please verify that you are not a robot: the reCAPTCHA was not completed"
            + " or has expired.";
    /** The global function the widget calls with its token. */
    static final String CALLBACK = "onRecaptchaSolved";

    public RecaptchaGuard {
        requireNonNull(captcha, "captcha is null");
        requireNonNull(scriptUrl, "scriptUrl is null");
    }

    /** The script tag for the page's head. */
    String scriptTag() {
        return "<script src=\"" + escape(scriptUrl) + "\" async defer></script>\n";
    }

    /** The checkbox widget above the submit button; nothing for the invisible one. */
    String checkboxWidget() {
        return captcha.isInvisible() ? "" : "<div class=\"field\" id=\"captcha_field\"><div class=\"g-recaptcha\""
                + " data-sitekey=\"" + escape(captcha.siteKey()) + "\" data-callback=\"" + CALLBACK + "\"></div></div>\n";
    }

    /** The attributes that bind the invisible widget to the submit button; nothing for the checkbox. */
    String submitAttributes() {
        return captcha.isInvisible() ? " data-sitekey=\"" + escape(captcha.siteKey()) + "\" data-callback=\"" + CALLBACK
                + "\" data-size=\"invisible\"" : "";
    }

    /** Why the posted form must be refused, if it must: no token, or one the emulators did not issue for the key. */
    Optional<String> refusal(FormData form) {
        String token = form.first("g-recaptcha-response").orElse("");
        return captcha.tokens().isIssuedFor(token, captcha.siteKey()) ? Optional.empty() : Optional.of(REFUSAL);
    }
}
