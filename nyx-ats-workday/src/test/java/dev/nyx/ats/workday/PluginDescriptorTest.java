package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.plugin.PluginArchiveAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginDescriptor;

/** The descriptor development mode reads (target/classes/plugin.properties) names the plugin class and the id the settings use. */
class PluginDescriptorTest {

    @Test
    void should_name_the_plugin_class_and_id_when_read_in_development_mode() {
        // when
        PluginDescriptor descriptor = PluginArchiveAssertions.assertDescriptor(Path.of("target/classes"));

        // then
        assertThat(descriptor.getPluginId()).isEqualTo(WorkdayAdapter.NAME);
        assertThat(descriptor.getPluginClass()).isEqualTo(WorkdayPlugin.class.getName());
    }
}
