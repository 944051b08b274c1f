package dev.nyx.ats.greenhouse;

import org.junit.jupiter.api.Test;
import org.pf4j.Plugin;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** plugin.properties (development mode) names the plugin class and the id the settings use. */
class PluginDescriptorTest {

    @Test
    void should_name_the_plugin_class_and_id_when_read_in_development_mode() throws IOException, ClassNotFoundException {
        // given
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("plugin.properties"))) {
            descriptor.load(reader);
        }

        // then
        assertThat(descriptor.getProperty("plugin.id")).isEqualTo(GreenhouseAdapter.NAME);
        assertThat(Plugin.class.isAssignableFrom(Class.forName(descriptor.getProperty("plugin.class")))).isTrue();
        assertThat(descriptor.getProperty("plugin.version")).isNotBlank();
        assertThat(descriptor.getProperty("plugin.requires")).isNotBlank();
    }
}
