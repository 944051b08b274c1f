package dev.nyx.core.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.TestConfigs;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultExtensionContextTest {
    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private DefaultExtensionContext context() {
        return new DefaultExtensionContext(TestConfigs.config(temp.resolve("data"), temp.resolve("plugins"),
                Duration.ofSeconds(1), Map.of("event-log", Map.of("file", "/tmp/x.jsonl"))), clock);
    }

    @Test
    void should_hand_out_the_configured_settings_when_asked_by_name() {
        // when
        ExtensionSettings settings = context().settings("event-log");

        // then
        assertThat(settings.name()).isEqualTo("event-log");
        assertThat(settings.get("file")).contains("/tmp/x.jsonl");
        assertThat(context().settings("other").asMap()).isEmpty();
    }

    @Test
    void should_name_the_setting_when_a_required_setting_is_missing() {
        // when / then
        assertThatThrownBy(() -> context().settings("event-log").require("token"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("plugins.settings.event-log.token is missing");
    }

    @Test
    void should_create_the_data_folder_when_it_is_asked_for() {
        // when
        Path folder = context().dataDirectory("event-log");

        // then
        assertThat(folder).isEqualTo(temp.resolve("data/extensions/event-log"));
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(context().clock()).isSameAs(clock);
    }

    @Test
    void should_refuse_the_name_when_it_would_leave_the_extensions_folder() {
        // when / then
        assertThatThrownBy(() -> context().dataDirectory("../escape"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'../escape'")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_STATE));
    }
}
