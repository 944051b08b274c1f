package dev.nyx.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.TokenUsage;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmClientTest {
    private static final String KEY = "sk-test-0123456789abcdef";
    private static final PriceTable PRICES = new PriceTable(Map.of("small-model",
            new NyxConfig.Price(new BigDecimal("0.50"), new BigDecimal("2.00"))));

    @Test
    void should_take_tokens_from_usage_and_price_them_when_the_model_answers() {
        // given
        LlmClient client = new LlmClient(new FakeChatModel(user -> " Hello. ", 1200, 300), "small-model", PRICES,
                Optional.of(KEY));

        // when
        LlmReply reply = client.chat(new LlmRequest("system", "user", 100));

        // then: 1200 * 0.5 / 1e6 + 300 * 2 / 1e6 = 0.0006 + 0.0006
        assertThat(reply.text()).isEqualTo("Hello.");
        assertThat(reply.tokens()).isEqualTo(new TokenUsage(1200, 300));
        assertThat(reply.costUsd()).isEqualByComparingTo("0.0012");
        assertThat(reply.usage().calls()).isEqualTo(1);
    }

    @Test
    void should_refuse_to_send_when_the_prompt_contains_the_api_key() {
        // given
        FakeChatModel model = FakeChatModel.replying("x");
        LlmClient client = new LlmClient(model, "small-model", PRICES, Optional.of(KEY));

        // when / then
        assertThatThrownBy(() -> client.chat(new LlmRequest("system", "the key is " + KEY, 100)))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSAFE_PROMPT))
                .hasMessageNotContaining(KEY);
        assertThat(model.prompts()).isEmpty();
    }

    @Test
    void should_fail_clearly_when_the_response_has_no_usage() {
        // given
        LlmClient client = new LlmClient(FakeChatModel.replying("x").withoutUsage(), "small-model", PRICES,
                Optional.empty());

        // when / then
        assertThatThrownBy(() -> client.chat(new LlmRequest("system", "user", 100)))
                .isInstanceOf(NyxException.class).hasMessageContaining("usage");
    }

    @Test
    void should_report_a_retryable_rate_limit_when_the_endpoint_answers_429() {
        assertThat(failureFor(new RateLimitException("slow down"))).satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(e.isRetryable()).isTrue();
        });
    }

    @Test
    void should_report_a_retryable_network_error_when_the_endpoint_fails_with_500() {
        assertThat(failureFor(new InternalServerException("boom"))).satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NETWORK);
            assertThat(e.isRetryable()).isTrue();
        });
        assertThat(failureFor(new HttpException(503, "unavailable")).code()).isEqualTo(ErrorCode.NETWORK);
    }

    @Test
    void should_report_a_retryable_timeout_when_the_endpoint_is_too_slow() {
        assertThat(failureFor(new TimeoutException("late"))).satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(e.isRetryable()).isTrue();
        });
    }

    @Test
    void should_name_the_api_key_setting_without_the_key_when_the_endpoint_answers_401() {
        NyxException failure = failureFor(new AuthenticationException("Incorrect API key provided: " + KEY));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.getMessage()).contains("llm.apiKey", "NYX_LLM_API_KEY").doesNotContain(KEY);
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void should_cost_nothing_when_the_model_has_no_price() {
        assertThat(PRICES.cost("local-model", new TokenUsage(1000, 1000))).isEqualByComparingTo("0");
    }

    private static NyxException failureFor(RuntimeException thrown) {
        LlmClient client = new LlmClient(FakeChatModel.replying("x").failingWith(thrown), "small-model", PRICES,
                Optional.of(KEY));
        try {
            client.chat(new LlmRequest("system", "user", 100));
        } catch (NyxException expected) {
            return expected;
        }
        throw new AssertionError("no exception for " + thrown);
    }
}
