package dev.nyx.testkit.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private OpenAiCompatibleServer server;

    @BeforeEach
    void start() {
        server = OpenAiCompatibleServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_answer_by_rule_with_usage_computed_from_the_texts_when_a_rule_matches() throws Exception {
        // given
        server.reply("(?i)favourite", "Blue, like the sea.");

        // when
        HttpResponse<String> response = post(body("m-1", "Be brief.", "What is your favourite colour?", 50));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.at("/choices/0/message/content").asText()).isEqualTo("Blue, like the sea.");
        int prompt = 3 + (4 + OpenAiCompatibleServer.tokensOf("Be brief."))
                + (4 + OpenAiCompatibleServer.tokensOf("What is your favourite colour?"));
        int completion = OpenAiCompatibleServer.tokensOf("Blue, like the sea.");
        assertThat(json.at("/usage/prompt_tokens").asInt()).isEqualTo(prompt);
        assertThat(json.at("/usage/completion_tokens").asInt()).isEqualTo(completion);
        assertThat(json.at("/usage/total_tokens").asInt()).isEqualTo(prompt + completion);
        assertThat(server.usages()).containsExactly(new ReportedUsage(prompt, completion));
        RecordedChatRequest recorded = server.requests().get(0);
        assertThat(recorded.model()).isEqualTo("m-1");
        assertThat(recorded.authorization()).contains("Bearer key-1");
        assertThat(recorded.maxTokens()).contains(50);
        assertThat(recorded.systemPrompt()).isEqualTo("Be brief.");
    }

    @Test
    void should_pick_the_first_listed_option_or_the_default_reply_when_no_rule_matches() throws Exception {
        String options = JSON.readTree(post(body("m", "s", "Pick one. Options:\n- Berlin\n- London", 50)).body())
                .at("/choices/0/message/content").asText();
        String open = JSON.readTree(post(body("m", "s", "Why us?", 500)).body())
                .at("/choices/0/message/content").asText();

        assertThat(options).isEqualTo("Berlin");
        assertThat(open).isEqualTo(OpenAiCompatibleServer.DEFAULT_REPLY);
    }

    @Test
    void should_cut_the_reply_when_it_exceeds_the_requested_max_tokens() throws Exception {
        JsonNode json = JSON.readTree(post(body("m", "s", "Why us?", 3)).body());

        assertThat(json.at("/usage/completion_tokens").asInt()).isEqualTo(3);
        assertThat(json.at("/choices/0/finish_reason").asText()).isEqualTo("length");
    }

    @Test
    void should_record_failed_requests_and_send_retry_after_when_rate_limiting() throws Exception {
        // given
        server.rateLimitNext(1, Duration.ofMillis(1500));
        server.failNext(1, 500);

        // when
        HttpResponse<String> limited = post(body("m", "s", "one", 10));
        HttpResponse<String> failed = post(body("m", "s", "two", 10));
        HttpResponse<String> answered = post(body("m", "s", "three", 10));

        // then
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
        assertThat(JSON.readTree(limited.body()).at("/error/type").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(server.requests()).extracting(RecordedChatRequest::lastUserMessage)
                .containsExactly("one", "two", "three");
        assertThat(server.completions()).isEqualTo(1);
    }

    @Test
    void should_answer_404_for_other_paths_and_refuse_bad_fault_counts() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/models"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> server.failNext(0, 500)).isInstanceOf(NyxException.class)
                .hasMessageContaining("positive");
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer key-1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String model, String system, String user, int maxTokens) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("model", model, "max_completion_tokens", maxTokens,
                "messages", List.of(java.util.Map.of("role", "system", "content", system),
                        java.util.Map.of("role", "user", "content", user))));
    }
}
