package dev.nyx.captcha;

import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.testkit.TestExtensionContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The captcha plugin's {@link ExtensionContext} for tests: settings as under {@code plugins.settings.captcha}
 * and environment variables, read exactly as the host reads them ({@link TestExtensionContext}).
 */
final class TestContext implements ExtensionContext {
    private final ExtensionContext context;

    TestContext(Map<String, String> settings) {
        this(settings, Map.of());
    }

    TestContext(Map<String, String> settings, Map<String, String> environment) {
        this.context = new TestExtensionContext(CaptchaPlugin.ID, settings, environment, Clock.systemUTC(),
                Path.of("target"));
    }

    @Override
    public String pluginId() {
        return context.pluginId();
    }

    @Override
    public ExtensionSettings settings() {
        return context.settings();
    }

    @Override
    public Clock clock() {
        return context.clock();
    }

    @Override
    public Path dataDirectory() {
        return context.dataDirectory();
    }
}
