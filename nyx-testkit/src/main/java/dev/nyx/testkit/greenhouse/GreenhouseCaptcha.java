package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.WidgetKind;

/**
 * The reCAPTCHA v2 widget a Greenhouse replica puts on its application forms (ATS-NOTES 1.4):
 * the checkbox ({@code div.g-recaptcha} above the submit button) or the invisible one bound to the
 * submit button (classic {@code input#submit_app.g-recaptcha[data-size=invisible]}, new board
 * {@code button[type=submit].g-recaptcha}: the click runs the challenge and the widget's callback
 * sends the form). The widget is the testkit's reCAPTCHA replica
 * ({@link dev.nyx.testkit.captcha.CaptchaWidgetSite}'s {@code api.js}, site key of {@code widget}),
 * so only a token a {@link dev.nyx.testkit.captcha.CaptchaServiceEmulator} issued into
 * {@code tokens} for that key passes the replica's submit.
 *
 * @param widget {@link WidgetKind#RECAPTCHA_V2_CHECKBOX} or {@link WidgetKind#RECAPTCHA_V2_INVISIBLE}
 * @param tokens the tokens the test's CAPTCHA-service emulators issue
 */
public record GreenhouseCaptcha(WidgetKind widget, IssuedTokens tokens) {
    public GreenhouseCaptcha {
        requireNonNull(widget, "widget is null");
        requireNonNull(tokens, "tokens is null");
        if (widget != WidgetKind.RECAPTCHA_V2_CHECKBOX && widget != WidgetKind.RECAPTCHA_V2_INVISIBLE) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "the Greenhouse replica carries reCAPTCHA v2 only;"
                    + " widget " + widget + " is not one: use RECAPTCHA_V2_CHECKBOX or RECAPTCHA_V2_INVISIBLE");
        }
    }

    /** The v2 checkbox above the submit button. */
    public static GreenhouseCaptcha checkbox(IssuedTokens tokens) {
        return new GreenhouseCaptcha(WidgetKind.RECAPTCHA_V2_CHECKBOX, tokens);
    }

    /** The invisible v2 bound to the submit button. */
    public static GreenhouseCaptcha invisible(IssuedTokens tokens) {
        return new GreenhouseCaptcha(WidgetKind.RECAPTCHA_V2_INVISIBLE, tokens);
    }

    public String siteKey() {
        return widget.siteKey();
    }

    public boolean isInvisible() {
        return widget.invisible();
    }
}
