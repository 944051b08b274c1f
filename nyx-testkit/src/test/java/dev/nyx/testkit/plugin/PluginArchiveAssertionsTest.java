package dev.nyx.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.Notifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;

/** The packaging checks against a fixture plugin compiled and packed in the test, good and broken. */
class PluginArchiveAssertionsTest {
    @TempDir
    static Path build;

    @TempDir
    Path temp;

    private static FixturePlugin fixture;

    @BeforeAll
    static void compileFixture() throws IOException {
        fixture = FixturePlugin.compile(build);
    }

    @Test
    void should_start_the_plugin_and_list_its_extension_when_the_archive_is_good() throws IOException {
        // given
        Path jar = fixture.jar(temp.resolve("fixture.jar"), FixturePlugin.goodManifest(),
                Map.of("plugin.properties", FixturePlugin.properties("plugin.id", "fixture")), List.of());

        // when
        Path folder;
        try (LoadedPlugin plugin = PluginArchiveAssertions.assertLoads(jar, Notifier.class)) {
            // then
            assertThat(plugin.pluginId()).isEqualTo("fixture");
            assertThat(plugin.wrapper().getPluginState()).isEqualTo(PluginState.STARTED);
            assertThat(plugin.extensionClasses(Notifier.class)).extracting(Class::getName)
                    .containsExactly(FixturePlugin.NOTIFIER_CLASS);
            folder = plugin.wrapper().getPluginPath().getParent().getParent();
        }
        // and closing deleted the temporary plugins folder
        assertThat(folder).doesNotExist();
    }

    @Test
    void should_name_proc_full_when_the_extension_index_is_missing() throws IOException {
        // given: built without PF4J's annotation processor
        Path jar = fixture.jar(temp.resolve("no-index.jar"), FixturePlugin.goodManifest(), Map.of(),
                List.of("META-INF/extensions.idx"));

        // when / then
        assertThatThrownBy(() -> PluginArchiveAssertions.assertDescriptor(jar))
                .isInstanceOf(AssertionError.class).hasMessageContaining("META-INF/extensions.idx")
                .hasMessageContaining("<proc>full</proc>");
    }

    @Test
    void should_name_provided_scope_when_the_archive_bundles_an_spi_class() throws IOException {
        // given
        Path jar = fixture.jar(temp.resolve("bundled.jar"), FixturePlugin.goodManifest(),
                Map.of("dev/nyx/spi/Notifier.class", new byte[] {1, 2, 3}), List.of());

        // when / then
        assertThatThrownBy(() -> PluginArchiveAssertions.assertDescriptor(jar))
                .isInstanceOf(AssertionError.class).hasMessageContaining("dev/nyx/spi/Notifier.class")
                .hasMessageContaining("scope provided");
    }

    @Test
    void should_name_plugin_id_when_the_manifest_has_none() throws IOException {
        // given
        Map<String, String> manifest = FixturePlugin.goodManifest();
        manifest.remove("Plugin-Id");
        Path jar = fixture.jar(temp.resolve("no-id.jar"), manifest, Map.of(), List.of());

        // when / then
        assertThatThrownBy(() -> PluginArchiveAssertions.assertDescriptor(jar))
                .isInstanceOf(AssertionError.class).hasMessageContaining("plugin.id");
    }

    @Test
    void should_name_both_descriptors_when_the_manifest_and_plugin_properties_disagree() throws IOException {
        // given
        Path jar = fixture.jar(temp.resolve("drift.jar"), FixturePlugin.goodManifest(),
                Map.of("plugin.properties", FixturePlugin.properties("plugin.version", "0.9.0")), List.of());

        // when / then
        assertThatThrownBy(() -> PluginArchiveAssertions.assertDescriptor(jar))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the manifest and plugin.properties disagree on the version");
    }

    @Test
    void should_name_the_extension_point_when_the_plugin_offers_none_of_it() throws IOException {
        // given
        Path jar = fixture.jar(temp.resolve("fixture.jar"), FixturePlugin.goodManifest(), Map.of(), List.of());

        // when / then
        assertThatThrownBy(() -> PluginArchiveAssertions.assertLoads(jar, CaptchaSolver.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining(CaptchaSolver.class.getName())
                .hasMessageContaining("@org.pf4j.Extension");
    }

    @Test
    void should_read_plugin_properties_when_given_a_classes_folder() throws IOException {
        // given: what nyx-plugin-parent leaves in target/classes
        Files.write(fixture.classes().resolve("plugin.properties"),
                new String(FixturePlugin.properties("plugin.id", "fixture"), StandardCharsets.ISO_8859_1)
                        .getBytes(StandardCharsets.ISO_8859_1));

        // when
        PluginDescriptor descriptor = PluginArchiveAssertions.assertDescriptor(fixture.classes());

        // then
        assertThat(descriptor.getPluginId()).isEqualTo("fixture");
        assertThat(descriptor.getPluginClass()).isEqualTo(FixturePlugin.PLUGIN_CLASS);
    }

    @Test
    void should_name_the_system_property_when_no_archive_was_passed() {
        // given: this module is not a plugin, so nothing sets the property
        assertThat(System.getProperty(PluginArchiveAssertions.ARCHIVE_PROPERTY)).isNull();

        // when / then
        assertThatThrownBy(PluginArchiveAssertions::builtArchive).isInstanceOf(AssertionError.class)
                .hasMessageContaining(PluginArchiveAssertions.ARCHIVE_PROPERTY);
    }
}
