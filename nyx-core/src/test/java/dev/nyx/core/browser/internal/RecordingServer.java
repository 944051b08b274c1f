package dev.nyx.core.browser.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A tiny web server on 127.0.0.1 for browser tests; records every request it receives (path and
 * headers) so tests assert on what the far side saw.
 */
final class RecordingServer implements AutoCloseable {

    /** One request as received. */
    record Received(String path, String query, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final CountDownLatch releaseHanging = new CountDownLatch(1);

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        received.add(new Received(path, query, Map.copyOf(exchange.getRequestHeaders())));
        switch (path) {
            case "/set-cookie" -> {
                exchange.getResponseHeaders().add("Set-Cookie", "app=" + query + "; Path=/");
                respond(exchange, 200, "<html><body>cookie set</body></html>");
            }
            case "/echo-cookie" -> {
                String cookie = exchange.getRequestHeaders().getFirst("Cookie");
                respond(exchange, 200, "<html><body id='cookie'>" + (cookie == null ? "none" : cookie) + "</body></html>");
            }
            case "/redirect" -> {
                // e.g. /redirect?http://host:port/path
                exchange.getResponseHeaders().add("Location", query);
                exchange.getResponseHeaders().add("Set-Cookie", "hop=" + received.size() + "; Path=/");
                respond(exchange, 302, "");
            }
            case "/gallery" -> {
                StringBuilder html = new StringBuilder("<html><body><h1>Gallery</h1>");
                for (int i = 0; i < Integer.parseInt(query); i++) {
                    html.append("<img src='/img").append(i).append("'>");
                }
                respond(exchange, 200, html.append("</body></html>").toString());
            }
            case "/with-image" -> respond(exchange, 200, "<html><body><h1>Jobs</h1><img src='" + query
                    + "'></body></html>");
            case "/hang" -> {
                try {
                    releaseHanging.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, "late");
            }
            default -> respond(exchange, 200, "<html><head><title>Nyx test page</title></head>"
                    + "<body style='height:3000px'><h1>Apply here</h1><p id='path'>" + path + "</p></body></html>");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        releaseHanging.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
