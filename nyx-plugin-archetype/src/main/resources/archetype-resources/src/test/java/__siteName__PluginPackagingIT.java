package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.spi.AtsAdapter;
import dev.nyx.testkit.plugin.LoadedPlugin;
import dev.nyx.testkit.plugin.PluginArchiveAssertions;
import org.junit.jupiter.api.Test;

/** The jar this build made: a complete descriptor, and it loads in a real PF4J manager with the adapter. */
class ${siteName}PluginPackagingIT {

    @Test
    void should_load_the_adapter_when_the_built_jar_is_in_a_plugins_folder() {
        try (LoadedPlugin plugin = PluginArchiveAssertions.assertLoads(PluginArchiveAssertions.builtArchive(),
                AtsAdapter.class)) {
            assertThat(plugin.pluginId()).isEqualTo("${pluginId}");
            assertThat(plugin.extensionClasses(AtsAdapter.class)).extracting(Class::getName)
                    .containsExactly(${siteName}Adapter.class.getName());
        }
    }
}
