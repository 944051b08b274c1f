package dev.nyx.testkit;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter-test harness: its web client and extension context against the real replica server. */
class TestHarnessTest {

    @Test
    void should_refuse_the_url_and_name_it_when_it_is_not_http() {
        // given
        JdkWebClient web = new JdkWebClient(Duration.ofSeconds(2));

        // when / then
        assertThatThrownBy(() -> web.get(URI.create("ftp://127.0.0.1/jobs"), Map.of()))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_URL);
                    assertThat(thrown.getMessage()).contains("ftp://127.0.0.1/jobs");
                });
    }

    @Test
    void should_return_the_status_and_body_when_the_server_answers() {
        try (ReplicaServer server = ReplicaServer.start()) {
            // given
            dev.nyx.testkit.greenhouse.GreenhouseReplica replica = dev.nyx.testkit.greenhouse.GreenhouseReplica.start(server);
            JdkWebClient web = new JdkWebClient(Duration.ofSeconds(5));

            // when
            WebClient.Response found = web.get(replica.jobListUrl("acme"), Map.of("Accept", "application/json"));
            WebClient.Response missing = web.get(server.url("/boards-api.greenhouse.io/v1/boards/acme/jobs/1"), Map.of());

            // then
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.body()).contains("\"jobs\"");
            assertThat(found.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
            assertThat(missing.status()).isEqualTo(404);
        }
    }

    @Test
    void should_report_a_network_error_when_nothing_listens() {
        // given: a server that was closed, so its port is free again
        URI closed;
        try (ReplicaServer server = ReplicaServer.start()) {
            closed = server.url("/anything");
        }
        JdkWebClient web = new JdkWebClient(Duration.ofSeconds(2));

        // when / then
        assertThatThrownBy(() -> web.get(closed, Map.of()))
                .isInstanceOfSatisfying(NyxException.class, thrown -> assertThat(thrown.code()).isEqualTo(ErrorCode.NETWORK));
    }

    @Test
    void should_give_the_plugin_its_settings_and_folder_when_asked(@TempDir Path folder) {
        // given
        TestExtensionContext context = new TestExtensionContext("greenhouse", Map.of("useApi", "false",
                "apiBaseUrl", "http://127.0.0.1:1"), Map.of("NYX_PLUGINS_GREENHOUSE_API_BASE_URL", "http://127.0.0.1:2"),
                Clock.systemUTC(), folder);

        // then
        assertThat(context.pluginId()).isEqualTo("greenhouse");
        assertThat(context.settings().getBoolean("useApi")).contains(false);
        assertThat(context.settings().get("apiBaseUrl")).contains("http://127.0.0.1:2");
        assertThat(context.settings().path()).isEqualTo("plugins.settings.greenhouse");
        assertThat(context.dataDirectory()).isDirectory().isEqualTo(folder.resolve("extensions/greenhouse"));
    }
}
