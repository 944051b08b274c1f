package dev.nyx.spi.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One Playwright, one headless Chromium and one fixture server per test class; a fresh context and
 * page per test. The server serves the fixture pages, a city suggestion service, an upload endpoint
 * that records what it received, and a form endpoint ({@code /form-post}) that records every post and
 * answers with {@link #submitReply}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserFixture {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final List<String[]> CITIES = List.of(
            new String[] {"Berlingen, Switzerland", "47.67"},
            new String[] {"Berlin, Germany", "52.52"},
            new String[] {"Berlin, New Hampshire, United States", "44.47"},
            new String[] {"Bern, Switzerland", "46.95"});

    private Playwright playwright;
    private Browser browser;
    private HttpServer server;
    private BrowserContext context;
    /** A page thanking for the application, what {@code /form-post} answers unless a test says otherwise. */
    static final String THANK_YOU = "<!doctype html><html><head><title>Application received</title></head>"
            + "<body><h1>Thank you for applying!</h1><p>We will be in touch.</p></body></html>";

    /** Sizes of the request bodies the upload endpoint received. */
    final List<Integer> uploads = new CopyOnWriteArrayList<>();
    /** The bodies the form endpoint received, one per post. */
    final List<String> submissions = new CopyOnWriteArrayList<>();
    /** The page {@code /form-post} answers with. */
    volatile String submitReply = THANK_YOU;
    Page page;

    @BeforeAll
    void startBrowserAndServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serveFixture);
        server.createContext("/suggest", this::suggest);
        server.createContext("/api/upload", this::upload);
        server.createContext("/form-post", this::submit);
        server.start();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/lib/chromium/chromium-headless-shell"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    void stopBrowserAndServer() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
        uploads.clear();
        submissions.clear();
        submitReply = THANK_YOU;
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Opens a fixture page and returns helpers for it. */
    FormFiller open(String fixture) {
        page.navigate(url(fixture));
        return FormFiller.forPage(page, TIMEOUT);
    }

    /** The address of a fixture page (or endpoint). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private void serveFixture(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(1);
        try (InputStream in = BrowserFixture.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null || name.contains("..")) {
                respond(exchange, 404, "text/plain", "not found");
                return;
            }
            String type = name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8";
            respond(exchange, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void suggest(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String typed = query == null ? "" : URLDecoder.decode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8);
        String json = CITIES.stream()
                .filter(city -> !typed.isEmpty() && city[0].toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT)))
                .map(city -> "{\"name\":\"" + city[0] + "\",\"lat\":\"" + city[1] + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        respond(exchange, 200, "application/json", json);
    }

    private void upload(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        uploads.add(body.length);
        respond(exchange, 200, "application/json", "{\"url\":\"https://uploads.example/r/" + body.length + "\"}");
    }

    private void submit(HttpExchange exchange) throws IOException {
        submissions.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
        respond(exchange, 200, "text/html; charset=utf-8", submitReply);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
