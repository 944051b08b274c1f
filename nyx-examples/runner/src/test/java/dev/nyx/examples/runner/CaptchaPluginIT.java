package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.plugin.PluginStatus;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.captcha.CaptchaServiceEmulator;
import dev.nyx.testkit.captcha.CaptchaWidgetSite;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.ServiceDialect;
import dev.nyx.testkit.captcha.WidgetKind;
import dev.nyx.testkit.captcha.WidgetSiteAdapter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaging test of the {@code nyx-captcha} plugin: its archive as the reactor built it, loaded by
 * a real PF4J manager through {@link Nyx#builder()}, solving a Turnstile through the 2Captcha emulator
 * during a real application.
 */
class CaptchaPluginIT {
    private static final String KEY = "runner2c2c2c2c2c2c2c2c2c2c2c2c2c2";

    @TempDir
    Path temp;

    private final IssuedTokens tokens = new IssuedTokens();
    private ReplicaServer server;
    private CaptchaServiceEmulator twoCaptcha;

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
        server.mount(new CaptchaWidgetSite("/captcha", tokens));
        twoCaptcha = new CaptchaServiceEmulator("2captcha", "/2captcha", ServiceDialect.TWO_CAPTCHA, KEY, tokens)
                .readyAfterPolls(1).cost(new BigDecimal("0.00299"));
        server.mount(twoCaptcha);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private NyxConfig config() {
        NyxConfig base = TestConfigs.config(temp.resolve("data"), temp.resolve("plugins"), Duration.ofSeconds(30),
                Map.of("captcha", Map.of("2captcha.key", KEY, "2captcha.url", server.url("/2captcha").toString(),
                        "2captcha.pollInterval", "PT0.05S", "2captcha.timeout", "PT5S")));
        return new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(), base.llm(),
                base.policyFile(), base.limits(), base.network(), new NyxConfig.Captcha(List.of("2captcha"),
                java.util.Optional.empty(), Duration.ofMinutes(1), BigDecimal.ONE));
    }

    @Test
    void should_solve_through_the_plugin_archive_when_it_is_in_the_plugins_folder() throws Exception {
        // given
        Path archive = PluginArchives.installCaptchaPlugin(temp.resolve("plugins"));
        Files.writeString(temp.resolve("resume.pdf"), "%PDF-1.4 resume");
        Profile profile = new ProfileLoader().load(Files.writeString(temp.resolve("profile.yaml"),
                "basics:\n  name: Mara Lindqvist\n  email: mara.lindqvist@example.com\n"
                        + "nyx:\n  resumes:\n    - id: en\n      path: resume.pdf\n      default: true\n"));
        WidgetSiteAdapter adapter = new WidgetSiteAdapter("/captcha");

        try (Nyx nyx = Nyx.builder().config(config()).module(binder ->
                Multibinder.newSetBinder(binder, AtsAdapter.class).addBinding().toInstance(adapter)).build()) {
            // then: the plugin is started and its solvers come from the archive's class loader
            assertThat(nyx.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("captcha");
                assertThat(plugin.status()).isEqualTo(PluginStatus.STARTED);
                assertThat(plugin.path()).isEqualTo(archive);
            });
            Set<CaptchaSolver> solvers = nyx.injector().getInstance(Key.get(new TypeLiteral<Set<CaptchaSolver>>() { }));
            assertThat(solvers).extracting(CaptchaSolver::name)
                    .containsExactlyInAnyOrder("2captcha", "capsolver", "anticaptcha", "2captcha-classic", "telegram");
            assertThat(solvers).allSatisfy(solver ->
                    assertThat(solver.getClass().getClassLoader()).isNotSameAs(Nyx.class.getClassLoader()));

            // when
            ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(
                    server.url("/captcha/form/" + WidgetKind.TURNSTILE.slug()).toString(), profile));

            // then
            assertThat(outcome.failure()).isEmpty();
            assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
            Submission submission = server.recorder().awaitSubmissions(1, Duration.ofSeconds(5)).get(0);
            assertThat(tokens.isIssuedFor(submission.fields().get("cf-turnstile-response").get(0),
                    WidgetKind.TURNSTILE.siteKey())).isTrue();
            assertThat(twoCaptcha.receivedKeys()).containsOnly(KEY);
            assertThat(nyx.injector().getInstance(ApplicationStore.class).find(outcome.applicationId().orElseThrow())
                    .orElseThrow().captchaCostUsd()).isEqualByComparingTo("0.00299");
        }
    }
}
