package dev.nyx.examples.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** plugin.properties (development mode) and the pom's manifest entries (archives) must agree. */
class PluginDescriptorTest {

    @Test
    void should_match_the_pom_manifest_entries_when_plugin_properties_is_read() throws Exception {
        // given
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("plugin.properties"))) {
            properties.load(reader);
        }
        String pom = Files.readString(Path.of("pom.xml"));

        // when / then
        assertThat(properties.getProperty("plugin.id")).isEqualTo(pomProperty(pom, "plugin.id"));
        assertThat(properties.getProperty("plugin.class")).isEqualTo(pomProperty(pom, "plugin.class"))
                .isEqualTo(EventLogPlugin.class.getName());
        assertThat(properties.getProperty("plugin.version")).isEqualTo(projectVersion(pom));
        assertThat(properties.getProperty("plugin.provider")).isEqualTo(pomProperty(pom, "plugin.provider"));
        assertThat(properties.getProperty("plugin.requires")).isEqualTo(pomProperty(pom, "plugin.requires"));
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

    private static String pomProperty(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(pom);
        assertThat(matcher.find()).as("pom property %s", name).isTrue();
        return matcher.group(1);
    }

    private static String projectVersion(String pom) {
        // the version inherited from the parent block
        Matcher matcher = Pattern.compile("<parent>.*?<version>([^<]*)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
