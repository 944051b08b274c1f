package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.net.HostResolver;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.core.pipeline.internal.JdkWebClient;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import dev.nyx.testkit.Fault;
import dev.nyx.testkit.ReplicaServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapters' {@link WebClient} over real HTTP: statuses returned, network rule and time-out enforced. */
class JdkWebClientIT {
    @TempDir
    Path folder;

    private ReplicaServer server;

    @BeforeEach
    void start() {
        server = ReplicaServer.start().mount(new ScriptedSite());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WebClient client(boolean allowPrivate, String timeout) {
        return new JdkWebClient(new UrlPolicy(allowPrivate, HostResolver.system()),
                config(folder, allowPrivate, timeout, "10s"));
    }

    @Test
    void should_return_status_and_body_when_the_page_exists() {
        WebClient.Response response = client(true, "5s").get(server.url("/scripted/jobs/1001"), Map.of());

        assertThat(response.isSuccess()).isTrue();
        assertThat(response.body()).contains("Platform Engineer");
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("html"));
    }

    @Test
    void should_return_404_instead_of_throwing_when_the_page_is_missing() {
        WebClient.Response response = client(true, "5s").get(server.url("/scripted/jobs/9"), Map.of());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void should_refuse_a_loopback_host_when_private_addresses_are_not_allowed() {
        assertThatThrownBy(() -> client(false, "5s").get(server.url("/scripted/jobs/1001"), Map.of()))
                .isInstanceOf(NyxException.class).hasMessageContaining("--allow-private-addresses")
                .satisfies(failure -> assertThat(((NyxException) failure).code())
                        .isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED));
    }

    @Test
    void should_throw_timeout_naming_the_url_when_the_site_is_slower_than_the_request_timeout() {
        server.faults().inject(Fault.delay("/scripted/jobs/1001", Duration.ofSeconds(5)));

        assertThatThrownBy(() -> client(true, "1s").get(server.url("/scripted/jobs/1001"), Map.of()))
                .isInstanceOf(NyxException.class).hasMessageContaining("/scripted/jobs/1001")
                .satisfies(failure -> assertThat(((NyxException) failure).code()).isEqualTo(ErrorCode.TIMEOUT));
    }

    @Test
    void should_check_every_hop_when_the_site_redirects() {
        server.faults().inject(Fault.redirect("/scripted/jobs/1004", "file:///etc/passwd"));

        assertThatThrownBy(() -> client(true, "5s").get(server.url("/scripted/jobs/1004"), Map.of()))
                .isInstanceOf(NyxException.class).hasMessageContaining("file:///etc/passwd")
                .satisfies(failure -> assertThat(((NyxException) failure).code()).isEqualTo(ErrorCode.INVALID_URL));
    }
}
