package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.internal.MultipartParser;
import dev.nyx.testkit.internal.UrlEncodedParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddable web server on {@code 127.0.0.1} that hosts replica {@link Site}s, records what
 * they accept and applies injected {@link Fault}s.
 *
 * <p>Tests create one per test class (or per test) and close it. All methods are thread-safe;
 * requests are served on a small pool of daemon threads. Sites may be mounted while it runs.
 */
public final class ReplicaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaServer.class);
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final HttpServer httpServer;
    private final ExecutorService workers;
    private final Clock clock;
    private final URI baseUrl;
    private final List<Site> sites = new CopyOnWriteArrayList<>();
    private final SubmissionRecorder recorder = new SubmissionRecorder();
    private final FaultInjector faults = new FaultInjector();
    // released on close so delayed requests end at once instead of holding the shutdown
    private final CountDownLatch closing = new CountDownLatch(1);

    private ReplicaServer(int port, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        if (port < 0 || port > 65535) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "replica server port must be 0 (any free port) or 1..65535, got " + port);
        }
        try {
            httpServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException bindFailed) {
            throw new NyxException(ErrorCode.NETWORK, "cannot listen on 127.0.0.1:" + port
                    + "; choose another port or 0 for any free port", bindFailed);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        workers = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "nyx-replica-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        httpServer.setExecutor(workers);
        httpServer.createContext("/", this::serve);
        httpServer.start();
        baseUrl = URI.create("http://127.0.0.1:" + httpServer.getAddress().getPort());
        LOG.debug("replica server listening on {}", baseUrl);
    }

    /** Starts a server on a free port with the system clock. */
    public static ReplicaServer start() {
        return start(0, Clock.systemUTC());
    }

    /** Starts a server on {@code port} (0 = any free port) with the given clock. */
    public static ReplicaServer start(int port, Clock clock) {
        return new ReplicaServer(port, clock);
    }

    /**
     * Serves a site under its mount path.
     *
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when the mount path is taken or malformed
     */
    public ReplicaServer mount(Site site) {
        requireNonNull(site, "site is null");
        String mountPath = site.mountPath();
        if (!mountPath.startsWith("/") || mountPath.endsWith("/")) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "site '" + site.name() + "' has mount path '"
                    + mountPath + "'; it must start with '/' and not end with '/', e.g. /greenhouse/classic");
        }
        synchronized (sites) {
            for (Site mounted : sites) {
                if (mounted.mountPath().equals(mountPath) || mounted.name().equals(site.name())) {
                    throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "site '" + site.name() + "' at "
                            + mountPath + " clashes with mounted site '" + mounted.name() + "' at "
                            + mounted.mountPath() + "; give each site its own name and mount path");
                }
            }
            sites.add(site);
        }
        return this;
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:41234}, without trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The absolute URL of a server path. */
    public URI url(String path) {
        return URI.create(baseUrl + path);
    }

    public SubmissionRecorder recorder() {
        return recorder;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Shortcut for {@code recorder().submissions()}. */
    public List<Submission> submissions() {
        return recorder.submissions();
    }

    @Override
    public void close() {
        closing.countDown();
        httpServer.stop(0);
        workers.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            ReplicaResponse response;
            try {
                response = answer(exchange);
            } catch (NyxException badRequest) {
                LOG.debug("replica refused {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
                        badRequest.getMessage());
                response = ReplicaResponse.text(400, "text/plain; charset=utf-8", badRequest.getMessage());
            } catch (RuntimeException bug) {
                LOG.warn("replica site failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), bug);
                response = ReplicaResponse.text(500, "text/plain; charset=utf-8", "replica site failed: " + bug);
            }
            write(exchange, response);
        } finally {
            exchange.close();
        }
    }

    private ReplicaResponse answer(HttpExchange exchange) throws IOException {
        Instant receivedAt = clock.instant();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        byte[] body = readBody(exchange.getRequestBody());
        Optional<String> validationError = Optional.empty();
        for (Fault fault : faults.take(method, path)) {
            switch (fault.kind()) {
                case DELAY -> awaitDelay(fault.delay());
                case STATUS -> {
                    return faultStatus(fault);
                }
                case REDIRECT -> {
                    return ReplicaResponse.redirect(302, fault.location().orElseThrow());
                }
                case VALIDATION_ERROR -> validationError = fault.message();
            }
        }
        Optional<Site> site = siteFor(path);
        if (site.isEmpty()) {
            return ReplicaResponse.notFound(path + " (no replica site is mounted there)");
        }
        String mountPath = site.get().mountPath();
        String sitePath = path.length() == mountPath.length() ? "/" : path.substring(mountPath.length());
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        ReplicaRequest request = new ReplicaRequest(method, path, sitePath,
                UrlEncodedParser.parse(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), body,
                parseForm(contentType, body), receivedAt, validationError);
        return site.get().handle(request, new SiteContext(url(mountPath), recorder, clock));
    }

    private Optional<Site> siteFor(String path) {
        return sites.stream()
                .filter(site -> path.equals(site.mountPath()) || path.startsWith(site.mountPath() + "/"))
                .max(Comparator.comparingInt(site -> site.mountPath().length()));
    }

    private static FormData parseForm(String contentType, byte[] body) {
        if (contentType == null) {
            return FormData.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return MultipartParser.parse(body, MultipartParser.boundary(contentType));
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return UrlEncodedParser.parse(new String(body, StandardCharsets.US_ASCII));
        }
        return FormData.empty();
    }

    private static ReplicaResponse faultStatus(Fault fault) {
        String message = fault.message().orElse("injected fault: HTTP " + fault.status());
        ReplicaResponse response = ReplicaResponse.text(fault.status(), "text/plain; charset=utf-8", message);
        if (fault.retryAfter().isPresent()) {
            long seconds = Math.max(0, (fault.retryAfter().get().toMillis() + 999) / 1000);
            response = response.withHeader("Retry-After", Long.toString(seconds));
        }
        return response;
    }

    private void awaitDelay(Duration delay) {
        try {
            closing.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new NyxException(ErrorCode.FORM_REJECTED,
                    "request body is larger than " + MAX_BODY_BYTES + " bytes; send smaller files");
        }
        return body;
    }

    private static void write(HttpExchange exchange, ReplicaResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        boolean noBody = "HEAD".equalsIgnoreCase(exchange.getRequestMethod()) || response.status() == 204
                || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : (body.length == 0 ? -1 : body.length));
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
