package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.TokenUsage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * USD per million input and output tokens per model, from {@code llm.prices.<model>}. Turns a
 * response's token counts into a cost. Immutable and thread-safe.
 */
public final class PriceTable {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<String, NyxConfig.Price> prices;

    public PriceTable(Map<String, NyxConfig.Price> prices) {
        this.prices = Map.copyOf(requireNonNull(prices, "prices is null"));
    }

    /** The price of a model, if the table has one. */
    public Optional<NyxConfig.Price> priceOf(String model) {
        requireNonNull(model, "model is null");
        return Optional.ofNullable(prices.get(model));
    }

    /**
     * The cost of these tokens with this model: input tokens times the input price plus output
     * tokens times the output price, per million. A model without a price costs nothing (a local
     * model); {@link LlmClients} warns once when the configured model has none.
     */
    public BigDecimal cost(String model, TokenUsage tokens) {
        requireNonNull(tokens, "tokens is null");
        return priceOf(model)
                .map(price -> price.inputPerMillion().multiply(BigDecimal.valueOf(tokens.input()))
                        .add(price.outputPerMillion().multiply(BigDecimal.valueOf(tokens.output())))
                        .divide(MILLION, MathContext.DECIMAL64).stripTrailingZeros())
                .orElse(BigDecimal.ZERO);
    }
}
