package dev.nyx.ats.lever.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
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

/**
 * Submits a filled Lever form through {@link FormSubmitter}: the validity check, one click on
 * {@code #btn-submit}, then the thank-you page ({@code /thanks}, "Application submitted") or the page's own
 * errors as {@code FORM_REJECTED}. Lever runs an invisible hCaptcha on that click (ATS-NOTES 2.3): when the
 * form stays with an empty {@code h-captcha-response}, the CAPTCHA gate is asked
 * ({@link ApplyContext#passCaptchas()}); the widget's callback then submits through the hidden
 * {@code #hcaptchaSubmitBtn}, which is clicked only when the callback did not. Stateless; page's thread.
 */
public final class LeverSubmitter {
    private static final String SUBMIT = "#btn-submit, button[data-qa=btn-submit], button[type=submit]:not(#hcaptchaSubmitBtn)";
    private static final String ERRORS = ".application-error li, .application-error p, .error-message:not(:has(li)),"
            + " [data-qa=error-message]";
    private static final Duration CAPTCHA_SETTLE = Duration.ofMillis(1500);
    private static final String HELD_BACK = """
            () => {
              const widget = document.querySelector('.h-captcha, #h-captcha, iframe[src*="hcaptcha"]');
              const fields = Array.from(document.querySelectorAll('[name="h-captcha-response"]'));
              return !!widget && fields.length > 0 && fields.every(field => !field.value);
            }""";

    private LeverSubmitter() {
    }

    /**
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} with the page's errors, {@link ErrorCode#TIMEOUT}
     *                      when no outcome shows (never submit again then), {@link ErrorCode#INVALID_STATE} when
     *                      no filled form is shown, {@link ErrorCode#CAPTCHA_UNSOLVED} when the hCaptcha after the
     *                      click was not solved (nothing was sent)
     */
    public static Confirmation submit(ApplyContext context) {
        requireNonNull(context, "context is null");
        Page page = context.page();
        Frame frame = LeverPage.formFrame(page).orElseThrow(() -> new NyxException(ErrorCode.INVALID_STATE,
                "The page " + page.url() + " shows no Lever application form; call fill before submit."));
        FormSubmitter submitter = FormSubmitter.forFrame(frame, LeverPage.FORM, context.stepTimeout())
                .named("the Lever form on " + page.url())
                .submitButton(SUBMIT)
                .confirmedBy("[data-qa=msg-submit-success], .application-confirmation")
                .confirmedByText("application submitted[^\\n]*|thank you for applying[^\\n]*")
                .confirmedByUrl("/thanks/?([?#].*)?$")
                .errorsIn(ERRORS)
                .screenshotTo(context.evidenceDirectory().resolve("lever-confirmation-" + context.clock().millis()
                        + ".png"));
        submitter.clickSubmit();
        Duration settle = CAPTCHA_SETTLE.compareTo(context.stepTimeout()) < 0 ? CAPTCHA_SETTLE : context.stepTimeout();
        Optional<SubmitOutcome> outcome = submitter.awaitOutcome(settle);
        if (outcome.isEmpty() && heldBack(frame)) {
            outcome = passCaptcha(context, frame, submitter, settle);
        }
        Confirmation confirmation = outcome.map(submitter::confirmation).orElseGet(submitter::awaitConfirmation);
        context.note("Lever confirmed the application.");
        return confirmation;
    }

    private static Optional<SubmitOutcome> passCaptcha(ApplyContext context, Frame frame, FormSubmitter submitter,
                                                       Duration settle) {
        context.note("The submit click brought up Lever's hCaptcha; asking the CAPTCHA gate");
        CaptchaPass pass = context.passCaptchas();
        if (!pass.cleared()) {
            throw new NyxException(ErrorCode.CAPTCHA_UNSOLVED, pass.reason() + " (Lever's hCaptcha came up after the"
                    + " submit click on " + context.page().url() + "; the form was not sent)");
        }
        Optional<SubmitOutcome> outcome = submitter.awaitOutcome(settle);
        if (outcome.isPresent() || frame.isDetached() || heldBack(frame) || !formShown(frame)) {
            return outcome;
        }
        context.note("The hCaptcha callback did not submit the form: sending it once through Lever's own submit");
        frame.evaluate("() => { const form = document.querySelector('form#application-form');"
                + " const send = document.getElementById('hcaptchaSubmitBtn');"
                + " if (send) { form.requestSubmit(send); } else { form.requestSubmit(); } }");
        return Optional.empty();
    }

    private static boolean heldBack(Frame frame) {
        try {
            return !frame.isDetached() && formShown(frame) && Boolean.TRUE.equals(frame.evaluate(HELD_BACK));
        } catch (PlaywrightException navigating) {
            return false;
        }
    }

    private static boolean formShown(Frame frame) {
        try {
            return frame.locator(LeverPage.FORM).first().isVisible();
        } catch (PlaywrightException navigating) {
            return false;
        }
    }
}
