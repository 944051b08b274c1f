package dev.nyx.examples.runner;

import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;
import java.util.Optional;

/** The configuration with the runner's command-line overrides applied, each part kept otherwise. Stateless. */
final class RunnerConfigs {
    private RunnerConfigs() {
    }

    /** {@code config} with the storage options and, when asked, private addresses allowed. */
    static NyxConfig with(NyxConfig config, StorageOptions storage, boolean allowPrivateAddresses) {
        NyxConfig stored = storage.applyTo(config);
        return allowPrivateAddresses ? withNetwork(stored, new NyxConfig.Network(true)) : stored;
    }

    /** {@code config} with this data folder and, when given, this database URL. */
    static NyxConfig withStorage(NyxConfig config, Path dataDirectory, Optional<String> databaseUrl) {
        NyxConfig.Database database = databaseUrl.map(url -> new NyxConfig.Database(Optional.of(url),
                config.database().username(), config.database().password(), config.database().maximumPoolSize()))
                .orElse(config.database());
        return new NyxConfig(dataDirectory, database, config.plugins(), config.browser(), config.llm(),
                config.policyFile(), config.limits(), config.network(), config.captcha(), config.matching(),
                config.vault(), config.mailbox());
    }

    /** {@code config} with these plugins. */
    static NyxConfig withPlugins(NyxConfig config, NyxConfig.Plugins plugins) {
        return new NyxConfig(config.dataDirectory(), config.database(), plugins, config.browser(), config.llm(),
                config.policyFile(), config.limits(), config.network(), config.captcha(), config.matching(),
                config.vault(), config.mailbox());
    }

    /** {@code config} with this network rule. */
    static NyxConfig withNetwork(NyxConfig config, NyxConfig.Network network) {
        return new NyxConfig(config.dataDirectory(), config.database(), config.plugins(), config.browser(),
                config.llm(), config.policyFile(), config.limits(), network, config.captcha(), config.matching(),
                config.vault(), config.mailbox());
    }
}
