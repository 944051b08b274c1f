package dev.nyx.examples.runner;

import dev.nyx.core.config.NyxConfig;
import java.util.Optional;

/** The configuration with the runner's command-line overrides applied. Stateless. */
final class RunnerConfigs {
    private RunnerConfigs() {
    }

    /** {@code config} with the database URL replaced (when given) and private addresses allowed (when asked). */
    static NyxConfig with(NyxConfig config, Optional<String> databaseUrl, boolean allowPrivateAddresses) {
        NyxConfig.Database database = databaseUrl.map(url -> new NyxConfig.Database(Optional.of(url),
                config.database().username(), config.database().password(), config.database().maximumPoolSize()))
                .orElse(config.database());
        NyxConfig.Network network = allowPrivateAddresses ? new NyxConfig.Network(true) : config.network();
        return new NyxConfig(config.dataDirectory(), database, config.plugins(), config.browser(), config.llm(),
                config.policyFile(), config.limits(), network, config.captcha(), config.matching());
    }
}
