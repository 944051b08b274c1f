package dev.nyx.spi;

/**
 * An error code a {@link NyxException} carries. The host's own codes are {@link ErrorCode}; a plugin
 * may define codes of its own (an enum implementing this interface) that say more precisely what went
 * wrong on its site, each refining one host code, which decides how the pipeline treats the failure
 * (retry, status, exit code).
 *
 * <pre>{@code
 * enum WorkdayErrors implements ErrorCodeSupplier {
 *     VERIFICATION_EMAIL_MISSING(ErrorCode.ACCOUNT_REQUIRED);
 *     private final ErrorCode hostCode;
 *     WorkdayErrors(ErrorCode hostCode) { this.hostCode = hostCode; }
 *     public ErrorCode hostCode() { return hostCode; }
 * }
 * }</pre>
 */
public interface ErrorCodeSupplier {

    /** A stable upper-case name, shown in failure reasons and records. */
    String name();

    /** The host code this one refines; for an {@link ErrorCode}, itself. */
    ErrorCode hostCode();

    /** How the failure is treated: the host code's kind. */
    default ErrorKind kind() {
        return hostCode().kind();
    }
}
