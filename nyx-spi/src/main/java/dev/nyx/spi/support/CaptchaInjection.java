package dev.nyx.spi.support;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;

/**
 * What {@link CaptchaInjector} did on a page, summed over its frames.
 *
 * @param fieldsFilled     response fields that now hold the token
 * @param callbacksInvoked widget callbacks run with the token
 * @param apisHooked       widget APIs ({@code grecaptcha}, {@code hcaptcha}, {@code turnstile}) told to
 *                         answer the token (for reCAPTCHA v3: {@code execute} resolves to it)
 */
public record CaptchaInjection(int fieldsFilled, int callbacksInvoked, int apisHooked) {
    public CaptchaInjection {
        if (fieldsFilled < 0 || callbacksInvoked < 0 || apisHooked < 0) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "injection counts must not be negative, got "
                    + fieldsFilled + ", " + callbacksInvoked + ", " + apisHooked);
        }
    }
}
