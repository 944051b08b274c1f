package dev.nyx.captcha;

import dev.nyx.core.config.NyxConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A complete {@link NyxConfig} for tests that need the host's plugin machinery. */
final class TestConfigs {
    private TestConfigs() {
    }

    static NyxConfig config(Path folder, Duration pluginCallTimeout) {
        return new NyxConfig(folder.resolve("data"),
                new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2),
                new NyxConfig.Plugins(folder.resolve("plugins"), NyxConfig.PluginMode.DEPLOYMENT, Map.of()),
                new NyxConfig.Browser(Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty(),
                        1280, 800, Map.of(), Duration.ZERO, Duration.ofSeconds(30)),
                new NyxConfig.Llm(Optional.empty(), Optional.empty(), Optional.empty(), Map.of()),
                Optional.empty(),
                new NyxConfig.Limits(10, BigDecimal.ONE, Duration.ofHours(1), 1, pluginCallTimeout),
                new NyxConfig.Network(true));
    }
}
