package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.internal.PathGlob;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A misbehaviour the {@link ReplicaServer} applies to requests whose path matches a glob
 * ({@code *} stays within one path segment, {@code **} spans segments), e.g.
 * {@code /greenhouse/classic/acme/jobs/*}. Build one with the factories, then narrow it with
 * {@link #forMethod} and {@link #once}.
 *
 * @param pathGlob   which request paths it applies to
 * @param method     the HTTP method it applies to; any when empty
 * @param kind       what it does
 * @param delay      for {@link FaultKind#DELAY}: how long to wait
 * @param status     for {@link FaultKind#STATUS}: the status code; 302 for redirects
 * @param retryAfter for a 429 or 503: the {@code Retry-After} value
 * @param location   for {@link FaultKind#REDIRECT}: where to
 * @param message    for {@link FaultKind#VALIDATION_ERROR} and {@link FaultKind#STATUS}: the text shown
 * @param oneShot    whether it applies to the first matching request only
 */
public record Fault(String pathGlob, Optional<String> method, FaultKind kind, Duration delay, int status,
                    Optional<Duration> retryAfter, Optional<String> location, Optional<String> message,
                    boolean oneShot) {
    public Fault {
        requireNonNull(pathGlob, "pathGlob is null");
        requireNonNull(method, "method is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(delay, "delay is null");
        requireNonNull(retryAfter, "retryAfter is null");
        requireNonNull(location, "location is null");
        requireNonNull(message, "message is null");
        if (!pathGlob.startsWith("/")) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "fault path glob '" + pathGlob + "' must start with '/', e.g. /greenhouse/classic/**");
        }
        if (delay.isNegative()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "fault delay must not be negative, got " + delay);
        }
        if (status < 100 || status > 599) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "fault status must be an HTTP status between 100 and 599, got " + status);
        }
        method = method.map(name -> name.toUpperCase(Locale.ROOT));
    }

    /** Waits {@code delay} before serving matching requests. */
    public static Fault delay(String pathGlob, Duration delay) {
        return new Fault(pathGlob, Optional.empty(), FaultKind.DELAY, delay, 200, Optional.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    /** Answers matching requests with {@code status} and a short plain-text body. */
    public static Fault status(String pathGlob, int status) {
        return new Fault(pathGlob, Optional.empty(), FaultKind.STATUS, Duration.ZERO, status, Optional.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    /** Answers matching requests with 429 Too Many Requests and {@code Retry-After} in whole seconds. */
    public static Fault tooManyRequests(String pathGlob, Duration retryAfter) {
        return new Fault(pathGlob, Optional.empty(), FaultKind.STATUS, Duration.ZERO, 429,
                Optional.of(retryAfter), Optional.empty(), Optional.empty(), false);
    }

    /** Redirects matching requests to {@code location} (absolute or server-relative). */
    public static Fault redirect(String pathGlob, String location) {
        return new Fault(pathGlob, Optional.empty(), FaultKind.REDIRECT, Duration.ZERO, 302, Optional.empty(),
                Optional.of(requireNonNull(location, "location is null")), Optional.empty(), false);
    }

    /** Makes the site answer a matching form submission with {@code message} shown on the page. */
    public static Fault validationError(String pathGlob, String message) {
        return new Fault(pathGlob, Optional.empty(), FaultKind.VALIDATION_ERROR, Duration.ZERO, 200,
                Optional.empty(), Optional.empty(), Optional.of(requireNonNull(message, "message is null")), false);
    }

    /** The same fault, limited to one HTTP method. */
    public Fault forMethod(String httpMethod) {
        return new Fault(pathGlob, Optional.of(httpMethod), kind, delay, status, retryAfter, location, message,
                oneShot);
    }

    /** The same fault, applied to the first matching request only. */
    public Fault once() {
        return new Fault(pathGlob, method, kind, delay, status, retryAfter, location, message, true);
    }

    /** Whether the fault applies to a request. */
    public boolean matches(String requestMethod, String path) {
        return method.map(expected -> expected.equalsIgnoreCase(requestMethod)).orElse(true)
                && PathGlob.matches(pathGlob, path);
    }
}
