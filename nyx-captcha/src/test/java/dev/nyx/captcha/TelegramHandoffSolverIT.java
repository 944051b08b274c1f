package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.model.CaptchaSolution;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.captcha.SentPhoto;
import dev.nyx.testkit.captcha.TelegramBotEmulator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Telegram hand-off against the Bot API emulator, the test playing the candidate. */
class TelegramHandoffSolverIT {
    static final String BOT_TOKEN = "123456789:AAHreplicaBotTokenSecret_0123456789";
    static final long CHAT_ID = 4242L;

    private ReplicaServer server;
    private TelegramBotEmulator telegram;

    @TempDir
    Path folder;

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
        telegram = new TelegramBotEmulator("/telegram", BOT_TOKEN, Clock.systemUTC());
        server.mount(telegram);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    TelegramHandoffSolver solver(String botToken, String timeout) {
        return new TelegramHandoffSolver(new TestContext(Map.of("telegram.timeout", timeout, "telegram.longPoll", "PT1S"),
                Map.of("NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN", botToken, "NYX_PLUGINS_CAPTCHA_TELEGRAM_CHAT_ID", Long.toString(CHAT_ID),
                        "NYX_PLUGINS_CAPTCHA_TELEGRAM_URL", server.url("/telegram").toString())));
    }

    private CaptchaChallenge challengeWithScreenshot() throws Exception {
        Path screenshot = Files.write(folder.resolve("captcha.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        return new CaptchaChallenge(CaptchaKind.HCAPTCHA, "10000000-ffff", URI.create("https://jobs.example.com/apply/7"),
                Optional.empty(), false, false, Optional.of(screenshot));
    }

    @Test
    void should_return_the_pasted_token_when_the_candidate_replies_after_the_screenshot() throws Exception {
        // given
        CaptchaChallenge challenge = challengeWithScreenshot();
        CompletableFuture<CaptchaSolution> solving = CompletableFuture.supplyAsync(
                () -> solver(BOT_TOKEN, "PT20S").solve(challenge));
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentPhotos().isEmpty());

        // when
        telegram.reply(CHAT_ID, "P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.replica");

        // then
        CaptchaSolution solution = solving.get(15, TimeUnit.SECONDS);
        assertThat(solution.token()).isEqualTo("P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.replica");
        assertThat(solution.solver()).isEqualTo("telegram");
        SentPhoto photo = telegram.sentPhotos().get(0);
        assertThat(photo.chatId()).isEqualTo(Long.toString(CHAT_ID));
        assertThat(photo.bytes()).isEqualTo(Files.readAllBytes(challenge.screenshot().orElseThrow()));
        assertThat(photo.caption()).contains("HCAPTCHA").contains("https://jobs.example.com/apply/7").contains("done");
    }

    @Test
    void should_report_solved_in_browser_when_the_candidate_replies_done() throws Exception {
        // given
        CaptchaChallenge challenge = challengeWithScreenshot();
        CompletableFuture<CaptchaSolution> solving = CompletableFuture.supplyAsync(
                () -> solver(BOT_TOKEN, "PT20S").solve(challenge));
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentPhotos().isEmpty());

        // when
        telegram.reply(999L, "some other chat says hello, not a token");
        telegram.reply(CHAT_ID, "Done");

        // then
        CaptchaSolution solution = solving.get(15, TimeUnit.SECONDS);
        assertThat(solution.hasToken()).isFalse();
    }

    @Test
    void should_end_as_unsolved_when_nobody_answers_in_time() throws Exception {
        // given
        CaptchaChallenge challenge = new CaptchaChallenge(CaptchaKind.TURNSTILE, "0x4AAA", URI.create("https://x.example/a"),
                Optional.empty(), false, false, Optional.empty());

        // when / then
        assertThatThrownBy(() -> solver(BOT_TOKEN, "PT2S").solve(challenge))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
                    assertThat(failure.getMessage()).contains("nobody answered").contains("PT2S");
                });
        assertThat(telegram.sentMessages()).singleElement()
                .satisfies(message -> assertThat(message.text()).contains("TURNSTILE"));
    }

    @Test
    void should_fail_as_configuration_without_the_token_when_the_bot_token_is_wrong() throws Exception {
        assertThatThrownBy(() -> solver("987:wrongSecretBotToken", "PT2S").solve(challengeWithScreenshot()))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.getMessage()).contains("401").doesNotContain("wrongSecretBotToken");
                });
    }
}
