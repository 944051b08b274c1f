package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A solved CAPTCHA.
 *
 * @param token    the response token to inject
 * @param solver   the solver's name
 * @param costUsd  what the service charged
 */
public record CaptchaSolution(String token, String solver, BigDecimal costUsd) {
    public CaptchaSolution {
        requireNonNull(token, "token is null");
        requireNonNull(solver, "solver is null");
        requireNonNull(costUsd, "costUsd is null");
    }

    /**
     * A person solved the CAPTCHA in the (headed) browser and said so: there is no token to inject.
     *
     * @param solver the solver's name
     */
    public static CaptchaSolution solvedInBrowser(String solver) {
        return new CaptchaSolution("", solver, BigDecimal.ZERO);
    }

    /** Whether there is a token to inject ({@code false} after {@link #solvedInBrowser}). */
    public boolean hasToken() {
        return !token.isEmpty();
    }

    @Override
    public String toString() {
        // tokens are short-lived credentials: keep them out of logs
        return "CaptchaSolution[solver=" + solver + ", costUsd=" + costUsd + "]";
    }
}
