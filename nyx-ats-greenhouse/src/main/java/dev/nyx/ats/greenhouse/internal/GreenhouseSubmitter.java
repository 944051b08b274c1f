package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.model.Confirmation;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.CaptchaPass;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Clicks a filled Greenhouse form's submit control once and waits for the outcome: the
 * confirmation (new board: {@code /confirmation} and "Thank you for applying"; classic: the
 * confirmation message replacing the form) or the page's own validation errors. When the click
 * brings up a CAPTCHA instead (the form stays, its widget's response is empty), asks
 * {@link ApplyContext#passCaptchas()}; clicks a second time only when that click was provably held
 * back for the CAPTCHA and the widget's callback did not submit.
 * Stateless; call from the page's thread.
 */
public final class GreenhouseSubmitter {
    private static final Logger LOG = LoggerFactory.getLogger(GreenhouseSubmitter.class);
    private static final String SUBMIT = "#submit_app, button[type=submit], input[type=submit]";
    private static final String NATIVE_INVALID = """
            form => form.noValidate ? [] : Array.from(form.querySelectorAll(':invalid'))
              .filter(e => !['FORM', 'FIELDSET'].includes(e.tagName))
              .map(e => {
                const wrap = e.closest('.field, .field-wrapper, fieldset, .file-upload');
                const label = wrap && wrap.querySelector('legend, label, .label');
                const name = ((label && label.textContent) || e.getAttribute('aria-label') || e.name || e.id || '')
                  .replace(/[\\s\\u00a0]+/g, ' ').replace(/\\s*\\*\\s*$/, '').trim();
                return name + ': ' + (e.validationMessage || 'is invalid');
              })""";
    private static final String OUTCOME = """
            () => {
              const shown = e => !!e && !e.closest('[hidden]') && e.getClientRects().length > 0
                && (e.innerText || '').trim().length > 0;
              const body = document.body ? document.body.innerText : '';
              const done = document.querySelector('#application_confirmation, .application-confirmation');
              if (/\\/confirmation\\/?$/.test(location.pathname) || shown(done)
                  || /thank you for applying/i.test(body)) {
                const text = (done ? done.innerText : (body.match(/thank you for applying[^\\n]*(\\n[^\\n]+)?/i) || [body])[0])
                  .replace(/\\s+/g, ' ').trim() || document.title.trim();
                // the confirmation URL can be there before its page has rendered: wait for its text
                return text ? { state: 'confirmed', message: text } : { state: '' };
              }
              const errors = [];
              document.querySelectorAll('.field-error .error-text, .helper-text--error, .field .error, span.error')
                .forEach(e => {
                  if (!shown(e)) { return; }
                  const wrap = e.closest('.field, .field-wrapper, fieldset');
                  const label = wrap && wrap.querySelector('legend, label, .label');
                  const name = label ? label.textContent.replace(/[\\s\\u00a0]+/g, ' ').replace(/\\s*\\*\\s*$/, '').trim() : '';
                  errors.push((name ? name + ': ' : '') + e.innerText.trim());
                });
              document.querySelectorAll('#error_message, #application-errors, .application--error, .flash-error')
                .forEach(e => { if (shown(e)) { errors.unshift(e.innerText.trim()); } });
              return errors.length ? { state: 'errors', errors } : { state: '' };
            }""";

    // how long the page may show neither outcome after the click before a CAPTCHA is looked for
    private static final long CAPTCHA_SETTLE_MILLIS = 1500;
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
        Locator form = GreenhousePage.form(frame);
        List<?> invalid = (List<?>) form.evaluate(NATIVE_INVALID);
        if (!invalid.isEmpty()) {
            // the browser would refuse the click without a request: report what it would show
            throw rejected(page, invalid.stream().map(String::valueOf).toList());
        }
        Locator submit = form.locator(SUBMIT).first();
        long timeout = context.stepTimeout().toMillis();
        try {
            submit.click(new Locator.ClickOptions().setTimeout(timeout));
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "The submit button of " + page.url() + " could not be clicked within "
                    + timeout + " ms; the application was not sent.", e);
        }
        Map<?, ?> outcome = awaitOutcome(page, frame, Math.min(CAPTCHA_SETTLE_MILLIS, timeout)).orElse(null);
        if (outcome == null && heldBackForCaptcha(frame)) {
            outcome = passCaptchaAfterClick(context, frame, submit, timeout);
        }
        if (outcome == null) {
            outcome = awaitOutcome(page, frame, timeout).orElseThrow(() -> unknownOutcome(page, timeout));
        }
        if ("errors".equals(outcome.get("state"))) {
            List<String> errors = ((List<?>) outcome.get("errors")).stream().map(String::valueOf).distinct().toList();
            throw rejected(page, errors);
        }
        String message = String.valueOf(outcome.get("message"));
        context.note("Greenhouse confirmed the application.");
        return new Confirmation(URI.create(page.url()), message, screenshot(context, page));
    }

    /**
     * The click brought up a CAPTCHA instead of an outcome (the invisible reCAPTCHA runs on submit):
     * let the host's gate solve it; its callback usually submits the form. Clicks a second time only
     * when the form is still there afterwards with the token in place, i.e. the first click was held
     * back for the CAPTCHA and the callback did not submit.
     */
    private static Map<?, ?> passCaptchaAfterClick(ApplyContext context, Frame frame, Locator submit, long timeout) {
        Page page = context.page();
        context.note("The submit click brought up a CAPTCHA; asking the CAPTCHA gate");
        CaptchaPass pass = context.passCaptchas();
        if (!pass.cleared()) {
            throw new NyxException(ErrorCode.CAPTCHA_UNSOLVED, pass.reason() + " (the CAPTCHA came up after the"
                    + " submit click on " + page.url() + "; the form was not sent)");
        }
        Optional<Map<?, ?>> outcome = awaitOutcome(page, frame, Math.min(CAPTCHA_SETTLE_MILLIS, timeout));
        if (outcome.isPresent() || frame.isDetached() || heldBackForCaptcha(frame) || !formShown(frame)) {
            return outcome.orElse(null);
        }
        context.note("The CAPTCHA callback did not submit the form: clicking submit once more");
        submit.click(new Locator.ClickOptions().setTimeout(timeout));
        return null;
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

    private static Optional<Map<?, ?>> awaitOutcome(Page page, Frame frame, long timeout) {
        Map<?, ?>[] outcome = new Map<?, ?>[1];
        try {
            // the Java-side wait survives the new board's navigation to /confirmation
            page.waitForCondition(() -> {
                Frame current = frame.isDetached() ? page.mainFrame() : frame;
                try {
                    Object result = current.evaluate(OUTCOME);
                    if (result instanceof Map<?, ?> map && !"".equals(map.get("state"))) {
                        outcome[0] = map;
                        return true;
                    }
                } catch (PlaywrightException navigating) {
                    // the execution context went away mid-navigation; look again on the next page
                    return false;
                }
                return false;
            }, new Page.WaitForConditionOptions().setTimeout(timeout));
        } catch (TimeoutError e) {
            return Optional.empty();
        }
        return Optional.of(outcome[0]);
    }

    private static NyxException unknownOutcome(Page page, long timeout) {
        return new NyxException(ErrorCode.TIMEOUT, "After submitting on " + page.url() + " neither a confirmation nor"
                + " an error appeared within " + timeout + " ms; whether the application arrived is unknown:"
                + " check before submitting again.");
    }

    private static NyxException rejected(Page page, List<String> errors) {
        return new NyxException(ErrorCode.FORM_REJECTED, "The Greenhouse form on " + page.url()
                + " was rejected: " + String.join("; ", errors) + ". Correct these answers and apply again.");
    }

    private static Optional<Path> screenshot(ApplyContext context, Page page) {
        try {
            Path folder = context.evidenceDirectory();
            Files.createDirectories(folder);
            Path file = folder.resolve("greenhouse-confirmation-" + context.clock().millis() + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return Optional.of(file);
        } catch (PlaywrightException | java.io.IOException e) {
            // the application went through; missing evidence must not turn it into a failure
            LOG.warn("No confirmation screenshot for {}: {}", page.url(), GreenhousePage.firstLine(e));
            return Optional.empty();
        }
    }
}
