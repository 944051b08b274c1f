package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one configured language model, or none. Built once from {@code llm.*} (environment
 * {@code NYX_LLM_BASE_URL}, {@code NYX_LLM_API_KEY}, {@code NYX_LLM_MODEL}): an OpenAI-compatible
 * {@code ChatModel} over the JDK HTTP client, with a timeout, few retries and request/response
 * logging off (requests carry the key header and prompts).
 *
 * <p>Without {@code llm.baseUrl} and {@code llm.model} there is no model: {@link #client()} is
 * empty and the answer engine's LLM stage is off. A base URL without a model (or the reverse) is
 * a configuration mistake and fails at construction with {@link ErrorCode#INVALID_CONFIGURATION}
 * naming the missing setting. Singleton; thread-safe.
 */
@Singleton
public final class LlmClients {
    private static final Logger LOG = LoggerFactory.getLogger(LlmClients.class);

    private final Optional<LlmClient> client;

    @Inject
    public LlmClients(NyxConfig config) {
        this(requireNonNull(config, "config is null").llm(), LlmSettings.defaults());
    }

    public LlmClients(NyxConfig.Llm llm, LlmSettings settings) {
        this.client = create(llm, settings);
    }

    /** The configured model, or empty when no LLM is configured. */
    public Optional<LlmClient> client() {
        return client;
    }

    /** Builds the client for {@code llm}, or empty when no LLM is configured. */
    public static Optional<LlmClient> create(NyxConfig.Llm llm, LlmSettings settings) {
        requireNonNull(llm, "llm is null");
        requireNonNull(settings, "settings is null");
        if (llm.baseUrl().isEmpty() && llm.model().isEmpty()) {
            LOG.info("no language model configured (llm.baseUrl, llm.model): free-text questions stay unanswered");
            return Optional.empty();
        }
        if (llm.baseUrl().isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "llm.model is set but llm.baseUrl is not;"
                    + " set llm.baseUrl (NYX_LLM_BASE_URL) to an OpenAI-compatible endpoint such as"
                    + " https://api.openai.com/v1, or remove llm.model to turn the LLM off");
        }
        if (llm.model().isEmpty() || llm.model().get().isBlank()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "llm.baseUrl is set but llm.model is not;"
                    + " set llm.model (NYX_LLM_MODEL), e.g. gpt-4o-mini, or remove llm.baseUrl to turn the LLM off");
        }
        URI baseUrl = llm.baseUrl().get();
        String model = llm.model().get().strip();
        PriceTable prices = new PriceTable(llm.prices());
        if (prices.priceOf(model).isEmpty()) {
            LOG.warn("llm.prices has no entry for model '{}': its calls are counted with cost 0;"
                    + " add llm.prices.{} with inputPerMillion and outputPerMillion", model, model);
        }
        JdkHttpClientBuilder http = new JdkHttpClientBuilder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout());
        OpenAiChatModel chatModel = OpenAiChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl.toString())
                // a local OpenAI-compatible server may need no key; the client still sends a header
                .apiKey(llm.apiKey().filter(key -> !key.isBlank()).orElse("none"))
                .modelName(model)
                .temperature(settings.temperature())
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .logRequests(false)
                .logResponses(false)
                .build();
        LOG.info("language model {} at {} (timeout {}, {} retries)", model, baseUrl, settings.timeout(),
                settings.maxRetries());
        return Optional.of(new LlmClient(chatModel, model, prices, llm.apiKey()));
    }
}
