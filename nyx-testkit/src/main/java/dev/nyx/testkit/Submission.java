package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One application a replica site accepted: what the browser (or API client) sent, after the
 * site's own validation passed.
 *
 * @param site       the name of the site that accepted it ({@code greenhouse-classic}, ...)
 * @param postingId  the posting the application is for, as the site identifies it
 * @param path       the request path
 * @param method     the HTTP method
 * @param receivedAt when the request arrived (from the server's clock)
 * @param form       form fields as a multi-map and uploaded files; files uploaded earlier through
 *                   a separate upload endpoint are linked in here by the site
 * @param headers    request headers, names in lower case
 * @param jsonBody   the raw body when it was JSON
 */
public record Submission(String site, String postingId, String path, String method, Instant receivedAt,
                         FormData form, Map<String, List<String>> headers, Optional<String> jsonBody) {
    public Submission {
        requireNonNull(site, "site is null");
        requireNonNull(postingId, "postingId is null");
        requireNonNull(path, "path is null");
        requireNonNull(method, "method is null");
        requireNonNull(receivedAt, "receivedAt is null");
        requireNonNull(form, "form is null");
        TreeMap<String, List<String>> lowerCase = new TreeMap<>();
        requireNonNull(headers, "headers is null")
                .forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Collections.unmodifiableMap(lowerCase);
        requireNonNull(jsonBody, "jsonBody is null");
    }

    /** The form fields: name to all values in order. */
    public Map<String, List<String>> fields() {
        return form.fields();
    }

    /** The uploaded files. */
    public List<UploadedFile> files() {
        return form.files();
    }

    /** The first value of a request header, names compared case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
