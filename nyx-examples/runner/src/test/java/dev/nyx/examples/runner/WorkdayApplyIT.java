package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workday applications through the runner and the real Workday plugin archive, on a replica tenant, with a real
 * encrypted credential vault: the account page's refusals and the transient "Something went wrong" end with a clear
 * status and reason, and nothing is submitted twice.
 */
class WorkdayApplyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VAULT_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String HOST = WorkdayFixtures.NORTHWIND.host();

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
                + "  settings:\n    workday:\n      reloadPause: 50ms\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n");
        profile = VariantProfile.writeTo(temp.resolve("profile"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_wait_for_the_candidate_without_submitting_when_the_stored_password_is_wrong() throws Exception {
        // given
        vault().putAccount(new SiteAccount(HOST, VariantProfile.EMAIL, Secret.of("Old-Pass-1!xyz"), false));
        replica.accounts().put(VariantProfile.EMAIL, "New-Pass-2!xyz", false);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("NEEDS_INPUT");
        assertThat(outcome.get("reason").asText()).contains("refused the password", HOST,
                "nyx credentials set " + HOST).doesNotContain("Old-Pass-1!xyz");
        assertThat(replica.savedSteps()).isEmpty();
        assertThat(server.recorder().count()).isZero();
        assertThat(vault().account(HOST).orElseThrow().locked()).isTrue();
    }

    @Test
    void should_wait_for_the_candidate_without_submitting_when_the_account_is_locked() throws Exception {
        // given
        vault().putAccount(new SiteAccount(HOST, VariantProfile.EMAIL, Secret.of("Stored-Pass-1!x"), false));
        replica.accounts().put(VariantProfile.EMAIL, "Stored-Pass-1!x", true);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("NEEDS_INPUT");
        assertThat(outcome.get("reason").asText()).contains("is locked", "nyx credentials set " + HOST);
        assertThat(replica.savedSteps()).isEmpty();
        assertThat(server.recorder().count()).isZero();
    }

    @Test
    void should_fail_as_retryable_naming_the_page_when_it_keeps_saying_something_went_wrong() throws Exception {
        // given
        replica.failNextPageLoads(3);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("FAILED");
        assertThat(outcome.get("error").get("code").asText()).isEqualTo("NETWORK");
        assertThat(outcome.get("error").get("kind").asText()).isEqualTo("TRANSIENT");
        assertThat(outcome.get("error").get("message").asText()).contains("Something went wrong", "/apply");
        assertThat(replica.accounts().count()).isZero();
        assertThat(server.recorder().count()).isZero();
    }

    private JsonNode apply(String jobReqId) throws Exception {
        List<String> args = new ArrayList<>(List.of("apply", "--config", config.toString(), "--profile",
                profile.toString(), "--json", "--allow-private-addresses", "--ats", "workday",
                replica.postingUrl(jobReqId).toString()));
        CommandResult result = CommandResult.run(Map.of("NYX_VAULT_KEY", VAULT_KEY), args.toArray(String[]::new));
        return JSON.readTree(result.out().strip().split("\\R")[0]);
    }

    private EncryptedFileVault vault() {
        return new EncryptedFileVault(temp.resolve("data").resolve("credentials.vault"), new NyxConfig.Vault(
                Optional.empty(), Optional.of(VAULT_KEY), Optional.empty()), 210_000, new SecureRandom());
    }
}
