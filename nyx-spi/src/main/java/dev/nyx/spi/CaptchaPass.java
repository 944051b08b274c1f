package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

/**
 * What {@link ApplyContext#passCaptchas()} ended with.
 *
 * @param cleared whether every challenge on the page was solved (or there was none)
 * @param reason  why not, for people (the solvers' error codes, never a key); empty when cleared
 */
public record CaptchaPass(boolean cleared, String reason) {
    public CaptchaPass {
        requireNonNull(reason, "reason is null");
        if (!cleared && reason.isBlank()) {
            throw new IllegalArgumentException("a refused pass needs a reason");
        }
    }

    /** Nothing is left to solve on the page. */
    public static CaptchaPass clearedPass() {
        return new CaptchaPass(true, "");
    }

    /** No solver cleared the page's challenge, for {@code reason}. */
    public static CaptchaPass refused(String reason) {
        return new CaptchaPass(false, reason);
    }

    /**
     * Goes on quietly when cleared; otherwise throws {@link ErrorCode#CAPTCHA_UNSOLVED} with the reason,
     * which the pipeline records as the site holding the submission back for a CAPTCHA.
     */
    public void orThrow() {
        if (!cleared) {
            throw new NyxException(ErrorCode.CAPTCHA_UNSOLVED, reason);
        }
    }
}
