package dev.nyx.core.browser.internal;

import dev.nyx.core.config.NyxConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Hand-built configurations for browser tests. */
final class TestConfigs {

    private TestConfigs() {
    }

    static NyxConfig.Browser browser(Optional<Path> executable) {
        return new NyxConfig.Browser(executable, true, Optional.of("NyxTest/1.0 (like Chrome)"), Optional.of("de-DE"),
                Optional.of("Asia/Tokyo"), 1024, 768, Map.of("X-Nyx-Test", "present"), Duration.ZERO,
                Duration.ofSeconds(20));
    }

    static NyxConfig config(NyxConfig.Browser browser, boolean allowPrivateAddresses, int concurrency) {
        return new NyxConfig(Path.of("target/nyx-data"),
                new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2),
                new NyxConfig.Plugins(Path.of("plugins"), NyxConfig.PluginMode.DEPLOYMENT, Map.of()),
                browser,
                new NyxConfig.Llm(Optional.empty(), Optional.empty(), Optional.empty(), Map.of()),
                Optional.empty(),
                new NyxConfig.Limits(10, BigDecimal.ONE, Duration.ofHours(1), concurrency, Duration.ofMinutes(1)),
                new NyxConfig.Network(allowPrivateAddresses));
    }
}
