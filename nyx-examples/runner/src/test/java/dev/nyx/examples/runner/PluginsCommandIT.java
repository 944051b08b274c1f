package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nyx plugins} over the archive the reactor built. */
class PluginsCommandIT {
    @TempDir
    Path temp;

    @Test
    void should_list_the_example_plugin_with_its_notifier_when_it_is_in_the_plugins_folder() throws Exception {
        // given
        Path plugins = temp.resolve("plugins");
        PluginArchives.installEventLogPlugin(plugins);

        // when
        CommandResult result = CommandResult.run("--plugins", plugins.toString(), "plugins");

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
        assertThat(result.out())
                .containsPattern("event-log 0\\.1\\.0-SNAPSHOT STARTED")
                .contains("Notifier: dev.nyx.examples.eventlog.JsonLinesNotifier");
    }
}
