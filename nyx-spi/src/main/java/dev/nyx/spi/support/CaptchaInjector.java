package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.model.CaptchaSolution;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a solver's token where each widget expects it, in the page and all its frames, and runs the
 * widget's callback (ATS-NOTES 5.2): every {@code g-recaptcha-response} field for reCAPTCHA (plus
 * the callback found through {@code data-callback} or in {@code ___grecaptcha_cfg.clients}; for v3,
 * {@code grecaptcha.execute} then resolves to the token), {@code h-captcha-response} and
 * {@code g-recaptcha-response} for hCaptcha, {@code cf-turnstile-response} for Turnstile.
 *
 * <p>Called by the CAPTCHA gate right before the submit click. Stateless and thread-safe (one
 * thread per {@link Page} at a time). Never logs the token.
 */
public final class CaptchaInjector {
    private static final Logger LOG = LoggerFactory.getLogger(CaptchaInjector.class);

    /** Injects a solution for a detected challenge. */
    public CaptchaInjection inject(Page page, CaptchaChallenge challenge, CaptchaSolution solution) {
        requireNonNull(challenge, "challenge is null");
        requireNonNull(solution, "solution is null");
        return inject(page, challenge.kind(), solution.token());
    }

    /**
     * Injects {@code token} for every widget of {@code kind}.
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} for a blank token;
     *                      {@link ErrorCode#CAPTCHA_UNSOLVED} when no frame has a widget of that kind
     *                      (the page changed since detection: detect again)
     */
    public CaptchaInjection inject(Page page, CaptchaKind kind, String token) {
        requireNonNull(page, "page is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(token, "token is null");
        if (token.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "the CAPTCHA token is blank: the solver returned nothing");
        }
        int filled = 0;
        int callbacks = 0;
        int hooked = 0;
        for (Frame frame : page.frames()) {
            if (frame.isDetached() || !frame.url().startsWith("http")) {
                continue;
            }
            try {
                Object result = frame.evaluate(CaptchaScripts.INJECT, Map.of("kind", kind.name(), "token", token));
                if (result instanceof Map<?, ?> counts) {
                    filled += count(counts.get("filled"));
                    callbacks += count(counts.get("callbacks"));
                    hooked += count(counts.get("hooked"));
                }
            } catch (PlaywrightException frameGone) {
                LOG.debug("skipped frame {} while injecting a {} token: {}", frame.url(), kind,
                        frameGone.getMessage().replace(token, "<token>"));
            }
        }
        if (filled == 0 && callbacks == 0 && hooked == 0) {
            throw new NyxException(ErrorCode.CAPTCHA_UNSOLVED, "no " + kind + " widget on " + page.url()
                    + " took the token: the page changed since detection; detect the CAPTCHA again");
        }
        LOG.debug("injected a {} token on {}: {} field(s), {} callback(s), {} API hook(s)", kind, page.url(),
                filled, callbacks, hooked);
        return new CaptchaInjection(filled, callbacks, hooked);
    }

    private static int count(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }
}
