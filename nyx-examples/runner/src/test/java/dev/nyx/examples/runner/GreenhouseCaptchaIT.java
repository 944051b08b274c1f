package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.plugin.PluginStatus;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.captcha.CaptchaServiceEmulator;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.ServiceDialect;
import dev.nyx.testkit.captcha.ServiceFailure;
import dev.nyx.testkit.greenhouse.GreenhouseCaptcha;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Greenhouse plugin and the CAPTCHA plugin, both loaded from the archives the reactor built,
 * applying through {@link Nyx} to the replica carrying reCAPTCHA v2 (classic page; the new board for the
 * invisible widget too): the checkbox is solved by
 * the pipeline's gate before the click, the invisible widget bound to the submit button after it
 * (the adapter's {@code passCaptchas()} path). The replica records a submission only with a token the
 * 2Captcha emulator issued.
 */
class GreenhouseCaptchaIT {
    private static final String KEY = "ghcap2c2c2c2c2c2c2c2c2c2c2c2c2c2";
    private static final BigDecimal COST = new BigDecimal("0.00299");
    private static final long POSTING = GreenhouseFixtures.BACKEND_ENGINEER;

    @TempDir
    Path temp;

    private final IssuedTokens tokens = new IssuedTokens();
    private ReplicaServer server;
    private CaptchaServiceEmulator twoCaptcha;
    private GreenhouseReplica replica;
    private Nyx nyx;

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
        twoCaptcha = new CaptchaServiceEmulator("2captcha", "/2captcha", ServiceDialect.TWO_CAPTCHA, KEY, tokens)
                .readyAfterPolls(1).cost(COST);
        server.mount(twoCaptcha);
    }

    @AfterEach
    void stop() {
        if (nyx != null) {
            nyx.close();
        }
        server.close();
    }

    private ApplyOutcome apply(GreenhouseCaptcha captcha) throws IOException {
        return apply(captcha, GreenhouseStyle.CLASSIC, POSTING);
    }

    private ApplyOutcome apply(GreenhouseCaptcha captcha, GreenhouseStyle style, long posting) throws IOException {
        replica = GreenhouseReplica.start(server, captcha);
        Path plugins = temp.resolve("plugins");
        PluginArchives.installGreenhousePlugin(plugins);
        PluginArchives.installCaptchaPlugin(plugins);
        NyxConfig base = TestConfigs.config(temp.resolve("data"), plugins, Duration.ofSeconds(60), Map.of(
                "greenhouse", Map.of("apiBaseUrl", server.url(GreenhouseReplica.API_MOUNT).toString()),
                "captcha", Map.of("2captcha.key", KEY, "2captcha.url", server.url("/2captcha").toString(),
                        "2captcha.pollInterval", "PT0.05S", "2captcha.timeout", "PT5S")));
        NyxConfig config = new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(),
                base.llm(), base.policyFile(), base.limits(), base.network(), new NyxConfig.Captcha(List.of("2captcha"),
                Optional.empty(), Duration.ofMinutes(1), BigDecimal.ONE));
        Profile profile = new ProfileLoader().load(GreenhouseProfiles.sampleWithAnswers(temp));
        nyx = Nyx.builder().config(config).build();
        assertThat(nyx.plugins()).extracting(plugin -> plugin.id() + ":" + plugin.status())
                .containsExactlyInAnyOrder("greenhouse:" + PluginStatus.STARTED, "captcha:" + PluginStatus.STARTED);
        return nyx.applications().apply(ApplyRequest.of(
                replica.postingUrl(style, posting).toString(), profile));
    }

    private List<Event> events(ApplyOutcome outcome) {
        return nyx.injector().getInstance(EventLog.class).forApplication(outcome.applicationId().orElseThrow());
    }

    private List<String> moves(ApplyOutcome outcome) {
        return events(outcome).stream().filter(event -> event.type() == EventType.STATUS_CHANGED)
                .map(event -> event.data().get("from") + ">" + event.data().get("to")).toList();
    }

    private void assertOneSubmissionWithTheIssuedToken(GreenhouseCaptcha captcha, ApplyOutcome outcome) {
        assertOneSubmissionWithTheIssuedToken(captcha, GreenhouseStyle.CLASSIC, POSTING, outcome);
    }

    private void assertOneSubmissionWithTheIssuedToken(GreenhouseCaptcha captcha, GreenhouseStyle style,
                                                       long posting, ApplyOutcome outcome) {
        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        List<Submission> submissions = replica.submissionsFor(posting);
        assertThat(submissions).singleElement().satisfies(submission -> {
            assertThat(submission.fields().get("g-recaptcha-response")).singleElement().satisfies(token ->
                    assertThat(tokens.isIssuedFor(token, captcha.siteKey())).as("an emulator-issued token").isTrue());
            assertThat(submission.fields().get(replica.fieldName(style, posting, "first_name"))).containsExactly("Mara");
        });
        assertThat(replica.submissions()).hasSize(1);
        assertThat(twoCaptcha.receivedTasks()).hasSize(1);
        assertThat(nyx.injector().getInstance(ApplicationStore.class).find(outcome.applicationId().orElseThrow())
                .orElseThrow().captchaCostUsd()).isEqualByComparingTo(COST);
    }

    @Test
    void should_submit_once_with_the_emulator_token_and_store_the_cost_when_the_form_has_the_checkbox()
            throws IOException {
        // given
        GreenhouseCaptcha captcha = GreenhouseCaptcha.checkbox(tokens);

        // when
        ApplyOutcome outcome = apply(captcha);

        // then: solved by the gate before the click
        assertOneSubmissionWithTheIssuedToken(captcha, outcome);
        assertThat(moves(outcome)).containsSubsequence("FILLING>AWAITING_CAPTCHA", "AWAITING_CAPTCHA>SUBMITTING",
                "SUBMITTING>SUBMITTED");
        assertThat(events(outcome)).filteredOn(event -> event.type() == EventType.CAPTCHA
                && "solved".equals(event.data().get("result"))).singleElement()
                .satisfies(event -> assertThat(event.data()).containsEntry("when", "before-click"));
    }

    @Test
    void should_solve_after_the_click_and_submit_once_when_the_invisible_widget_is_bound_to_submit()
            throws IOException {
        // given
        GreenhouseCaptcha captcha = GreenhouseCaptcha.invisible(tokens);

        // when
        ApplyOutcome outcome = apply(captcha);

        // then: the click was held back, the adapter asked the gate, the widget's callback sent the form
        assertOneSubmissionWithTheIssuedToken(captcha, outcome);
        assertThat(moves(outcome)).containsSubsequence("FILLING>SUBMITTING", "SUBMITTING>SUBMITTED")
                .doesNotContain("FILLING>AWAITING_CAPTCHA");
        assertThat(events(outcome)).filteredOn(event -> event.type() == EventType.CAPTCHA
                && "solved".equals(event.data().get("result"))).singleElement()
                .satisfies(event -> assertThat(event.data()).containsEntry("when", "after-click"));
        List<String> notes = events(outcome).stream().filter(event -> event.type() == EventType.NOTE)
                .map(Event::message).toList();
        assertThat(notes).anySatisfy(note -> assertThat(note).contains("The submit click brought up a CAPTCHA"))
                .noneSatisfy(note -> assertThat(note).contains("clicking submit once more"));
    }

    @Test
    void should_solve_after_the_click_and_submit_once_when_the_new_board_has_the_invisible_widget()
            throws IOException {
        // given
        GreenhouseCaptcha captcha = GreenhouseCaptcha.invisible(tokens);

        // when
        // (the data analyst posting: the backend one's free-text start date does not fit the new board's
        // date input, which is not what this test is about)
        ApplyOutcome outcome = apply(captcha, GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.DATA_ANALYST);

        // then
        assertOneSubmissionWithTheIssuedToken(captcha, GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.DATA_ANALYST,
                outcome);
        assertThat(events(outcome)).filteredOn(event -> event.type() == EventType.CAPTCHA
                && "solved".equals(event.data().get("result"))).singleElement()
                .satisfies(event -> assertThat(event.data()).containsEntry("when", "after-click"));
    }

    @Test
    void should_submit_nothing_and_fail_with_the_service_code_when_the_solver_fails_on_the_checkbox()
            throws IOException {
        // given
        twoCaptcha.failWith(ServiceFailure.ZERO_BALANCE);

        // when
        ApplyOutcome outcome = apply(GreenhouseCaptcha.checkbox(tokens));

        // then: the gate stops before the click (no hand-off configured)
        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
            assertThat(failure.message()).contains("ERROR_ZERO_BALANCE");
        });
        assertThat(nyx.injector().getInstance(ApplicationStore.class).find(outcome.applicationId().orElseThrow())
                .orElseThrow().failureReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("ERROR_ZERO_BALANCE"));
        assertThat(moves(outcome)).endsWith("FILLING>AWAITING_CAPTCHA", "AWAITING_CAPTCHA>FAILED");
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_submit_nothing_and_fail_with_the_service_code_when_the_solver_fails_after_the_click()
            throws IOException {
        // given
        twoCaptcha.failWith(ServiceFailure.UNSOLVABLE);

        // when
        ApplyOutcome outcome = apply(GreenhouseCaptcha.invisible(tokens));

        // then: the click was held back and nobody solved the challenge: the site has nothing
        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
            assertThat(failure.message()).contains("ERROR_CAPTCHA_UNSOLVABLE");
        });
        assertThat(moves(outcome)).endsWith("FILLING>SUBMITTING", "SUBMITTING>FAILED");
        assertThat(replica.submissions()).isEmpty();
    }
}
