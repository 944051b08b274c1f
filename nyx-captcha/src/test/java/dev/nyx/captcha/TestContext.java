package dev.nyx.captcha;

import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** A hand-written {@link ExtensionContext} with fixed settings under {@code captcha}. */
final class TestContext implements ExtensionContext {
    private final Map<String, String> settings;

    TestContext(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    @Override
    public ExtensionSettings settings(String name) {
        Map<String, String> values = name.equals(CaptchaPlugin.SETTINGS_NAME) ? settings : Map.of();
        return new ExtensionSettings() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, String> asMap() {
                return values;
            }
        };
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Path dataDirectory(String name) {
        return Path.of("target", "extensions", name);
    }
}
