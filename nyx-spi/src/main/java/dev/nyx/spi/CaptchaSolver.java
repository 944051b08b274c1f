package dev.nyx.spi;

import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.model.CaptchaSolution;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Solves CAPTCHAs for the CAPTCHA gate, which asks solvers in configured order until one
 * returns a token.
 *
 * <p>Called from a Nyx worker thread behind a guard with a time-out; instances are shared and
 * must be thread-safe. Throws {@link NyxException}: {@link ErrorKind#TRANSIENT} when trying
 * again may work (no slot, not ready in time), otherwise with the service's own error code in
 * the message (never the API key).
 */
public interface CaptchaSolver extends ExtensionPoint {

    /** A short name for configuration and logs ("2captcha", "telegram"). */
    String name();

    /** The widgets this solver can solve. */
    Set<CaptchaKind> kinds();

    CaptchaSolution solve(CaptchaChallenge challenge);

    /**
     * Whether this solver is set up to work (e.g. its service has an API key). The CAPTCHA gate
     * skips disabled solvers without calling them. Defaults to {@code true}.
     */
    default boolean isEnabled() {
        return true;
    }
}
