package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link Site} answers.
 *
 * @param status  HTTP status
 * @param headers response headers (Content-Type included)
 * @param body    the body bytes (copied)
 */
public record ReplicaResponse(int status, Map<String, String> headers, byte[] body) {
    public ReplicaResponse {
        headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        body = requireNonNull(body, "body is null").clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public static ReplicaResponse html(int status, String html) {
        return text(status, "text/html; charset=utf-8", html);
    }

    public static ReplicaResponse json(int status, String json) {
        return text(status, "application/json; charset=utf-8", json);
    }

    public static ReplicaResponse text(int status, String contentType, String text) {
        return new ReplicaResponse(status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8));
    }

    public static ReplicaResponse redirect(int status, String location) {
        return new ReplicaResponse(status, Map.of("Location", location, "Content-Type", "text/plain; charset=utf-8"),
                ("Redirecting to " + location).getBytes(StandardCharsets.UTF_8));
    }

    public static ReplicaResponse notFound(String what) {
        return text(404, "text/plain; charset=utf-8", "Not found: " + what);
    }

    /** The same response with one more header. */
    public ReplicaResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ReplicaResponse(status, more, body);
    }
}
