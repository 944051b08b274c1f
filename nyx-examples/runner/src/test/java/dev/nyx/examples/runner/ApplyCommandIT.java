package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.testkit.ReplicaServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nyx apply} through {@link Main#run}: bad input never reaches a site and exits 2. */
class ApplyCommandIT {
    private static final Path PROFILE = Path.of("..", "sample", "profile.yaml");

    @TempDir
    Path temp;

    private Path config() throws Exception {
        return Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: " + temp.resolve("data") + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n");
    }

    @Test
    void should_print_the_error_as_json_and_exit_2_when_the_url_is_not_http() throws Exception {
        CommandResult result = CommandResult.run("apply", "--config", config().toString(), "--profile",
                PROFILE.toString(), "--json", "file:///etc/passwd");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        JsonNode node = new ObjectMapper().readTree(result.out().strip());
        assertThat(node.get("url").asText()).isEqualTo("file:///etc/passwd");
        assertThat(node.get("status").isNull()).isTrue();
        assertThat(node.get("error").get("code").asText()).isEqualTo("INVALID_URL");
        assertThat(node.get("answers").isArray()).isTrue();
    }

    @Test
    void should_name_the_unsupported_site_and_exit_2_when_no_adapter_is_installed() throws Exception {
        try (ReplicaServer server = ReplicaServer.start()) {
            String url = server.url("/careers/backend").toString();

            CommandResult result = CommandResult.run("apply", "--config", config().toString(), "--profile",
                    PROFILE.toString(), "--allow-private-addresses", url);

            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
            assertThat(result.out()).contains(url + ": NOT APPLIED").contains("UNSUPPORTED_SITE").contains("--ats");
        }
    }

    @Test
    void should_ask_for_a_profile_and_exit_2_when_none_is_given_and_none_is_here() throws Exception {
        CommandResult result = CommandResult.run("apply", "--config", config().toString(), "https://example.com/j/1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--profile");
    }
}
