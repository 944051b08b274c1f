package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked exception Nyx and its plugins throw. Its {@link ErrorCode} decides retries
 * and what the user is told; the message names the input and what to do, and never carries
 * secrets or sensitive profile fields.
 */
public class NyxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public NyxException(ErrorCode code, String message) {
        super(message);
        this.code = requireNonNull(code, "code is null");
    }

    public NyxException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorKind kind() {
        return code.kind();
    }

    public boolean isRetryable() {
        return code.kind().isRetryable();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]: " + getMessage();
    }
}
