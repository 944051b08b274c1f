package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.PostingKey;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.captcha.CaptchaServiceEmulator;
import dev.nyx.testkit.captcha.CaptchaWidgetSite;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.ServiceDialect;
import dev.nyx.testkit.captcha.ServiceFailure;
import dev.nyx.testkit.captcha.TelegramBotEmulator;
import dev.nyx.testkit.captcha.WidgetKind;
import dev.nyx.testkit.captcha.WidgetSiteAdapter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 5's done-when, through {@link Nyx} and the pipeline: the replica widget site serves a form
 * per CAPTCHA kind, the solvers of this plugin (found on the class path, configured under
 * {@code plugins.settings.captcha}) talk to the service and Telegram emulators, and the replica only
 * records a submission that carries an emulator-issued token and whose widget callback ran.
 */
class CaptchaApplicationIT {
    private static final String TWO_CAPTCHA_KEY = "pipe2c0ffee2c0ffee2c0ffee2c0ffee";
    private static final String CAPSOLVER_KEY = "CAP-pipecafecafecafecafecafecafecafe";
    private static final String BOT_TOKEN = "555666777:AAHpipelineBotTokenSecret_0042";
    private static final long CHAT_ID = 8080L;
    private static final BigDecimal TWO_CAPTCHA_COST = new BigDecimal("0.003");

    @TempDir
    Path folder;

    private final IssuedTokens tokens = new IssuedTokens();
    private ReplicaServer server;
    private CaptchaServiceEmulator twoCaptcha;
    private CaptchaServiceEmulator capSolver;
    private TelegramBotEmulator telegram;
    private WidgetSiteAdapter adapter;
    private Profile profile;
    private Nyx nyx;

    @BeforeEach
    void start() throws IOException {
        server = ReplicaServer.start();
        server.mount(new CaptchaWidgetSite("/captcha", tokens));
        twoCaptcha = new CaptchaServiceEmulator("2captcha", "/2captcha", ServiceDialect.TWO_CAPTCHA, TWO_CAPTCHA_KEY,
                tokens).readyAfterPolls(1).cost(TWO_CAPTCHA_COST);
        capSolver = new CaptchaServiceEmulator("capsolver", "/capsolver", ServiceDialect.CAPSOLVER, CAPSOLVER_KEY,
                tokens).readyAfterPolls(1);
        telegram = new TelegramBotEmulator("/telegram", BOT_TOKEN, Clock.systemUTC());
        server.mount(twoCaptcha).mount(capSolver).mount(telegram);
        adapter = new WidgetSiteAdapter("/captcha");
        profile = profile();
    }

    @AfterEach
    void stop() {
        if (nyx != null) {
            nyx.close();
        }
        server.close();
    }

    /** Nyx with the given {@code captcha:} section and the hand-off waiting {@code telegramTimeout}. */
    private Nyx nyx(String captchaSection, String telegramTimeout) throws IOException {
        String yaml = "dataDirectory: " + folder.resolve("data") + "\n"
                + "database:\n  url: jdbc:h2:file:" + folder.resolve("db/nyx")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH\n"
                + "plugins:\n  directory: " + folder.resolve("plugins") + "\n"
                + "  settings:\n    captcha:\n"
                + "      2captcha.key: " + TWO_CAPTCHA_KEY + "\n"
                + "      2captcha.url: " + server.url("/2captcha") + "\n"
                + "      2captcha.pollInterval: PT0.05S\n      2captcha.timeout: PT2S\n"
                + "      capsolver.key: " + CAPSOLVER_KEY + "\n"
                + "      capsolver.url: " + server.url("/capsolver") + "\n"
                + "      capsolver.pollInterval: PT0.05S\n      capsolver.timeout: PT2S\n"
                + "      telegram.botToken: \"" + BOT_TOKEN + "\"\n"
                + "      telegram.chatId: \"" + CHAT_ID + "\"\n"
                + "      telegram.url: " + server.url("/telegram") + "\n"
                + "      telegram.timeout: " + telegramTimeout + "\n      telegram.longPoll: PT1S\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 10s\n"
                + "limits:\n  pluginCallTimeout: 60s\n"
                + "network:\n  allowPrivateAddresses: true\n"
                + captchaSection;
        Path file = Files.writeString(folder.resolve("nyx.yaml"), yaml, StandardCharsets.UTF_8);
        nyx = Nyx.builder().config(new ConfigLoader(Map.of()).load(file)).module(binder ->
                Multibinder.newSetBinder(binder, AtsAdapter.class).addBinding().toInstance(adapter)).build();
        return nyx;
    }

