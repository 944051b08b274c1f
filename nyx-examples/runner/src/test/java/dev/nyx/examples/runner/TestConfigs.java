package dev.nyx.examples.runner;

import dev.nyx.core.config.NyxConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Configurations for the runner's tests, built by hand: everything under one folder, H2 by default. */
final class TestConfigs {
    private TestConfigs() {
    }

    static NyxConfig config(Path dataDirectory, Path pluginsDirectory, Duration pluginCallTimeout,
                            Map<String, Map<String, String>> settings) {
        return new NyxConfig(dataDirectory,
                new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2),
                new NyxConfig.Plugins(pluginsDirectory, NyxConfig.PluginMode.DEPLOYMENT, settings),
                new NyxConfig.Browser(Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty(),
                        1280, 800, Map.of(), Duration.ZERO, Duration.ofSeconds(30)),
                new NyxConfig.Llm(Optional.empty(), Optional.empty(), Optional.empty(), Map.of()),
                Optional.empty(),
                new NyxConfig.Limits(10, BigDecimal.ONE, Duration.ofHours(1), 1, pluginCallTimeout),
                new NyxConfig.Network(true));
    }

    static NyxConfig withMode(NyxConfig config, NyxConfig.PluginMode mode) {
        return new NyxConfig(config.dataDirectory(), config.database(),
                new NyxConfig.Plugins(config.plugins().directory(), mode, config.plugins().settings()),
                config.browser(), config.llm(), config.policyFile(), config.limits(), config.network(),
                config.captcha());
    }
}
