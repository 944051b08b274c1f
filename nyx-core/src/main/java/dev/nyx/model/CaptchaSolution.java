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

    @Override
    public String toString() {
        // tokens are short-lived credentials: keep them out of logs
        return "CaptchaSolution[solver=" + solver + ", costUsd=" + costUsd + "]";
    }
}
