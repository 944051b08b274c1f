package dev.nyx.testkit;

/**
 * One replica site (a Greenhouse board, a Lever page, a CAPTCHA widget, ...) mounted under a path
 * prefix of a {@link ReplicaServer}.
 *
 * <p>The server calls {@link #handle} on its worker threads, concurrently: implementations must be
 * thread-safe. A site decides which requests are submissions and records accepted ones through
 * {@link SiteContext#recorder()}; it must honour {@link ReplicaRequest#validationError()} on its
 * submit endpoints. Unexpected exceptions become a 500 answer.
 */
public interface Site {
    /** A short unique name, used in {@link Submission#site()}. */
    String name();

    /** The path prefix the site is served under, e.g. {@code /greenhouse/classic}; no trailing slash. */
    String mountPath();

    /** Answers one request whose path starts with {@link #mountPath()}. */
    ReplicaResponse handle(ReplicaRequest request, SiteContext context);
}
