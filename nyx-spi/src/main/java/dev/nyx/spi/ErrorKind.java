package dev.nyx.spi;

/** The class of a failure; decides retries and what the user is told. */
public enum ErrorKind {
    /** May work later: time-outs, 5xx, rate limits. Retried with back-off. */
    TRANSIENT,
    /** A site or service refuses to go on (CAPTCHA, daily limit, account wall); needs a person or a different route. */
    BLOCKED,
    /** Will not work however often it is tried: posting gone, form rejected. */
    PERMANENT,
    /** Nyx is set up wrongly: fix the configuration, the plugin or the installation. */
    CONFIGURATION,
    /** The caller gave something invalid: fix the input. */
    BAD_INPUT;

    public boolean isRetryable() {
        return this == TRANSIENT;
    }
}
