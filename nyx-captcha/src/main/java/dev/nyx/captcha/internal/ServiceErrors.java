package dev.nyx.captcha.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;

/**
 * Maps a CAPTCHA service's own error code to a {@link NyxException}: retryable for no slot / not
 * ready / too many requests, permanent for wrong key, zero balance and unsolvable. The service's
 * code is always in the message.
 */
public final class ServiceErrors {
    private ServiceErrors() {
    }

    /**
     * @param service     the service's name
     * @param code        its error code, e.g. {@code ERROR_ZERO_BALANCE}
     * @param description its description (may be empty); secrets are removed by the caller
     * @param keyVariable the environment variable holding the key, for the "what to do" part
     */
    public static NyxException toException(String service, String code, String description, String keyVariable) {
        String said = service + " answered " + code + (description.isBlank() ? "" : " (" + description + ")");
        return switch (code) {
            case "ERROR_NO_SLOT_AVAILABLE", "ERROR_TOO_MUCH_REQUESTS", "CAPCHA_NOT_READY", "ERROR_SERVICE_UNAVALIABLE" ->
                    new NyxException(ErrorCode.RATE_LIMITED, said + ": the service is busy; try again shortly");
            case "ERROR_KEY_DOES_NOT_EXIST", "ERROR_WRONG_USER_KEY", "ERROR_KEY_DENIED_ACCESS", "ERROR_IP_NOT_ALLOWED" ->
                    new NyxException(ErrorCode.INVALID_CONFIGURATION, said + ": check the API key in " + keyVariable
                            + " or plugins.settings.captcha");
            case "ERROR_ZERO_BALANCE" -> new NyxException(ErrorCode.CAPTCHA_SERVICE_FAILED,
                    said + ": top up the account or let the next solver try");
            case "ERROR_CAPTCHA_UNSOLVABLE" -> new NyxException(ErrorCode.CAPTCHA_UNSOLVED,
                    said + ": its workers could not solve it");
            default -> new NyxException(ErrorCode.CAPTCHA_SERVICE_FAILED, said);
        };
    }

    /** {@code text} with every occurrence of {@code secret} replaced. */
    public static String redact(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "****");
    }
}
