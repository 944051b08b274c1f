package dev.nyx.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.TestConfigs;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.Notifier;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {
    @TempDir
    Path temp;

    @Test
    void should_run_without_plugins_when_the_plugins_folder_is_missing() {
        // given
        Path missing = temp.resolve("no-such-folder");

        // when
        PluginHost host = PluginHost.start(TestConfigs.config(temp.resolve("data"), missing, Duration.ofSeconds(1),
                java.util.Map.of()).plugins());

        // then
        assertThat(host.describe()).isEmpty();
        assertThat(host.extensionClasses(Notifier.class)).isEmpty();
        host.stop();
    }

    @Test
    void should_report_a_failed_plugin_with_its_reason_when_an_archive_is_broken() throws Exception {
        // given
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.writeString(plugins.resolve("broken-plugin.jar"), "this is not a jar");

        // when
        PluginHost host = PluginHost.start(TestConfigs.config(temp, Duration.ofSeconds(1)).plugins());

        // then
        assertThat(host.describe()).singleElement().satisfies(plugin -> {
            assertThat(plugin.id()).isEqualTo("broken-plugin.jar");
            assertThat(plugin.status()).isEqualTo(PluginStatus.FAILED);
            assertThat(plugin.failed()).isTrue();
            assertThat(plugin.path()).isEqualTo(plugins.resolve("broken-plugin.jar"));
            assertThat(plugin.failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("not a readable plugin").contains("Plugin-Id"));
            assertThat(plugin.extensions()).isEmpty();
        });
    }

    @Test
    void should_fail_with_a_clear_message_when_the_plugins_path_is_a_file() throws Exception {
        // given
        Path file = Files.writeString(temp.resolve("plugins"), "not a folder");

        // when / then
        assertThatThrownBy(() -> PluginHost.start(TestConfigs.config(temp, Duration.ofSeconds(1)).plugins()))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is a file, not a folder")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.PLUGIN_LOAD_FAILED));
    }

    @Test
    void should_say_a_class_comes_from_the_host_when_no_plugin_loaded_it() {
        // given
        PluginHost host = PluginHost.start(TestConfigs.config(temp, Duration.ofSeconds(1)).plugins());

        // when / then
        assertThat(host.originOf(String.class)).isEmpty();
    }
}
