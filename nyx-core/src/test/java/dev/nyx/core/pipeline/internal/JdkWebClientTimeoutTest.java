package dev.nyx.core.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.nyx.core.TestConfigs;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's web client bounds every call by {@code network.requestTimeout}, not by the step time-out:
 * a black-holed API host (it accepts the connection and never answers) costs an adapter that much before
 * it falls back to the page.
 */
class JdkWebClientTimeoutTest {
    @TempDir
    Path folder;

    private ServerSocket blackHole;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void openBlackHole() throws IOException {
        blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            try {
                while (!blackHole.isClosed()) {
                    accepted.add(blackHole.accept()); // read nothing, answer nothing, keep it open
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "black-hole");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void closeBlackHole() throws IOException {
        blackHole.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void should_fail_with_timeout_after_the_request_timeout_when_the_host_accepts_and_never_answers() {
        // given: a step time-out of 30 s and a request time-out of 300 ms
        JdkWebClient web = client(Duration.ofMillis(300));
        URI api = URI.create("http://127.0.0.1:" + blackHole.getLocalPort() + "/v1/boards/acme/jobs/1");

        // when
        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> web.get(api, Map.of()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(failure).isInstanceOf(NyxException.class);
        assertThat(((NyxException) failure).code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(failure.getMessage()).contains("network.requestTimeout 300 ms").doesNotContain("null");
        // bounded by the web client's own time-outs (the JDK may count the HTTP/2 upgrade as connecting, 1 s),
        // far from the step time-out of 30 s
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void should_use_the_default_request_timeout_not_the_step_timeout_when_none_is_configured() {
        // given
        NyxConfig config = TestConfigs.config(folder, Duration.ofSeconds(60));

        // then: the step time-out (30 s) no longer bounds an API call; 10 s does
        assertThat(config.browser().stepTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.network().requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.network().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void should_refuse_a_zero_timeout_when_the_network_section_is_built() {
        assertThatThrownBy(() -> new NyxConfig.Network(true, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("network.connectTimeout");
    }

    private JdkWebClient client(Duration requestTimeout) {
        NyxConfig base = TestConfigs.config(folder, Duration.ofSeconds(60));
        NyxConfig config = new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(),
                base.llm(), base.policyFile(), base.limits(),
                new NyxConfig.Network(true, Duration.ofSeconds(1), requestTimeout), base.captcha(), base.matching());
        return new JdkWebClient(new UrlPolicy(true, host -> List.of(InetAddress.getLoopbackAddress())), config);
    }
}
