package dev.nyx.testkit.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.testkit.ReplicaServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bot API emulator: getUpdates offsets and long polls, and token checks. */
class TelegramBotEmulatorIT {
    private static final String TOKEN = "111:replicaToken";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ReplicaServer server;
    private TelegramBotEmulator telegram;

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
        telegram = new TelegramBotEmulator("/telegram", TOKEN, Clock.systemUTC());
        server.mount(telegram);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url("/telegram") + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_drop_confirmed_updates_when_get_updates_is_called_with_an_offset() throws Exception {
        // given
        telegram.reply(7, "first");
        telegram.reply(7, "second");
        JsonNode all = json.readTree(get("/bot" + TOKEN + "/getUpdates").body());
        long secondId = all.path("result").get(1).path("update_id").asLong();

        // when
        JsonNode rest = json.readTree(get("/bot" + TOKEN + "/getUpdates?offset=" + secondId).body());

        // then
        assertThat(all.path("result")).hasSize(2);
        assertThat(rest.path("result")).singleElement()
                .satisfies(update -> assertThat(update.path("message").path("text").asText()).isEqualTo("second"));
    }

    @Test
    void should_hold_a_long_poll_until_the_candidate_replies() throws Exception {
        // given
        CompletableFuture<HttpResponse<String>> polling = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/bot" + TOKEN + "/getUpdates?timeout=8");
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });

        // when
        telegram.reply(7, "done");

        // then
        JsonNode updates = json.readTree(polling.get(9, TimeUnit.SECONDS).body());
        assertThat(updates.path("ok").asBoolean()).isTrue();
        assertThat(updates.path("result")).singleElement().satisfies(update -> {
            assertThat(update.path("message").path("chat").path("id").asLong()).isEqualTo(7);
            assertThat(update.path("message").path("text").asText()).isEqualTo("done");
        });
    }

    @Test
    void should_answer_401_when_the_bot_token_is_wrong() throws Exception {
        // when
        HttpResponse<String> response = get("/bot999:nope/getUpdates");

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).path("description").asText()).isEqualTo("Unauthorized");
        assertThat(telegram.receivedBotTokens()).containsExactly("999:nope");
    }
}
