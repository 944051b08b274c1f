package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked exception Nyx and its plugins throw. Its code decides retries and what the user
 * is told: a host {@link ErrorCode}, or a plugin's own {@link ErrorCodeSupplier} that refines one. The
 * message names the input and what to do, and never carries secrets or sensitive profile fields.
 */
public class NyxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCodeSupplier code;

    public NyxException(ErrorCodeSupplier code, String message) {
        super(message);
        this.code = requireNonNull(code, "code is null");
    }

    public NyxException(ErrorCodeSupplier code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
    }

    /** The host code: the thrown code itself, or the host code a plugin's own code refines. */
    public ErrorCode code() {
        return code.hostCode();
    }

    /** The code as thrown, which may be a plugin's own. */
    public ErrorCodeSupplier errorCode() {
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
        String name = code.name().equals(code.hostCode().name()) ? code.name()
                : code.name() + " (" + code.hostCode() + ")";
        return getClass().getSimpleName() + "[" + name + "]: " + getMessage();
    }
}
