package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.testkit.plugin.LoadedPlugin;
import dev.nyx.testkit.plugin.PluginArchiveAssertions;
import dev.nyx.testkit.workday.WorkdayFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built plugin archive passes the testkit's packaging checks (descriptor, extension index, no host classes,
 * loads in a real PF4J plugin manager with its {@link AtsAdapter}), and that extension, built the way the host
 * builds extensions (Guice, with the {@link ExtensionContext}), fetches a replica posting from the CXS API.
 */
class WorkdayPluginPackagingIT {

    @Test
    void should_load_the_archive_and_fetch_a_posting_when_the_plugin_jar_is_in_the_plugins_folder(@TempDir Path folder)
            throws Exception {
        // given
        Path jar = PluginArchiveAssertions.builtArchive();

        try (LoadedPlugin plugin = PluginArchiveAssertions.assertLoads(jar, AtsAdapter.class);
             WorkdayHarness harness = new WorkdayHarness(Files.createDirectories(folder.resolve("work")))) {
            // when
            List<Class<? extends AtsAdapter>> classes = plugin.extensionClasses(AtsAdapter.class);
            ExtensionContext extensions = harness.extensions(Map.of());
            AtsAdapter adapter = Guice.createInjector(binder -> binder.bind(ExtensionContext.class).toInstance(extensions))
                    .getInstance(classes.get(0));
            JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER),
                    harness.context());

            // then
            assertThat(plugin.pluginId()).isEqualTo("workday");
            assertThat(classes).hasSize(1);
            assertThat(adapter.name()).isEqualTo("workday");
            assertThat(posting.key().value()).isEqualTo("workday:northwind/External/" + WorkdayFixtures.JAVA_ENGINEER);
            assertThat(posting.company()).isEqualTo("Northwind Robotics");
        }
    }
}
