package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.model.Confirmation;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits a filled form the careful way: the browser's own constraint validation first (a natively
 * invalid form would swallow the click without a request, so the invalid fields are reported instead),
 * then <em>one</em> click on the submit control, then a wait for either the confirmation or the page's
 * own error messages.
 *
 * <p>A confirmation is what the caller describes ({@link #confirmedBy} an element, {@link #confirmedByText}
 * a text, {@link #confirmedByUrl} an address, {@link #confirmedWhen} a check of its own; any one is
 * enough); without any, the page moving to another address counts. Errors are the shown, non-empty
 * elements matching {@link #errorsIn} (default {@link #DEFAULT_ERRORS}), each named by its field's label
 * where one is found ({@code aria-describedby}, {@code aria-errormessage}, or the field wrapper's label).
 * The wait is done from Java, so it survives the navigation to a confirmation page.
 *
 * <p>{@link #submit()} does it all. Adapters whose click can bring up a CAPTCHA (an invisible reCAPTCHA
 * runs on submit) use the steps: {@link #clickSubmit()}, a short {@link #awaitOutcome}, their CAPTCHA
 * handling (e.g. {@code context.passCaptchas()}), then {@link #awaitConfirmation()} or
 * {@link #confirmation(SubmitOutcome)}.
 *
 * <pre>{@code
 * Confirmation done = FormSubmitter.forPage(page, "form#apply", context.stepTimeout())
 *         .confirmedByText("thank you for applying")
 *         .screenshotTo(context.evidenceDirectory().resolve("confirmation.png"))
 *         .submit();
 * }</pre>
 *
 * <p>Configure it with the returning methods, then use the instance for one submit, from the thread that
 * drives the page (it remembers the address before the click). Failures:
 * <ul>
 *   <li>{@link ErrorCode#FORM_REJECTED}: invalid fields before the click, or the page's errors after it;
 *       the message lists them ("Email: Please enter a valid email address.");</li>
 *   <li>{@link ErrorCode#TIMEOUT}: the submit control could not be clicked (nothing was sent), or neither
 *       outcome appeared in time (whether the application arrived is unknown: never submit again
 *       blindly);</li>
 *   <li>{@link ErrorCode#INVALID_STATE}: the page shows no such form.</li>
 * </ul>
 */
public final class FormSubmitter {
    /** The submit controls clicked unless {@link #submitButton} says otherwise, searched inside the form. */
    public static final String DEFAULT_SUBMIT = "button[type=submit], input[type=submit], button:not([type])";
    /** Where pages show their error messages, unless {@link #errorsIn} says otherwise. */
    public static final String DEFAULT_ERRORS = "[role=alert], .error, .errors, .error-message, .error-text, "
            + ".field-error, .form-error, .invalid-feedback, .alert-danger, .alert-error, .flash-error, "
            + ".validation-error, [id$='-error'], [id$='_error']";
    private static final Logger LOG = LoggerFactory.getLogger(FormSubmitter.class);
    private static final String INVALID = Scripts.entry("invalidFields(root, arg)");

    private final Page page;
    private final Frame frame;
    private final String formSelector;
    private final Duration timeout;
    private final String name;
    private final String submit;
    private final OutcomeChecks checks;
    private final Optional<Path> screenshot;
    /** The address before the click: a page that moves away from it has answered (when nothing else confirms). */
    private String urlBefore;

    private FormSubmitter(Page page, Frame frame, String formSelector, Duration timeout, String name, String submit,
                          OutcomeChecks checks, Optional<Path> screenshot) {
        this.page = requireNonNull(page, "page is null");
        this.frame = requireNonNull(frame, "frame is null");
        this.formSelector = requireNonNull(formSelector, "formSelector is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.name = requireNonNull(name, "name is null");
        this.submit = requireNonNull(submit, "submit is null");
        this.checks = requireNonNull(checks, "checks is null");
        this.screenshot = requireNonNull(screenshot, "screenshot is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "The submit timeout must be positive, got " + timeout
                    + "; pass the step timeout.");
        }
        this.urlBefore = frame.url();
    }

    /** A submitter for the first form matching {@code formSelector} in the page, waiting at most {@code timeout} per step. */
    public static FormSubmitter forPage(Page page, String formSelector, Duration timeout) {
        requireNonNull(page, "page is null");
        return forFrame(page.mainFrame(), formSelector, timeout);
    }

    /** Like {@link #forPage} for a form inside a frame (an embedded application form). */
    public static FormSubmitter forFrame(Frame frame, String formSelector, Duration timeout) {
        requireNonNull(frame, "frame is null");
        return new FormSubmitter(frame.page(), frame, formSelector, timeout, "the form on " + frame.url(), DEFAULT_SUBMIT,
                OutcomeChecks.defaults(DEFAULT_ERRORS), Optional.empty());
    }

    private FormSubmitter with(OutcomeChecks changed) {
        return new FormSubmitter(page, frame, formSelector, timeout, name, submit, changed, screenshot);
    }

    /** The form as named in messages, in lower case ("the Greenhouse form on https://..."; default "the form on" its address). */
    public FormSubmitter named(String newName) {
        return new FormSubmitter(page, frame, formSelector, timeout, requireNonNull(newName, "newName is null"), submit,
                checks, screenshot);
    }

    /** The submit control, searched inside the form (default {@link #DEFAULT_SUBMIT}); the first match is clicked. */
    public FormSubmitter submitButton(String selector) {
        return new FormSubmitter(page, frame, formSelector, timeout, name, requireNonNull(selector, "selector is null"),
                checks, screenshot);
    }

    /** Confirmed once an element matching {@code selector} shows text; the text is the confirmation's message. */
    public FormSubmitter confirmedBy(String selector) {
        return with(checks.withSelector(requireNonNull(selector, "selector is null")));
    }

    /**
     * Confirmed once the page's text matches {@code regex} (a JavaScript regular expression, case-insensitive,
     * such as {@code "thank you for (applying|your application)"}); the matched text is the message.
     */
    public FormSubmitter confirmedByText(String regex) {
        return with(checks.withText(requireNonNull(regex, "regex is null")));
    }

    /**
     * Confirmed once the address matches {@code regex} (a JavaScript regular expression, case-insensitive,
     * such as {@code "/confirmation/?([?#].*)?$"}) and the page shows a heading or title, its message.
     */
    public FormSubmitter confirmedByUrl(String regex) {
        return with(checks.withUrl(requireNonNull(regex, "regex is null")));
    }

    /** Confirmed once {@code check} holds for the page (checked between the page's events); its heading is the message. */
    public FormSubmitter confirmedWhen(Predicate<Page> check) {
        return with(checks.withCheck(requireNonNull(check, "check is null")));
    }

    /** Where the page shows its error messages (default {@link #DEFAULT_ERRORS}); replaces the default. */
    public FormSubmitter errorsIn(String selector) {
        return with(checks.withErrors(requireNonNull(selector, "selector is null")));
    }

    /** A full-page screenshot of the confirmation goes to {@code file} (its folder is created); failing to take it is only logged. */
    public FormSubmitter screenshotTo(Path file) {
        return new FormSubmitter(page, frame, formSelector, timeout, name, submit, checks,
                Optional.of(requireNonNull(file, "file is null")));
    }

    /**
     * What the browser's constraint validation would refuse the click for ({@code required}, {@code type=email},
     * {@code pattern}, ...), as "Field: message"; empty when the form is valid or does not validate.
     *
     * @throws NyxException {@link ErrorCode#INVALID_STATE} when the page shows no such form
     */
    public List<String> invalidFields() {
        Locator form = form();
        try {
            return Scripts.strings(form.evaluate(INVALID, Map.of("submit", submit),
                    new Locator.EvaluateOptions().setTimeout(timeout.toMillis())));
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.INVALID_STATE, "Could not check " + name + " before submitting: "
                    + Checker.firstLine(e), e);
        }
    }

    /**
     * Checks the form's validity and clicks its submit control once.
     *
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} listing the invalid fields (nothing was clicked),
     *                      {@link ErrorCode#TIMEOUT} when the control could not be clicked (nothing was sent),
     *                      {@link ErrorCode#INVALID_STATE} when there is no such form or submit control
     */
    public void clickSubmit() {
        List<String> invalid = invalidFields();
        if (!invalid.isEmpty()) {
            // the browser would swallow the click without a request: report what it would show
            throw new NyxException(ErrorCode.FORM_REJECTED, "The browser refuses to submit " + name + ": "
                    + String.join("; ", invalid) + ". Correct these answers and apply again (nothing was sent).");
        }
        Locator control = form().locator(submit).first();
        if (control.count() == 0) {
            throw new NyxException(ErrorCode.INVALID_STATE, "There is no submit control matching '" + submit
                    + "' in " + name + "; pass the right one with submitButton.");
        }
        urlBefore = frame.url();
        try {
            control.click(new Locator.ClickOptions().setTimeout(timeout.toMillis()));
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "The submit control of " + name + " could not be clicked"
                    + " within " + timeout.toMillis() + " ms; the application was not sent.", e);
        }
    }

    /**
     * Waits up to {@code limit} for the confirmation or the page's errors; empty when neither showed.
     * Never throws for what the page shows: see {@link #confirmation(SubmitOutcome)}.
     */
    public Optional<SubmitOutcome> awaitOutcome(Duration limit) {
        requireNonNull(limit, "limit is null");
        SubmitOutcome[] seen = new SubmitOutcome[1];
        try {
            page.waitForCondition(() -> {
                seen[0] = checks.probe(page, frame, urlBefore).orElse(null);
                return seen[0] != null;
            }, new Page.WaitForConditionOptions().setTimeout(Math.max(1, limit.toMillis())));
        } catch (TimeoutError e) {
            return Optional.empty();
        }
        return Optional.ofNullable(seen[0]);
    }

    /**
     * The confirmation for {@code outcome}, with a screenshot when one was asked for.
     *
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} listing the page's errors when it is a rejection
     */
    public Confirmation confirmation(SubmitOutcome outcome) {
        requireNonNull(outcome, "outcome is null");
        if (!outcome.confirmed()) {
            throw rejected(outcome.errors());
        }
        return new Confirmation(outcome.url(), outcome.message(), screenshot.flatMap(this::screenshot));
    }

    /**
     * Waits the timeout for the outcome of a click already made: the confirmation, or the page's errors thrown.
     *
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} with the page's errors, {@link ErrorCode#TIMEOUT}
     *                      when neither appeared (the outcome is unknown: check before submitting again)
     */
    public Confirmation awaitConfirmation() {
        return confirmation(awaitOutcome(timeout).orElseThrow(() -> new NyxException(ErrorCode.TIMEOUT,
                "After submitting " + name + " neither a confirmation nor an error appeared within "
                        + timeout.toMillis() + " ms; whether the application arrived is unknown: check before"
                        + " submitting again.")));
    }

    /**
     * Checks the form, clicks submit once and waits for the outcome: {@link #clickSubmit()} then
     * {@link #awaitConfirmation()}.
     *
     * @throws NyxException {@link ErrorCode#FORM_REJECTED}, {@link ErrorCode#TIMEOUT}, {@link ErrorCode#INVALID_STATE}
     *                      as described there
     */
    public Confirmation submit() {
        clickSubmit();
        return awaitConfirmation();
    }

    private Locator form() {
        Locator form = frame.locator(formSelector).first();
        if (frame.isDetached() || form.count() == 0) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The page " + page.url() + " shows no form matching '"
                    + formSelector + "'; fill it before submitting.");
        }
        return form;
    }

    private NyxException rejected(List<String> errors) {
        return new NyxException(ErrorCode.FORM_REJECTED, "The page rejected " + name + ": "
                + String.join("; ", errors) + ". Correct these answers and apply again.");
    }

    private Optional<Path> screenshot(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return Optional.of(file);
        } catch (PlaywrightException | IOException e) {
            // the application went through; missing evidence must not turn it into a failure
            LOG.warn("No confirmation screenshot for {}: {}", page.url(), Checker.firstLine(e));
            return Optional.empty();
        }
    }
}
