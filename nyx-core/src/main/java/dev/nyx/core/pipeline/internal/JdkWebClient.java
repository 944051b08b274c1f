package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link WebClient} on the JDK {@link HttpClient}: every URL (and every redirect, which it follows
 * itself so each hop is checked) passes the {@link UrlPolicy}; connections time out after
 * {@code network.connectTimeout} (default 5 s) and each request, from sending to the whole body, after
 * {@code network.requestTimeout} (default 10 s), so a host that accepts and never answers costs an adapter
 * seconds, not a step time-out, before it falls back to the page. Requests carry the configured user agent.
 * Thread-safe. Public only for wiring.
 */
public final class JdkWebClient implements WebClient {
    private static final int MAX_REDIRECTS = 5;

    private final UrlPolicy policy;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final String userAgent;
    private final HttpClient client;

    @Inject
    public JdkWebClient(UrlPolicy policy, NyxConfig config) {
        this.policy = requireNonNull(policy, "policy is null");
        this.connectTimeout = requireNonNull(config, "config is null").network().connectTimeout();
        this.requestTimeout = config.network().requestTimeout();
        this.userAgent = config.browser().userAgent().orElse("Nyx/0.1 (+https://github.com/nyx)");
        // redirects are followed by hand so that every hop passes the policy
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout)
                .build();
    }

    @Override
    public Response get(URI url, Map<String, String> headers) {
        return send(url, "GET", HttpRequest.BodyPublishers.noBody(), headers, false);
    }

    @Override
    public Response postJson(URI url, String json, Map<String, String> headers) {
        requireNonNull(json, "json is null");
        return send(url, "POST", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), headers, true);
    }

    private Response send(URI url, String method, HttpRequest.BodyPublisher body, Map<String, String> headers,
                          boolean json) {
        requireNonNull(url, "url is null");
        requireNonNull(headers, "headers is null");
        URI target = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            policy.check(target);
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(requestTimeout).method(method, body)
                    .header("User-Agent", userAgent);
            if (json) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            HttpResponse<String> response = exchange(request.build(), target);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent() && !json) {
                target = target.resolve(response.headers().firstValue("location").get());
                continue;
            }
            Map<String, List<String>> lowerCase = new HashMap<>();
            response.headers().map().forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values));
            return new Response(status, lowerCase, response.body() == null ? "" : response.body());
        }
        throw new NyxException(ErrorCode.NETWORK, "More than " + MAX_REDIRECTS + " redirects from '" + url
                + "': the site redirects in a loop; try again later");
    }

    private HttpResponse<String> exchange(HttpRequest request, URI target) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            // the JDK reports some request time-outs as connect time-outs (the HTTP/2 upgrade of a plain
            // connection): name both bounds
            throw new NyxException(ErrorCode.TIMEOUT, "No answer from '" + target + "' in time (network.connectTimeout "
                    + connectTimeout.toMillis() + " ms, network.requestTimeout " + requestTimeout.toMillis()
                    + " ms): the host is slow or does not answer", e);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.NETWORK, "Request to '" + target + "' failed: " + describe(e)
                    + "; check the network (proxy, firewall) and try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.TIMEOUT, "Interrupted while waiting for '" + target + "'", e);
        }
    }

    /**
     * What went wrong, never {@code "null"}: the JDK's connect failures often carry no message
     * ({@code ConnectException}, {@code ClosedChannelException}), so the exception's kind and its
     * causes' messages say it instead.
     */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
                text.append(e == failure ? ": " : " (").append(message.strip()).append(e == failure ? "" : ")");
            }
        }
        return text.toString();
    }
}
