package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Complete {@link NyxConfig}s for storage tests; only the data directory and database matter here. */
final class TestConfigs {

    private TestConfigs() {
    }

    static NyxConfig withDatabase(Path dataDirectory, NyxConfig.Database database) {
        return new NyxConfig(dataDirectory, database,
                new NyxConfig.Plugins(dataDirectory.resolve("plugins"), NyxConfig.PluginMode.DEPLOYMENT, Map.of()),
                new NyxConfig.Browser(Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty(),
                        1280, 800, Map.of(), Duration.ZERO, Duration.ofSeconds(30)),
                new NyxConfig.Llm(Optional.empty(), Optional.empty(), Optional.empty(), Map.of()),
                Optional.empty(),
                new NyxConfig.Limits(10, BigDecimal.ONE, Duration.ofHours(1), 2, Duration.ofMinutes(1)),
                new NyxConfig.Network(true));
    }

    static NyxConfig.Database url(String url) {
        return new NyxConfig.Database(Optional.of(url), Optional.empty(), Optional.empty(), 4);
    }
}
