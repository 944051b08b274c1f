package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as a {@link Site} sees it.
 *
 * @param method          HTTP method, upper case
 * @param path            the full decoded request path
 * @param sitePath        the path below the site's mount path, always starting with {@code /}
 * @param query           decoded query parameters
 * @param headers         request headers, names in lower case
 * @param body            the raw body (copied)
 * @param form            the decoded form body (urlencoded or multipart); empty for other bodies
 * @param receivedAt      when the request arrived
 * @param validationError a message from an injected {@link FaultKind#VALIDATION_ERROR} fault: the
 *                        site must refuse the submission and show it on the page
 */
public record ReplicaRequest(String method, String path, String sitePath, FormData query,
                             Map<String, List<String>> headers, byte[] body, FormData form, Instant receivedAt,
                             Optional<String> validationError) {
    public ReplicaRequest {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(sitePath, "sitePath is null");
        requireNonNull(query, "query is null");
        TreeMap<String, List<String>> lowerCase = new TreeMap<>();
        requireNonNull(headers, "headers is null")
                .forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Collections.unmodifiableMap(lowerCase);
        body = requireNonNull(body, "body is null").clone();
        requireNonNull(form, "form is null");
        requireNonNull(receivedAt, "receivedAt is null");
        requireNonNull(validationError, "validationError is null");
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, names compared case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the body was JSON. */
    public boolean isJson() {
        return header("content-type").map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/json"))
                .orElse(false);
    }
}
