package dev.nyx.core.browser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import dev.nyx.core.browser.Browsers;
import dev.nyx.core.browser.ContextRequest;
import dev.nyx.core.browser.Screenshots;
import dev.nyx.core.net.HostResolver;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Chromium against a local server. One {@link Browsers} per policy for the whole class, so
 * each browser starts once.
 */
class PlaywrightBrowsersIT {

    // Test DNS for the strict policy: "localhost" passes as a public host, "refused.test" is loopback
    private static final String REFUSED_HOST = "refused.test";

    private static RecordingServer server;
    private static Browsers permissive;
    private static Browsers strict;
    private static final Screenshots screenshots =
            new Screenshots(Clock.fixed(Instant.parse("2026-11-25T21:00:00Z"), ZoneOffset.UTC));

    @TempDir
    static Path evidence;

    @BeforeAll
    static void startServerAndBrowsers() throws Exception {
        server = new RecordingServer();
        BrowserDiscovery discovery = new BrowserDiscovery(SystemProbe.local());
        permissive = new PlaywrightBrowsers(TestConfigs.config(TestConfigs.browser(Optional.empty()), true, 2),
                new UrlPolicy(true, testResolver()), discovery, screenshots);
        strict = new PlaywrightBrowsers(TestConfigs.config(TestConfigs.browser(Optional.empty()), false, 1),
                new UrlPolicy(false, testResolver()), discovery, screenshots);
    }

    private static HostResolver testResolver() {
        return host -> {
            switch (host) {
                case "localhost":
                    return List.of(InetAddress.getByName("203.0.113.7"));
                case REFUSED_HOST:
                    return List.of(InetAddress.getByName("127.0.0.1"));
                default:
                    throw new UnknownHostException(host);
            }
        };
    }

    @AfterAll
    static void stop() {
        Stream.of(permissive, strict).filter(java.util.Objects::nonNull).forEach(Browsers::close);
        if (server != null) {
            server.close();
        }
    }

    private static String local(String pathAndQuery) {
        return "http://127.0.0.1:" + server.port() + pathAndQuery;
    }

    private static String allowed(String pathAndQuery) {
        return "http://localhost:" + server.port() + pathAndQuery;
    }

    private static String refused(String pathAndQuery) {
        return "http://" + REFUSED_HOST + ":" + server.port() + pathAndQuery;
    }

    private static ContextRequest request(String id) {
        return new ContextRequest(id, Optional.empty());
    }

    @Test
    void should_load_page_when_navigating_to_local_server() {
        // when
        String title = permissive.withContext(request("app-load"), page -> {
            page.navigate(local("/jobs/1"));
            return page.title() + "|" + page.textContent("#path");
        });

        // then
        assertThat(title).isEqualTo("Nyx test page|/jobs/1");
    }

    @Test
    void should_send_user_agent_locale_and_extra_headers_when_configured() {
        // when
        String timezone = permissive.withContext(request("app-headers"), page -> {
            page.navigate(local("/headers"));
            return (String) page.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone");
        });

        // then
        RecordingServer.Received received = server.received("/headers").get(0);
        assertThat(received.header("User-Agent")).isEqualTo("NyxTest/1.0 (like Chrome)");
        assertThat(received.header("Accept-Language")).startsWith("de-DE");
        assertThat(received.header("X-Nyx-Test")).isEqualTo("present");
        assertThat(timezone).isEqualTo("Asia/Tokyo");
    }

    @Test
    void should_keep_cookies_apart_when_applications_use_separate_contexts() {
        // given
        String first = permissive.withContext(request("app-cookie-a"), page -> {
            page.navigate(local("/set-cookie?alpha"));
            page.navigate(local("/echo-cookie"));
            return page.textContent("#cookie");
        });

        // when
        String second = permissive.withContext(request("app-cookie-b"), page -> {
            page.navigate(local("/echo-cookie"));
            return page.textContent("#cookie");
        });

        // then
        assertThat(first).isEqualTo("app=alpha");
        assertThat(second).isEqualTo("none");
    }

