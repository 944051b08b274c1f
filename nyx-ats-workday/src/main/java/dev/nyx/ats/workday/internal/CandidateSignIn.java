package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.SiteAccount;
import dev.nyx.spi.Verification;
import dev.nyx.spi.VerificationQuery;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The candidate account page of one tenant (ATS-NOTES 3.3), for one application: signs in with the account the
 * vault holds for the tenant's host, or creates one ({@code context.accounts().create}: the vault generates and
 * stores the password first) and registers with it; verifies the email when the tenant asks
 * ({@code context.mailbox()}), then signs in. The submit buttons are pressed through their {@code click_filter}
 * overlay ({@link WorkdayClicks}); the {@code beecatcher} honeypot is never touched. Errors the page shows in
 * {@code [data-automation-id=errorMessage]} become clear {@link NyxException}s: a wrong stored password, a locked
 * account and an existing account Nyx has no password for are {@link ErrorCode#INPUT_REQUIRED} (the application
 * waits in {@code NEEDS_INPUT} saying what the candidate does), and the account is marked locked in the vault so
 * later applications do not try it again (each wrong password brings Workday's lock closer). No email or password
 * ever reaches a message or a note.
 *
 * <p>Not thread-safe: one instance per application, called each time the account page shows.
 */
public final class CandidateSignIn {
    private static final String CREATE = "[data-automation-id=createAccountSubmitButton]:visible";
    private static final String SIGN_IN = "[data-automation-id=signInSubmitButton]:visible";
    private static final String ERROR = "[data-automation-id=errorMessage]";
    private static final Pattern LOCKED = Pattern.compile("(?i)\\block(ed)?\\b");
    private static final Pattern WRONG_PASSWORD = Pattern.compile(
            "(?i)(wrong|incorrect|invalid|not valid).{0,40}password|password.{0,40}(wrong|incorrect|invalid|not valid)");
    private static final Pattern DUPLICATE = Pattern.compile(
            "(?i)already exists|already (have|has) an account|already (in use|registered)");
    private static final Pattern VERIFY = Pattern.compile("(?i)verify (your|the) (e-?mail|account)"
            + "|(verification|confirmation|activation) (e-?mail|link|code)|check your (e-?mail|inbox)"
            + "|(e-?mail|account) (is )?not (yet )?(verified|activated)");
    private static final Pattern WENT_WRONG = Pattern.compile("(?i)something went wrong");
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_SIGN_INS = 3;
    private static final String VISIBLE_ERRORS = "[...document.querySelectorAll('[data-automation-id=errorMessage]')]"
            + ".filter(element => !element.hidden && element.getClientRects().length > 0)"
            + ".map(element => element.textContent.replace(/\\s+/g, ' ').trim()).filter(text => text).join(' ')";
    private static final String OUTCOME_SCRIPT = "(button, before) => { if (!button.isConnected) return {state: 'left'};"
            + " const text = " + VISIBLE_ERRORS + "; return {state: text && text !== before ? 'error' : 'waiting', text}; }";

    private final Page page;
    private final ApplyContext context;
    private final ApplySettings settings;
    private final String host;
    private Optional<SiteAccount> account = Optional.empty();
    private Optional<Instant> createdAt = Optional.empty();
    private Optional<URI> accountPage = Optional.empty();
    private boolean verified;
    private int signIns;

    /**
     * @param host the tenant host the account belongs to ({@code acme.wd5.myworkdayjobs.com}), the vault's key
     */
    public CandidateSignIn(Page page, ApplyContext context, ApplySettings settings, String host) {
        this.page = requireNonNull(page, "page is null");
        this.context = requireNonNull(context, "context is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.host = requireNonNull(host, "host is null");
    }

    /**
     * Acts on the account page the browser shows: creates the account or signs in, or verifies the email. Returns
     * once the page moved on (to the wizard, or back to the account page after a verification link); the caller
     * reads what shows next.
     *
     * @throws NyxException see the class comment; {@link ErrorCode#TIMEOUT} when Workday keeps showing the
     *                      account page after the sign-ins this application may make
     */
    public void enter() {
        accountPage = accountPage.or(() -> Optional.of(URI.create(page.url())));
        if (account.isEmpty()) {
            Optional<SiteAccount> stored = context.accounts().find(host);
            if (stored.isPresent()) {
                if (stored.get().locked()) {
                    throw needsPassword("Nyx stopped using your candidate account on " + host + " after Workday"
                            + " refused it (locked, or a password Nyx does not know).");
                }
                account = stored;
            } else {
                createAndRegister();
                return;
            }
        }
        signIn();
    }

    /** Whether this application has signed in (or registered) at least once. */
    public boolean hasSignedIn() {
        return signIns > 0 || createdAt.isPresent();
    }

    /** The account page's address (the apply mode's page), once it showed. */
    public Optional<URI> accountPage() {
        return accountPage;
    }

    private void createAndRegister() {
        SiteAccount created = context.accounts().create(host);
        account = Optional.of(created);
        createdAt = Optional.of(context.clock().instant());
        context.note("Created a candidate account on " + host + " (stored in the credential vault).");
        type("[data-automation-id=email]:visible", created.email(), "Email Address");
        type("[data-automation-id=password]:visible", created.password().reveal(), "Password");
        type("[data-automation-id=verifyPassword]:visible", created.password().reveal(), "Verify New Password");
        Locator agreement = page.locator("[data-automation-id=createAccountCheckbox]:visible");
        if (agreement.count() > 0 && !agreement.first().isChecked()) {
            agreement.first().check(new Locator.CheckOptions().setTimeout(timeoutMillis()));
        }
        Outcome outcome = press(page.locator(CREATE).first(), "Create Account");
        if (outcome.text().isPresent()) {
            String text = outcome.text().get();
            if (VERIFY.matcher(text).find()) {
                verify();
                return;
            }
            if (DUPLICATE.matcher(text).find()) {
                context.accounts().markLocked(host);
                throw needsPassword("Workday already has a candidate account for your email on " + host + " ('"
                        + text + "'), and the credential vault had no password for it.");
            }
            throw refused("Workday refused to create the candidate account on " + host, text);
        }
        if (WizardScreen.read(page).kind() == WizardScreen.Kind.ACCOUNT) {
            if (VERIFY.matcher(bodyText()).find()) {
                verify();
            } else {
                signIn(); // registered, and Workday wants a sign-in with the new account
            }
        }
    }

    private void signIn() {
        if (signIns >= MAX_SIGN_INS) {
            throw new NyxException(ErrorCode.TIMEOUT, "Workday kept showing the sign-in page of " + host + " after "
                    + signIns + " sign-ins in this application; try again later.");
        }
        signIns++;
        SiteAccount current = account.orElseThrow();
        if (page.locator(SIGN_IN).count() == 0) {
            Locator link = page.locator("[data-automation-id=signInLink]:visible, "
                    + "[data-automation-id=utilityButtonSignIn]:visible").first();
            WorkdayClicks.press(page, link, "Sign In", context.stepTimeout());
            page.locator(SIGN_IN).first().waitFor(new Locator.WaitForOptions().setTimeout(timeoutMillis()));
        }
        type("[data-automation-id=email]:visible", current.email(), "Email Address");
        type("[data-automation-id=password]:visible", current.password().reveal(), "Password");
        Outcome outcome = press(page.locator(SIGN_IN).first(), "Sign In");
        Optional<String> text = outcome.text().or(() -> WizardScreen.read(page).kind() == WizardScreen.Kind.ACCOUNT
                && VERIFY.matcher(bodyText()).find() ? Optional.of(bodyText()) : Optional.empty());
        if (text.isEmpty()) {
            return;
        }
        if (VERIFY.matcher(text.get()).find()) {
            if (verified) {
                throw new NyxException(ErrorCode.TIMEOUT, "Workday still asks to verify the email of your account on "
                        + host + " after its verification link was opened; try again later.");
            }
            verify();
            return;
        }
        if (LOCKED.matcher(text.get()).find()) {
            context.accounts().markLocked(host);
            throw needsPassword("Workday says your candidate account on " + host + " is locked ('" + text.get()
                    + "').");
        }
        if (WRONG_PASSWORD.matcher(text.get()).find()) {
            context.accounts().markLocked(host);
            throw needsPassword("Workday refused the password the credential vault holds for your candidate account"
                    + " on " + host + " ('" + text.get() + "').");
        }
        throw refused("Workday refused the sign-in on " + host, text.get());
    }

    /** Waits for the verification email, opens its link or types its code, then goes back to the account page. */
    private void verify() {
        verified = true;
        Instant since = createdAt.orElseGet(() -> context.clock().instant().minus(Duration.ofDays(1)));
        String linkHost = URI.create(page.url()).getHost();
        context.note("Workday asks to verify the email of the candidate account on " + host + "; waiting for the"
                + " email.");
        Verification verification = context.mailbox().awaitVerification(new VerificationQuery(
                        settings.verificationSender(), linkHost, since, settings.verificationTimeout()))
                .orElseThrow(() -> new NyxException(ErrorCode.TIMEOUT, "Workday's verification email for your"
                        + " account on " + host + " did not arrive within " + settings.verificationTimeout()
                        + " (from " + settings.verificationSender() + "); apply again later."));
        if (verification.link().isPresent()) {
            navigate(verification.link().get().toString(), "the verification link");
            navigate(accountPage.orElseThrow().toString(), "the account page");
        } else {
            Locator code = page.getByLabel(Pattern.compile("(?i)code")).first();
            code.fill(verification.code().orElseThrow(), new Locator.FillOptions().setTimeout(timeoutMillis()));
            Locator button = page.locator("[data-automation-id=verifyButton]:visible, button:visible:has-text(\"Verify\")")
                    .first();
            WorkdayClicks.press(page, button, "Verify", context.stepTimeout());
        }
        context.note("Verified the email of the candidate account on " + host + ".");
    }

    private void navigate(String url, String what) {
        try {
            page.navigate(url, new Page.NavigateOptions().setTimeout(timeoutMillis()));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "Workday's " + what + " did not load within "
                    + context.stepTimeout() + ".", e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "Workday's " + what + " could not be loaded; try again later.", e);
        }
    }

    /** What pressing a submit button led to: the page moved on (empty), or the message it shows. */
    private record Outcome(Optional<String> text) {
    }

    private Outcome press(Locator button, String what) {
        ElementHandle handle = button.elementHandle(new Locator.ElementHandleOptions().setTimeout(timeoutMillis()));
        // a message shown before the press (the sign-in page says why it came back) is not this press's answer
        String before = String.valueOf(page.evaluate("() => " + VISIBLE_ERRORS));
        WorkdayClicks.press(page, button, what, context.stepTimeout());
        Instant deadline = context.clock().instant().plus(context.stepTimeout());
        while (context.clock().instant().isBefore(deadline)) {
            Object raw;
            try {
                raw = handle.evaluate(OUTCOME_SCRIPT, before);
            } catch (PlaywrightException navigated) {
                raw = java.util.Map.of("state", "left");
            }
            if (raw instanceof java.util.Map<?, ?> values) {
                Object state = values.get("state");
                if ("left".equals(state)) {
                    WizardScreen.await(page, context.clock(), context.stepTimeout());
                    return new Outcome(Optional.empty());
                }
                if ("error".equals(state)) {
                    return new Outcome(Optional.of(String.valueOf(values.get("text"))));
                }
            }
            page.waitForTimeout(POLL.toMillis());
        }
        throw new NyxException(ErrorCode.TIMEOUT, "Workday's '" + what + "' on " + host + " showed no result within "
                + context.stepTimeout() + "; try again later.");
    }

    private void type(String selector, String value, String label) {
        try {
            page.locator(selector).first().fill(value, new Locator.FillOptions().setTimeout(timeoutMillis()));
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.FILL_FAILED, "Workday's account page of " + host + " has no usable '"
                    + label + "' field.", e);
        }
    }

    private String bodyText() {
        try {
            return page.locator("body").innerText(new Locator.InnerTextOptions().setTimeout(timeoutMillis()));
        } catch (PlaywrightException e) {
            return "";
        }
    }

    private NyxException needsPassword(String what) {
        return new NyxException(ErrorCode.INPUT_REQUIRED, what + " Sign in on the site yourself (\"Forgot your"
                + " password?\" resets it; a locked account is unlocked the same way or by the employer), store the"
                + " password with `nyx credentials set " + host + " --email <your email>`, then apply again.");
    }

    private static NyxException refused(String what, String text) {
        if (WENT_WRONG.matcher(text).find()) {
            return new NyxException(ErrorCode.NETWORK, what + ": '" + text + "'; try again later.");
        }
        return new NyxException(ErrorCode.FORM_REJECTED, what + ": '" + text + "'.");
    }

    private double timeoutMillis() {
        return context.stepTimeout().toMillis();
    }
}
