package dev.nyx.examples.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.plugin.PluginArchiveAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginDescriptor;

/**
 * The descriptor nyx-plugin-parent generates from pom.xml into target/classes (read by development
 * mode, and packed into the jar beside the manifest) and the extension index PF4J's annotation
 * processor writes.
 */
class PluginDescriptorTest {

    @Test
    void should_name_the_plugin_and_its_class_when_the_generated_descriptor_is_read() {
        // when
        PluginDescriptor descriptor = PluginArchiveAssertions.assertDescriptor(Path.of("target/classes"));

        // then
        assertThat(descriptor.getPluginId()).isEqualTo("event-log");
        assertThat(descriptor.getPluginClass()).isEqualTo(EventLogPlugin.class.getName());
        assertThat(descriptor.getRequires()).isEqualTo("*");
    }

    @Test
    void should_list_the_notifier_when_the_extension_index_is_generated() throws Exception {
        // given: PF4J's annotation processor ran at compile time
        Path index = Path.of("target/classes/META-INF/extensions.idx");

        // when
        String content = Files.readString(index);

        // then
        assertThat(content).contains(JsonLinesNotifier.class.getName());
    }
}
