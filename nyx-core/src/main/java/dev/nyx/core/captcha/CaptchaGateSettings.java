package dev.nyx.core.captcha;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the {@link CaptchaGate} uses the solvers.
 *
 * @param order        solver names in the order to try them; solvers not named are not used
 * @param totalTimeout how long one gate pass may take over all solvers; no new solver starts after it
 * @param maxCostUsd   the most one application may spend on CAPTCHAs; no new solver starts once reached
 * @param handoff      the name of the human hand-off solver (e.g. {@code telegram}), if one is configured:
 *                     when every solver fails, the application then waits for the candidate
 *                     ({@code NEEDS_INPUT}) instead of failing
 */
public record CaptchaGateSettings(List<String> order, Duration totalTimeout, BigDecimal maxCostUsd,
                                  Optional<String> handoff) {
    public CaptchaGateSettings {
        order = List.copyOf(requireNonNull(order, "order is null"));
        requireNonNull(totalTimeout, "totalTimeout is null");
        requireNonNull(maxCostUsd, "maxCostUsd is null");
        requireNonNull(handoff, "handoff is null");
        if (order.isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "captcha.order is empty: name at least one solver, e.g. [2captcha, telegram]");
        }
        if (totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "captcha.totalTimeout is " + totalTimeout
                    + ": give a positive duration such as PT5M");
        }
        if (maxCostUsd.signum() < 0) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "captcha.maxCostUsd is " + maxCostUsd
                    + ": give 0 or more (USD per application)");
        }
    }

    /** Token services first (cheapest tried first), then the Telegram hand-off; 5 minutes, 5 cents. */
    public static CaptchaGateSettings defaults() {
        return of(NyxConfig.Captcha.defaults());
    }

    /** The settings of the configuration's {@code captcha:} section. */
    public static CaptchaGateSettings of(NyxConfig.Captcha captcha) {
        requireNonNull(captcha, "captcha is null");
        return new CaptchaGateSettings(captcha.order(), captcha.totalTimeout(), captcha.maxCostUsd(), captcha.handoff());
    }
}
