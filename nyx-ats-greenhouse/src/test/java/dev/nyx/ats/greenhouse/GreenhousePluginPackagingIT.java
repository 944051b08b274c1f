package dev.nyx.ats.greenhouse;

import com.google.inject.Guice;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.plugin.LoadedPlugin;
import dev.nyx.testkit.plugin.PluginArchiveAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built plugin archive (this module's jar, made at {@code package}) passes the testkit's packaging
 * checks (descriptor, extension index, loads in a real PF4J plugin manager with its {@link AtsAdapter}), and that extension, built
 * the way the host builds extensions (Guice, with the {@link ExtensionContext}), fetches a replica posting.
 */
class GreenhousePluginPackagingIT {

    @Test
    void should_load_the_archive_and_fetch_a_posting_when_the_plugin_jar_is_in_the_plugins_folder(@TempDir Path folder)
            throws Exception {
        // given
        Path jar = PluginArchiveAssertions.builtArchive();

        try (LoadedPlugin plugin = PluginArchiveAssertions.assertLoads(jar, AtsAdapter.class);
             GreenhouseHarness harness = new GreenhouseHarness(Files.createDirectories(folder.resolve("work")))) {
            // when
            List<Class<? extends AtsAdapter>> classes = plugin.extensionClasses(AtsAdapter.class);
            ExtensionContext extensions = harness.extensions(true);
            AtsAdapter adapter = Guice.createInjector(binder -> binder.bind(ExtensionContext.class).toInstance(extensions))
                    .getInstance(classes.get(0));
            JobPosting posting = adapter.fetchPosting(
                    harness.replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.BACKEND_ENGINEER),
                    harness.context());

            // then
            assertThat(plugin.pluginId()).isEqualTo("greenhouse");
            assertThat(classes).hasSize(1);
            assertThat(adapter.name()).isEqualTo("greenhouse");
            assertThat(posting.key().value()).isEqualTo("greenhouse:acme/4012345");
            assertThat(posting.form().questions()).hasSizeGreaterThan(20);
        }
    }
}
