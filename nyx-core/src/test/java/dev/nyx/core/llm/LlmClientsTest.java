package dev.nyx.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmClientsTest {

    @Test
    void should_turn_the_llm_off_when_nothing_is_configured() {
        // given
        NyxConfig.Llm none = new NyxConfig.Llm(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

        // when / then
        assertThat(LlmClients.create(none, LlmSettings.defaults())).isEmpty();
    }

    @Test
    void should_name_the_missing_model_setting_when_only_the_base_url_is_set() {
        NyxConfig.Llm halfway = new NyxConfig.Llm(Optional.of(URI.create("http://127.0.0.1:1/v1")),
                Optional.of("secret-key-123"), Optional.empty(), Map.of());

        assertThatThrownBy(() -> LlmClients.create(halfway, LlmSettings.defaults()))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("llm.model").hasMessageContaining("NYX_LLM_MODEL")
                .hasMessageNotContaining("secret-key-123");
    }

    @Test
    void should_name_the_missing_base_url_setting_when_only_the_model_is_set() {
        NyxConfig.Llm halfway = new NyxConfig.Llm(Optional.empty(), Optional.empty(), Optional.of("gpt-4o-mini"),
                Map.of());

        assertThatThrownBy(() -> LlmClients.create(halfway, LlmSettings.defaults()))
                .isInstanceOf(NyxException.class).hasMessageContaining("llm.baseUrl")
                .hasMessageContaining("NYX_LLM_BASE_URL");
    }

    @Test
    void should_build_a_client_for_the_configured_model_when_url_and_model_are_set() {
        NyxConfig.Llm llm = new NyxConfig.Llm(Optional.of(URI.create("http://127.0.0.1:1/v1")), Optional.of("k-1"),
                Optional.of("gpt-4o-mini"), Map.of());

        Optional<LlmClient> client = LlmClients.create(llm, LlmSettings.defaults());

        assertThat(client).isPresent();
        assertThat(client.get().model()).isEqualTo("gpt-4o-mini");
        assertThat(client.get().secrets()).containsExactly("k-1");
    }

    @Test
    void should_refuse_settings_out_of_range() {
        assertThatThrownBy(() -> new LlmSettings(java.time.Duration.ofSeconds(5), 9, 0.2))
                .isInstanceOf(NyxException.class).hasMessageContaining("maxRetries");
    }
}
