package dev.nyx.testkit;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A real {@link WebClient} over the JDK {@link HttpClient}, for adapter tests against the replicas
 * (it allows loopback addresses, which the host's client refuses unless configured). Only http(s);
 * statuses are returned, time-outs throw {@link ErrorCode#TIMEOUT}, I/O failures
 * {@link ErrorCode#NETWORK}. Thread-safe.
 */
public final class JdkWebClient implements WebClient {
    private final HttpClient client;
    private final Duration timeout;

    public JdkWebClient(Duration timeout) {
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Response get(URI url, Map<String, String> headers) {
        return send(request(url, headers).GET().build());
    }

    @Override
    public Response postJson(URI url, String json, Map<String, String> headers) {
        requireNonNull(json, "json is null");
        return send(request(url, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(URI url, Map<String, String> headers) {
        requireNonNull(url, "url is null");
        requireNonNull(headers, "headers is null");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new NyxException(ErrorCode.INVALID_URL, "Only http(s) URLs can be fetched, not '" + url + "'.");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "nyx-testkit");
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            return new Response(response.statusCode(), headers, response.body() == null ? "" : response.body());
        } catch (HttpTimeoutException e) {
            throw new NyxException(ErrorCode.TIMEOUT, request.method() + " " + request.uri() + " took longer than "
                    + timeout.toMillis() + " ms.", e);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.NETWORK, request.method() + " " + request.uri() + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.NETWORK, request.method() + " " + request.uri() + " was interrupted.", e);
        }
    }
}