    @Test
    void should_close_context_and_save_failure_screenshot_when_work_throws() {
        // given
        CountDownLatch contextClosed = new CountDownLatch(1);
        Path folder = evidence.resolve("app-fails");

        // when
        assertThatThrownBy(() -> permissive.withContext(ContextRequest.of("app-fails", folder), page -> {
            page.context().onClose(context -> contextClosed.countDown());
            page.navigate(local("/before-failure"));
            throw new IllegalArgumentException("adapter bug");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("adapter bug");

        // then
        assertThat(contextClosed.getCount()).isZero();
        assertThat(folder.resolve("failure-20261125T210000.000Z.png")).isNotEmptyFile();
    }

    @Test
    void should_fail_with_timeout_and_close_context_when_step_times_out() {
        CountDownLatch contextClosed = new CountDownLatch(1);

        assertThatThrownBy(() -> permissive.withContext(request("app-slow"), page -> {
            page.context().onClose(context -> contextClosed.countDown());
            return page.navigate(local("/hang"), new Page.NavigateOptions().setTimeout(300));
        })).isInstanceOfSatisfying(NyxException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(e.isRetryable()).isTrue();
        }).hasMessageContaining("app-slow");

        assertThat(contextClosed.getCount()).isZero();
    }

    @Test
    void should_run_two_applications_at_once_when_concurrency_is_two() throws Exception {
        // given: each work waits at the barrier until the other one is inside its own context too
        CyclicBarrier bothInside = new CyclicBarrier(2);

        // when
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> permissive.withContext(
                request("app-parallel-1"), page -> visitAndMeet(page, "/parallel/1", bothInside)));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> permissive.withContext(
                request("app-parallel-2"), page -> visitAndMeet(page, "/parallel/2", bothInside)));

        // then
        assertThat(first.get(60, TimeUnit.SECONDS)).endsWith("/parallel/1");
        assertThat(second.get(60, TimeUnit.SECONDS)).endsWith("/parallel/2");
        assertThat(first.get().split(" ")[0]).isNotEqualTo(second.get().split(" ")[0]);
    }

