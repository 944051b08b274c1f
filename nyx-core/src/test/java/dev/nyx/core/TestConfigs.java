package dev.nyx.core;

import dev.nyx.core.config.NyxConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Configurations for tests, built by hand: everything under one folder, small time-outs. */
public final class TestConfigs {
    private TestConfigs() {
    }

    public static NyxConfig config(Path dataDirectory, Path pluginsDirectory, Duration pluginCallTimeout,
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

    public static NyxConfig config(Path folder, Duration pluginCallTimeout) {
        return config(folder.resolve("data"), folder.resolve("plugins"), pluginCallTimeout, Map.of());
    }
}
