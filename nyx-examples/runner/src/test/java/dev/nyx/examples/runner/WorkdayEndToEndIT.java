package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the runner and the real Workday plugin archive: until the wizard lands, an application to a Workday
 * posting reads the posting, then fails with the plugin's clear reason; no account is created, no step is saved,
 * nothing is submitted.
 */
class WorkdayEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private ReplicaServer server;
    private WorkdayReplica replica;
    private Path config;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        server = ReplicaServer.start();
        replica = WorkdayReplica.start(server, WorkdayFixtures.NORTHWIND, WorkdayFixtures.postings());
        PluginArchives.installWorkdayPlugin(temp.resolve("plugins"));
        config = Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: " + temp.resolve("data") + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n");
        profile = VariantProfile.writeTo(temp.resolve("profile"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_fail_with_the_plugins_reason_and_send_nothing_when_applying_to_a_workday_posting() throws Exception {
        // when
        List<String> args = new ArrayList<>(List.of("apply", "--config", config.toString(), "--profile",
                profile.toString(), "--json", "--allow-private-addresses", "--ats", "workday",
                replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER).toString()));
        CommandResult result = CommandResult.run(args.toArray(String[]::new));

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        JsonNode outcome = JSON.readTree(result.out().strip().split("\\R")[0]);
        assertThat(outcome.get("ats").asText()).isEqualTo("workday");
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("FAILED");
        assertThat(outcome.get("error").get("code").asText()).isEqualTo("UNSUPPORTED_SITE");
        assertThat(outcome.get("error").get("message").asText()).contains("Workday applications are not supported yet");
        assertThat(server.recorder().count()).isZero();
        assertThat(replica.accounts().count()).isZero();
        assertThat(replica.savedSteps()).isEmpty();
    }
}
