package dev.nyx.testkit.captcha;

/** How a CAPTCHA-service emulator can be told to fail, with the service's own error code. */
public enum ServiceFailure {
    /** Every key is refused ({@code ERROR_KEY_DOES_NOT_EXIST}; classic: {@code ERROR_WRONG_USER_KEY}). */
    BAD_KEY("ERROR_KEY_DOES_NOT_EXIST"),
    /** The account has no money left. */
    ZERO_BALANCE("ERROR_ZERO_BALANCE"),
    /** No worker is free right now: a retryable refusal on create. */
    NO_SLOT("ERROR_NO_SLOT_AVAILABLE"),
    /** The task is accepted, then reported as unsolvable. */
    UNSOLVABLE("ERROR_CAPTCHA_UNSOLVABLE"),
    /** The task is accepted and stays {@code processing} / {@code CAPCHA_NOT_READY} for ever. */
    NEVER_READY("CAPCHA_NOT_READY");

    private final String code;

    ServiceFailure(String code) {
        this.code = code;
    }

    /** The error code the service reports. */
    public String code() {
        return code;
    }
}
