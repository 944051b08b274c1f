package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.core.storage.EventLog;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.EventType;
import dev.nyx.model.profile.Profile;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.captcha.CaptchaServiceEmulator;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.ServiceDialect;
import dev.nyx.testkit.captcha.WidgetKind;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.lever.LeverFixtures;
import dev.nyx.testkit.lever.LeverReplica;
import dev.nyx.testkit.lever.LeverResumeParse;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lever plugin and the CAPTCHA plugin, both from the archives the reactor built, applying through
 * {@link Nyx} to the Lever replica whose forms carry the invisible hCaptcha Lever runs on submit: the click
 * brings it up, the adapter asks the gate ({@code passCaptchas()}), the 2Captcha emulator solves it, the
 * widget's callback sends the form. One submission, with the issued token, inside {@code SUBMITTING}.
 */
class LeverCaptchaIT {
    private static final String KEY = "lvcap2c2c2c2c2c2c2c2c2c2c2c2c2c2";

    @TempDir
    Path temp;

    private ReplicaServer server;
    private Nyx nyx;

    @AfterEach
    void stop() {
        if (nyx != null) {
            nyx.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_submit_once_with_the_solved_token_when_lever_runs_its_hcaptcha_on_submit() throws Exception {
        // given
        IssuedTokens tokens = new IssuedTokens();
        server = ReplicaServer.start();
        CaptchaServiceEmulator twoCaptcha = new CaptchaServiceEmulator("2captcha", "/2captcha",
                ServiceDialect.TWO_CAPTCHA, KEY, tokens).readyAfterPolls(1).cost(new BigDecimal("0.00299"));
        server.mount(twoCaptcha);
        LeverReplica replica = LeverReplica.start(server, LeverFixtures.postings(),
                Optional.of(LeverResumeParse.stale()), Optional.of(tokens));
        Path plugins = temp.resolve("plugins");
        PluginArchives.installLeverPlugin(plugins);
        PluginArchives.installCaptchaPlugin(plugins);
        NyxConfig base = TestConfigs.config(temp.resolve("data"), plugins, Duration.ofSeconds(60), Map.of(
                "lever", Map.of("apiBaseUrl", replica.apiBaseUrl().toString(),
                        "euApiBaseUrl", replica.euApiBaseUrl().toString()),
                "captcha", Map.of("2captcha.key", KEY, "2captcha.url", server.url("/2captcha").toString(),
                        "2captcha.pollInterval", "PT0.05S", "2captcha.timeout", "PT5S")));
        NyxConfig config = new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(),
                base.llm(), base.policyFile(), base.limits(), base.network(), new NyxConfig.Captcha(List.of("2captcha"),
                Optional.empty(), Duration.ofMinutes(1), BigDecimal.ONE));
        Path profileFile = VariantProfile.writeTo(temp.resolve("profile"));
        Files.writeString(profileFile, "    - question: /why do you want to join/i\n"
                + "      answer: I want my payments experience to move robots.\n", StandardOpenOption.APPEND);
        Profile profile = new ProfileLoader().load(profileFile);
        nyx = Nyx.builder().config(config).build();

        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(
                replica.postingUrl(LeverFixtures.BACKEND_ENGINEER).toString(), profile));

        // then
        assertThat(outcome.failure()).as(outcome.toString()).isEmpty();
        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        assertThat(replica.submissions()).singleElement().satisfies((Submission submission) -> {
            assertThat(tokens.isIssuedFor(submission.fields().get("h-captcha-response").get(0),
                    WidgetKind.HCAPTCHA.siteKey())).as("an emulator-issued token").isTrue();
            assertThat(submission.fields().get("name")).containsExactly("Lena Moreau");
        });
        assertThat(twoCaptcha.receivedTasks()).hasSize(1);
        List<String> moves = nyx.injector().getInstance(EventLog.class)
                .forApplication(outcome.applicationId().orElseThrow()).stream()
                .filter(event -> event.type() == EventType.STATUS_CHANGED)
                .map(event -> event.data().get("from") + ">" + event.data().get("to")).toList();
        // solved after the click, inside SUBMITTING: nothing was sent before the claim was stored
        assertThat(moves).containsSubsequence("FILLING>SUBMITTING", "SUBMITTING>SUBMITTED")
                .doesNotContain("FILLING>AWAITING_CAPTCHA");
    }
}
