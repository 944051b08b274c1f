package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTTP for adapters that read a site's public JSON API (Greenhouse job board, Lever
 * postings, Workday CXS) instead of, or before, the page. The host applies the same network
 * rules as for the browser (only http(s), no private addresses unless allowed), a time-out and
 * its user agent; adapters never open their own connections.
 *
 * <p>Implementations are thread-safe. Network failures and time-outs throw {@link NyxException}
 * ({@link ErrorCode#NETWORK}, {@link ErrorCode#TIMEOUT}); a refused URL throws
 * {@link ErrorCode#INVALID_URL} or {@link ErrorCode#ADDRESS_NOT_ALLOWED}. HTTP error statuses
 * are returned, not thrown: the adapter decides what a 404 means.
 */
public interface WebClient {

    /** Sends a GET and returns the response, whatever its status. */
    Response get(URI url, Map<String, String> headers);

    /** Sends a POST with a JSON body and returns the response, whatever its status. */
    Response postJson(URI url, String json, Map<String, String> headers);

    /**
     * One HTTP response.
     *
     * @param status  the status code
     * @param headers response headers, names in lower case
     * @param body    the body as text (UTF-8 unless the response says otherwise)
     */
    record Response(int status, Map<String, List<String>> headers, String body) {
        public Response {
            headers = Map.copyOf(headers);
            requireNonNull(body, "body is null");
        }

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }
}