    private Nyx nyxWithServices() throws IOException {
        return nyx("captcha:\n  order: [2captcha, capsolver]\n  handoff: none\n  maxCostUsd: 1\n", "PT5S");
    }

    private Profile profile() throws IOException {
        Files.writeString(folder.resolve("resume.pdf"), "%PDF-1.4 resume");
        Path file = Files.writeString(folder.resolve("profile.yaml"), "basics:\n  name: Mara Lindqvist\n"
                + "  email: mara.lindqvist@example.com\n"
                + "nyx:\n  firstName: Mara\n  lastName: Lindqvist\n"
                + "  resumes:\n    - id: en\n      path: resume.pdf\n      language: en\n      default: true\n");
        return new ProfileLoader().load(file);
    }

    private ApplyOutcome apply(WidgetKind kind) {
        return apply(kind, false);
    }

    private ApplyOutcome apply(WidgetKind kind, boolean dryRun) {
        ApplyRequest request = ApplyRequest.of(server.url("/captcha/form/" + kind.slug()).toString(), profile);
        return nyx.applications().apply(dryRun ? request.asDryRun() : request);
    }

    private Application stored(ApplyOutcome outcome) {
        return nyx.injector().getInstance(ApplicationStore.class).find(outcome.applicationId().orElseThrow())
                .orElseThrow();
    }

    private List<Event> events(ApplyOutcome outcome) {
        return nyx.injector().getInstance(EventLog.class).forApplication(outcome.applicationId().orElseThrow());
    }

    private List<String> moves(ApplyOutcome outcome) {
        return events(outcome).stream().filter(event -> event.type() == EventType.STATUS_CHANGED)
                .map(event -> event.data().get("from") + ">" + event.data().get("to")).toList();
    }

