package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.model.Confirmation;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.CaptchaPass;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.FormSubmitter;
import dev.nyx.spi.support.SubmitOutcome;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Submits a filled Greenhouse form through {@link FormSubmitter} (validity check, one click, the
 * outcome): the confirmation (new board: {@code /confirmation} and "Thank you for applying"; classic: the
 * confirmation message replacing the form) or the page's own validation errors. What is Greenhouse's own:
 * its selectors, and the CAPTCHA after the click. When the click brings up a CAPTCHA instead (the form
 * stays, its widget's response is empty), it asks {@link ApplyContext#passCaptchas()} and clicks a second
 * time only when that click was provably held back for the CAPTCHA and the widget's callback did not
 * submit. Stateless; call from the page's thread.
 */
public final class GreenhouseSubmitter {
    private static final String SUBMIT = "#submit_app, button[type=submit], input[type=submit]";
    private static final String ERRORS = ".field-error .error-text, .helper-text--error, .field .error, span.error, "
            + "#error_message, #application-errors, .application--error, .flash-error";

    // how long the page may show neither outcome after the click before a CAPTCHA is looked for
    private static final Duration CAPTCHA_SETTLE = Duration.ofMillis(1500);
    private static final String EMPTY_CAPTCHA_RESPONSE = """
            () => {
              const widget = document.querySelector('.g-recaptcha, .h-captcha, .cf-turnstile, iframe[src*="recaptcha"],'
                + ' iframe[src*="hcaptcha"], iframe[src*="challenges.cloudflare.com"]');
              const fields = Array.from(document.querySelectorAll('[name="g-recaptcha-response"],'
                + ' [name="h-captcha-response"], [name="cf-turnstile-response"]'));
              return !!widget && fields.length > 0 && fields.every(field => !field.value);
            }""";

    private GreenhouseSubmitter() {
    }

    /**
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} listing the page's errors (field: message),
     *                      {@link ErrorCode#TIMEOUT} when neither appears within the step timeout (the
     *                      outcome is then unknown: never submit again), {@link ErrorCode#INVALID_STATE}
     *                      when the page shows no filled form, {@link ErrorCode#CAPTCHA_UNSOLVED} when a CAPTCHA
     *                      that came up after the click was not solved (the form was held back)
     */
    public static Confirmation submit(ApplyContext context) {
        requireNonNull(context, "context is null");
        Page page = context.page();
        Frame frame = GreenhousePage.findFormFrame(page).orElseThrow(() -> new NyxException(ErrorCode.INVALID_STATE,
                "The page " + page.url() + " shows no Greenhouse application form; call fill before submit."));
        FormSubmitter submitter = FormSubmitter.forFrame(frame, GreenhousePage.FORM, context.stepTimeout())
                .named("the Greenhouse form on " + page.url())
                .submitButton(SUBMIT)
                .confirmedBy("#application_confirmation, .application-confirmation")
                .confirmedByText("thank you for applying[^\\n]*(\\n[^\\n]+)?")
                .confirmedByUrl("/confirmation/?([?#].*)?$")
                .errorsIn(ERRORS)
                .screenshotTo(context.evidenceDirectory().resolve("greenhouse-confirmation-" + context.clock().millis()
                        + ".png"));
        submitter.clickSubmit();
        Duration settle = CAPTCHA_SETTLE.compareTo(context.stepTimeout()) < 0 ? CAPTCHA_SETTLE : context.stepTimeout();
        Optional<SubmitOutcome> outcome = submitter.awaitOutcome(settle);
        if (outcome.isEmpty() && heldBackForCaptcha(frame)) {
            outcome = passCaptchaAfterClick(context, frame, submitter, settle);
        }
        Confirmation confirmation = outcome.map(submitter::confirmation).orElseGet(submitter::awaitConfirmation);
        context.note("Greenhouse confirmed the application.");
        return confirmation;
    }

    /**
     * The click brought up a CAPTCHA instead of an outcome (the invisible reCAPTCHA runs on submit):
     * let the host's gate solve it; its callback usually submits the form. Clicks a second time only
     * when the form is still there afterwards with the token in place, i.e. the first click was held
     * back for the CAPTCHA and the callback did not submit.
     */
    private static Optional<SubmitOutcome> passCaptchaAfterClick(ApplyContext context, Frame frame,
                                                                FormSubmitter submitter, Duration settle) {
        Page page = context.page();
        context.note("The submit click brought up a CAPTCHA; asking the CAPTCHA gate");
        CaptchaPass pass = context.passCaptchas();
        if (!pass.cleared()) {
            throw new NyxException(ErrorCode.CAPTCHA_UNSOLVED, pass.reason() + " (the CAPTCHA came up after the"
                    + " submit click on " + page.url() + "; the form was not sent)");
        }
        Optional<SubmitOutcome> outcome = submitter.awaitOutcome(settle);
        if (outcome.isPresent() || frame.isDetached() || heldBackForCaptcha(frame) || !formShown(frame)) {
            return outcome;
        }
        context.note("The CAPTCHA callback did not submit the form: clicking submit once more");
        GreenhousePage.form(frame).locator(SUBMIT).first()
                .click(new Locator.ClickOptions().setTimeout(context.stepTimeout().toMillis()));
        return Optional.empty();
    }

    /** Whether the form is still shown with a CAPTCHA widget whose response field is empty. */
    private static boolean heldBackForCaptcha(Frame frame) {
        try {
            return !frame.isDetached() && formShown(frame) && Boolean.TRUE.equals(frame.evaluate(EMPTY_CAPTCHA_RESPONSE));
        } catch (PlaywrightException navigating) {
            return false;
        }
    }

    private static boolean formShown(Frame frame) {
        try {
            return GreenhousePage.form(frame).isVisible();
        } catch (PlaywrightException navigating) {
            return false;
        }
    }
}
