package dev.nyx.captcha.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The JDK HTTP client as the solvers need it. Failures become {@link NyxException}s that name the
 * service and host only: request URLs may carry API keys or bot tokens, so neither the URL nor the
 * JDK exception (whose message can quote it) goes into the exception. Thread-safe.
 */
public final class Http {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final String service;

    public Http(String service) {
        this.service = requireNonNull(service, "service is null");
    }

    public String postJson(URI url, String json) {
        return send(HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public String postForm(URI url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /** A GET that may be held open by the server for up to {@code extraWait} (long polling). */
    public String get(URI url, Duration extraWait) {
        return send(HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT.plus(extraWait)).GET().build());
    }

    /** A multipart/form-data POST with text fields and one file. */
    public String postMultipart(URI url, Map<String, String> fields, String fileField, String fileName,
                                String contentType, byte[] bytes) {
        String boundary = "nyx-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + bytes.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(bytes, 0, body, headBytes.length, bytes.length);
        System.arraycopy(tail, 0, body, headBytes.length + bytes.length, tail.length);
        return send(HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private String send(HttpRequest request) {
        String host = request.uri().getHost() + (request.uri().getPort() > 0 ? ":" + request.uri().getPort() : "");
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new NyxException(ErrorCode.NETWORK, service + " at " + host + " answered HTTP "
                        + response.statusCode() + ": try again later");
            }
            return response.body();
        } catch (HttpTimeoutException timedOut) {
            throw new NyxException(ErrorCode.TIMEOUT, service + " at " + host + " did not answer in time");
        } catch (IOException unreachable) {
            // no cause attached: JDK messages may quote the URL, which can hold the key
            throw new NyxException(ErrorCode.NETWORK, service + " at " + host + " could not be reached ("
                    + unreachable.getClass().getSimpleName() + "): check the URL setting and the network");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.TIMEOUT, "interrupted while waiting for " + service);
        }
    }

    /** URL-encodes form fields. */
    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Waits between polls; an interrupt (the host's time-out) ends the solve. */
    public static void pause(Duration interval, String service) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.TIMEOUT, "interrupted while waiting for " + service);
        }
    }
}