    @ParameterizedTest
    @EnumSource(WidgetKind.class)
    void should_submit_with_the_emulator_token_and_record_the_cost_when_the_page_has_a_captcha(WidgetKind kind)
            throws IOException {
        // given
        nyxWithServices();

        // when
        ApplyOutcome outcome = apply(kind);

        // then
        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        Submission submission = server.recorder().awaitSubmissions(1, Duration.ofSeconds(5)).get(0);
        String token = submission.fields().get(kind.responseField()).get(0);
        assertThat(tokens.isIssuedFor(token, kind.siteKey())).as("an emulator-issued token").isTrue();
        assertThat(submission.fields().get("callback_token")).as("the widget callback ran").containsExactly(token);
        assertThat(submission.fields().get("full_name")).containsExactly("Mara Lindqvist");
        assertThat(twoCaptcha.receivedTasks()).hasSize(1);
        assertThat(adapter.clicks()).isEqualTo(1);
        assertThat(stored(outcome).captchaCostUsd()).isEqualByComparingTo(TWO_CAPTCHA_COST);
        assertThat(stored(outcome).costUsd()).isEqualByComparingTo(TWO_CAPTCHA_COST);
        assertThat(outcome.captchaCostUsd()).isEqualByComparingTo(TWO_CAPTCHA_COST);
        assertThat(events(outcome)).filteredOn(event -> event.type() == EventType.CAPTCHA
                        && "solved".equals(event.data().get("result"))).singleElement()
                .satisfies(event -> {
                    assertThat(event.data()).containsEntry("solvers", "2captcha").containsEntry("kinds",
                            kind.kind().name() + (kind.invisible() ? " (invisible)" : ""));
                    assertThat(event.message() + event.data()).doesNotContain(token);
                });
        if (kind.invisible()) {
            // its callback submits the form: solved after the click, inside SUBMITTING
            assertThat(moves(outcome)).containsSubsequence("FILLING>SUBMITTING", "SUBMITTING>SUBMITTED")
                    .doesNotContain("FILLING>AWAITING_CAPTCHA");
        } else {
            assertThat(moves(outcome)).containsSubsequence("FILLING>AWAITING_CAPTCHA", "AWAITING_CAPTCHA>SUBMITTING",
                    "SUBMITTING>SUBMITTED");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServiceFailure.class, names = {"BAD_KEY", "ZERO_BALANCE", "UNSOLVABLE", "NEVER_READY"})
    void should_fall_through_to_the_next_service_when_the_first_fails(ServiceFailure failure) throws IOException {
        // given
        twoCaptcha.failWith(failure);
        nyxWithServices();

        // when
        ApplyOutcome outcome = apply(WidgetKind.HCAPTCHA);

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        Submission submission = server.recorder().awaitSubmissions(1, Duration.ofSeconds(5)).get(0);
        assertThat(capSolver.receivedTasks()).hasSize(1);
        assertThat(tokens.isIssuedFor(submission.fields().get("h-captcha-response").get(0),
                WidgetKind.HCAPTCHA.siteKey())).isTrue();
        assertThat(events(outcome)).anySatisfy(event -> assertThat(event.data()).containsEntry("solvers", "capsolver"));
    }

    @Test
    void should_fail_with_the_service_codes_and_submit_nothing_when_every_service_fails_without_handoff()
            throws IOException {
        // given
        twoCaptcha.failWith(ServiceFailure.ZERO_BALANCE);
        capSolver.failWith(ServiceFailure.UNSOLVABLE);
        nyxWithServices();

        // when
        ApplyOutcome outcome = apply(WidgetKind.TURNSTILE);

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
            assertThat(failure.message()).contains("ERROR_ZERO_BALANCE", "ERROR_CAPTCHA_UNSOLVABLE");
        });
        assertThat(stored(outcome).failureReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("ERROR_ZERO_BALANCE", "ERROR_CAPTCHA_UNSOLVABLE"));
        assertThat(server.submissions()).isEmpty();
        assertThat(adapter.clicks()).isZero();
        assertThat(nyx.injector().getInstance(ApplicationStore.class).submissionClaimant(
                PostingKey.of(WidgetSiteAdapter.NAME, WidgetKind.TURNSTILE.slug()))).as("no claim taken").isEmpty();
        assertThat(moves(outcome)).endsWith("FILLING>AWAITING_CAPTCHA", "AWAITING_CAPTCHA>FAILED");
        assertNoSecretsIn(outcome);
    }

    @Test
    void should_wait_for_the_candidate_when_every_solver_fails_and_the_handoff_times_out() throws IOException {
        // given
        twoCaptcha.failWith(ServiceFailure.BAD_KEY);
        capSolver.failWith(ServiceFailure.ZERO_BALANCE);
        nyx("captcha:\n  order: [2captcha, capsolver, telegram]\n  handoff: telegram\n", "PT2S");

        // when
        ApplyOutcome outcome = apply(WidgetKind.RECAPTCHA_V2_CHECKBOX);

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(outcome.reason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("ERROR_KEY_DOES_NOT_EXIST", "ERROR_ZERO_BALANCE", "telegram"));
        assertThat(telegram.sentPhotos()).hasSize(1);
        assertThat(server.submissions()).isEmpty();
        assertThat(adapter.clicks()).isZero();
        assertNoSecretsIn(outcome);
    }

    @Test
    void should_submit_with_the_candidates_token_when_the_telegram_handoff_answers() throws Exception {
        // given
        twoCaptcha.failWith(ServiceFailure.UNSOLVABLE);
        capSolver.failWith(ServiceFailure.NEVER_READY);
        nyx("captcha:\n  order: [2captcha, capsolver, telegram]\n  handoff: telegram\n", "PT30S");
        CompletableFuture<ApplyOutcome> applying = CompletableFuture.supplyAsync(() -> apply(WidgetKind.TURNSTILE));
        await().atMost(Duration.ofSeconds(30)).until(() -> !telegram.sentPhotos().isEmpty());

        // when: the candidate solved it elsewhere and pastes a genuine token
        String pasted = tokens.issue(WidgetKind.TURNSTILE.siteKey());
        telegram.reply(CHAT_ID, pasted);
        ApplyOutcome outcome = applying.get(60, TimeUnit.SECONDS);

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        assertThat(server.recorder().awaitSubmissions(1, Duration.ofSeconds(5))).singleElement()
                .satisfies(submission -> assertThat(submission.fields().get("cf-turnstile-response"))
                        .containsExactly(pasted));
        assertThat(telegram.sentPhotos().get(0).bytes()).isNotEmpty();
        assertThat(events(outcome)).anySatisfy(event -> assertThat(event.data()).containsEntry("solvers", "telegram"));
        assertNoSecretsIn(outcome);
        assertThat(logged()).doesNotContain(pasted);
    }

    @Test
    void should_fail_after_one_click_and_keep_the_claim_when_the_invisible_captcha_is_not_solved()
            throws IOException {
        // given
        twoCaptcha.failWith(ServiceFailure.ZERO_BALANCE);
        capSolver.failWith(ServiceFailure.BAD_KEY);
        nyxWithServices();

        // when
        ApplyOutcome outcome = apply(WidgetKind.RECAPTCHA_V2_INVISIBLE);

        // then: the click was held back for the CAPTCHA, so the site has nothing, and nothing clicks again
        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
            assertThat(failure.message()).contains("ERROR_ZERO_BALANCE", "ERROR_KEY_DOES_NOT_EXIST");
        });
        assertThat(adapter.clicks()).isEqualTo(1);
        assertThat(server.submissions()).isEmpty();
        assertThat(moves(outcome)).endsWith("FILLING>SUBMITTING", "SUBMITTING>FAILED");
        ApplyOutcome again = apply(WidgetKind.RECAPTCHA_V2_INVISIBLE);
        assertThat(again.duplicateOf()).isEqualTo(outcome.applicationId());
        assertThat(adapter.clicks()).isEqualTo(1);
        assertNoSecretsIn(outcome);
    }

    @Test
    void should_note_the_captcha_and_pay_no_solver_when_dry_run() throws IOException {
        // given
        nyxWithServices();

        // when
        ApplyOutcome outcome = apply(WidgetKind.HCAPTCHA, true);

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.FILLING);
        assertThat(twoCaptcha.receivedTasks()).isEmpty();
        assertThat(capSolver.receivedTasks()).isEmpty();
        assertThat(adapter.clicks()).isZero();
        assertThat(events(outcome)).anySatisfy(event -> {
            assertThat(event.type()).isEqualTo(EventType.CAPTCHA);
            assertThat(event.message()).contains("Dry run", "HCAPTCHA");
        });
        assertThat(stored(outcome).captchaCostUsd()).isZero();
    }

    /** Keys and bot tokens are in no event, failure reason, outcome text or log line. */
    private void assertNoSecretsIn(ApplyOutcome outcome) throws IOException {
        StringBuilder seen = new StringBuilder(outcome.toString());
        events(outcome).forEach(event -> seen.append(event.message()).append(event.data()));
        stored(outcome).failureReason().ifPresent(seen::append);
        seen.append(logged());
        assertThat(seen.toString()).doesNotContain(TWO_CAPTCHA_KEY, CAPSOLVER_KEY, BOT_TOKEN,
                BOT_TOKEN.substring(BOT_TOKEN.indexOf(':') + 1));
        assertThat(twoCaptcha.receivedKeys()).as("the keys did reach the services").contains(TWO_CAPTCHA_KEY);
    }

    private static String logged() throws IOException {
        Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/it-log.txt"));
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