    private static String visitAndMeet(Page page, String path, CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other application never ran at the same time", e);
        }
        page.navigate(local(path));
        return Thread.currentThread().getName() + " " + page.textContent("#path");
    }

    @Test
    void should_write_full_page_screenshot_and_tolerate_closed_page_when_asked() {
        // when
        List<Optional<Path>> shots = permissive.withContext(request("app-shot"), page -> {
            page.navigate(local("/confirmation"));
            Optional<Path> taken = screenshots.fullPage(page, evidence.resolve("app-shot"), "Confirmation page");
            page.close();
            Optional<Path> afterClose = screenshots.fullPage(page, evidence.resolve("app-shot"), "late");
            return List.of(taken, afterClose);
        });

        // then
        assertThat(shots.get(0)).hasValueSatisfying(file -> {
            assertThat(file.getFileName()).hasToString("confirmation-page-20261125T210000.000Z.png");
            assertThat(file).isNotEmptyFile();
        });
        assertThat(shots.get(1)).isEmpty();
    }

    @Test
    void should_block_redirect_to_refused_address_when_private_addresses_refused() {
        assertThatThrownBy(() -> strict.withContext(request("app-redirect"),
                page -> page.navigate(allowed("/redirect?" + refused("/secret-1")))))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining("'refused.test' resolves to 127.0.0.1")
                .hasMessageContaining("network.allowPrivateAddresses: true");

        assertThat(server.received("/redirect")).isNotEmpty();
        assertThat(server.received("/secret-1")).isEmpty();
    }

    @Test
    void should_block_second_redirect_hop_to_refused_address() {
        // 127.0.0.1 is reachable for the browser: only the guard keeps it from being requested
        String chain = allowed("/redirect?" + allowed("/redirect?" + local("/secret-2")));

        assertThatThrownBy(() -> strict.withContext(request("app-chain"), page -> page.navigate(chain)))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining("host 127.0.0.1 is a loopback address");

        assertThat(server.received("/redirect")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(server.received("/secret-2")).isEmpty();
    }

    @Test
    void should_follow_redirect_when_target_is_allowed() {
        String text = strict.withContext(request("app-good-redirect"), page -> {
            page.navigate(allowed("/redirect?" + allowed("/landing")));
            return page.textContent("#path");
        });

        assertThat(text).isEqualTo("/landing");
    }

    @Test
    void should_arrive_with_cookies_of_every_hop_when_redirect_chain_is_allowed() {
        String chain = allowed("/redirect?" + allowed("/redirect?" + allowed("/echo-cookie")));

        String cookies = strict.withContext(request("app-good-chain"), page -> {
            page.navigate(chain);
            return page.url() + " " + page.textContent("#cookie");
        });

        assertThat(cookies).startsWith(allowed("/echo-cookie")).contains("hop=");
    }

    @Test
    void should_refuse_navigation_when_host_is_refused() {
        assertThatThrownBy(() -> strict.withContext(request("app-direct"), page -> page.navigate(refused("/secret-3"))))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining(refused("/secret-3"));

        assertThat(server.received("/secret-3")).isEmpty();
    }

    @Test
    void should_block_sub_request_to_refused_address_but_load_page() {
        String heading = strict.withContext(request("app-image"), page -> {
            page.navigate(allowed("/with-image?" + local("/pixel")));
            return page.textContent("h1");
        });

        assertThat(heading).isEqualTo("Jobs");
        assertThat(server.received("/with-image")).isNotEmpty();
        assertThat(server.received("/pixel")).isEmpty();
    }

    @Test
    void should_refuse_nested_call_when_made_from_inside_work() {
        assertThatThrownBy(() -> strict.withContext(request("app-outer"),
                page -> strict.withContext(request("app-inner"), inner -> "never")))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE))
                .hasMessageContaining("not nested");
    }

    @Test
    void should_explain_how_to_install_when_no_browser_is_found() {
        BrowserDiscovery nothingInstalled = new BrowserDiscovery(new FakeSystemProbe());

        assertThatThrownBy(() -> new PlaywrightBrowsers(TestConfigs.config(TestConfigs.browser(Optional.empty()), true, 1),
                new UrlPolicy(true, testResolver()), nothingInstalled, screenshots))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BROWSER_NOT_FOUND))
                .hasMessageContaining("apt-get install -y chromium chromium-headless-shell")
                .hasMessageContaining("browser.executablePath");
    }

    @Test
    void should_refuse_work_when_closed() throws Exception {
        // given
        Browsers browsers = new PlaywrightBrowsers(TestConfigs.config(TestConfigs.browser(Optional.empty()), true, 1),
                new UrlPolicy(true, testResolver()), new BrowserDiscovery(SystemProbe.local()), screenshots);

        // when
        browsers.close();

        // then
        assertThatThrownBy(() -> browsers.withContext(request("app-late"), Page::title))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE))
                .hasMessageContaining("closed");
    }

    @Test
    void should_fail_as_network_error_when_allowed_server_is_unreachable() throws Exception {
        // given: a port nobody listens on
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://localhost:" + closedPort + "/jobs";

        // when / then
        assertThatThrownBy(() -> strict.withContext(request("app-unreachable"), page -> page.navigate(url)))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NETWORK);
                    assertThat(e.isRetryable()).isTrue();
                })
                .hasMessageContaining("app-unreachable");
    }

    @Test
    void should_name_executable_when_browser_does_not_start() {
        // given: an executable that is no browser
        Browsers broken = new PlaywrightBrowsers(
                TestConfigs.config(TestConfigs.browser(Optional.of(Path.of("/bin/false"))), true, 1),
                new UrlPolicy(true, testResolver()), new BrowserDiscovery(SystemProbe.local()), screenshots);

        // when / then
        try (broken) {
            assertThatThrownBy(() -> broken.withContext(request("app-no-browser"), Page::title))
                    .isInstanceOfSatisfying(NyxException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.BROWSER_LAUNCH_FAILED))
                    .hasMessageContaining("'/bin/false'")
                    .hasMessageContaining("browser.executablePath");
        }
    }
}
