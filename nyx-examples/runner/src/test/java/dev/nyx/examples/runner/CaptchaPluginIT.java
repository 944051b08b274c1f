package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
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

    @Test
    void should_solve_with_the_key_from_the_environment_when_only_nyx_plugins_captcha_variables_set_it()
            throws Exception {
        // given: no key in any file; the key and URL come from NYX_PLUGINS_CAPTCHA_* through the config loader
        PluginArchives.installCaptchaPlugin(temp.resolve("plugins"));
        Profile profile = profile();
        Path file = Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: data\nplugins:\n  directory: plugins\n"
                + "  settings:\n    captcha:\n      2captcha.pollInterval: PT0.05S\n      2captcha.timeout: PT5S\n"
                + "network:\n  allowPrivateAddresses: true\ncaptcha:\n  order: [2captcha]\n");
        NyxConfig config = new ConfigLoader(Map.of("HOME", temp.toString(),
                "NYX_PLUGINS_CAPTCHA_2CAPTCHA_KEY", KEY,
                "NYX_PLUGINS_CAPTCHA_2CAPTCHA_URL", server.url("/2captcha").toString())).load(file);
        WidgetSiteAdapter adapter = new WidgetSiteAdapter("/captcha");

        try (Nyx nyx = Nyx.builder().config(config).module(binder ->
                Multibinder.newSetBinder(binder, AtsAdapter.class).addBinding().toInstance(adapter)).build()) {
            // when
            ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(
                    server.url("/captcha/form/" + WidgetKind.TURNSTILE.slug()).toString(), profile));

            // then
            assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
            assertThat(twoCaptcha.receivedKeys()).containsOnly(KEY);
        }
    }

    @Test
    void should_not_see_settings_of_another_plugin_when_they_are_given_under_its_id() throws Exception {
        // given: the 2Captcha key configured under the Greenhouse plugin's settings, not the CAPTCHA plugin's
        PluginArchives.installCaptchaPlugin(temp.resolve("plugins"));
        PluginArchives.installGreenhousePlugin(temp.resolve("plugins"));
        NyxConfig base = config();
        NyxConfig config = new NyxConfig(base.dataDirectory(), base.database(), new NyxConfig.Plugins(
                base.plugins().directory(), base.plugins().mode(), Map.of("greenhouse", Map.of("2captcha.key", KEY,
                        "2captcha.url", server.url("/2captcha").toString())), Map.of("NYX_PLUGINS_GREENHOUSE_TELEGRAM_BOT_TOKEN",
                        "1:bot-token", "NYX_PLUGINS_GREENHOUSE_TELEGRAM_CHAT_ID", "4242")),
                base.browser(), base.llm(), base.policyFile(), base.limits(), base.network(), base.captcha());

        try (Nyx nyx = Nyx.builder().config(config).build()) {
            // when
            Set<CaptchaSolver> solvers = nyx.injector().getInstance(Key.get(new TypeLiteral<Set<CaptchaSolver>>() { }));

            // then: every solver of the CAPTCHA plugin is unconfigured, so the gate would skip it
            assertThat(solvers).hasSize(5).noneMatch(CaptchaSolver::isEnabled);
            assertThat(twoCaptcha.receivedKeys()).isEmpty();
        }
    }

    private Profile profile() throws Exception {
        Files.writeString(temp.resolve("resume.pdf"), "%PDF-1.4 resume");
        return new ProfileLoader().load(Files.writeString(temp.resolve("profile.yaml"),
                "basics:\n  name: Mara Lindqvist\n  email: mara.lindqvist@example.com\n"
                        + "nyx:\n  resumes:\n    - id: en\n      path: resume.pdf\n      default: true\n"));
    }
}
