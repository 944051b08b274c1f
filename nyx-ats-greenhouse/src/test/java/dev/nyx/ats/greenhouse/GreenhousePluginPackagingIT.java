package dev.nyx.ats.greenhouse;

import com.google.inject.Guice;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built plugin archive (this module's jar, made at {@code package}) loads in a real PF4J plugin
 * manager from a plugins folder, offers its {@link AtsAdapter} extension, and that extension, built
 * the way the host builds extensions (Guice, with the {@link ExtensionContext}), fetches a replica posting.
 */
class GreenhousePluginPackagingIT {

    @Test
    void should_load_the_archive_and_fetch_a_posting_when_the_plugin_jar_is_in_the_plugins_folder(@TempDir Path folder)
            throws Exception {
        // given
        Path jar = Path.of(System.getProperty("nyx.greenhouse.pluginJar", "target/nyx-ats-greenhouse-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the plugin jar; run this through 'mvn verify'").isRegularFile();
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        PluginManager manager = new DefaultPluginManager(plugins);

        try (GreenhouseHarness harness = new GreenhouseHarness(Files.createDirectories(folder.resolve("work")))) {
            // when
            manager.loadPlugins();
            manager.startPlugins();
            List<Class<? extends AtsAdapter>> classes = manager.getExtensionClasses(AtsAdapter.class, "greenhouse");
            ExtensionContext extensions = harness.extensions(true);
            AtsAdapter adapter = Guice.createInjector(binder -> binder.bind(ExtensionContext.class).toInstance(extensions))
                    .getInstance(classes.get(0));
            JobPosting posting = adapter.fetchPosting(
                    harness.replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.BACKEND_ENGINEER),
                    harness.context());

            // then
            PluginWrapper plugin = manager.getPlugin("greenhouse");
            assertThat(plugin.getPluginState()).isEqualTo(PluginState.STARTED);
            assertThat(plugin.getPlugin()).isInstanceOf(plugin.getPluginClassLoader().loadClass(GreenhousePlugin.class.getName()));
            assertThat(classes).hasSize(1);
            // loaded by the plugin's own class loader, yet usable through the host's SPI type
            assertThat(classes.get(0).getClassLoader()).isSameAs(plugin.getPluginClassLoader());
            assertThat(adapter.name()).isEqualTo("greenhouse");
            assertThat(posting.key().value()).isEqualTo("greenhouse:acme/4012345");
            assertThat(posting.form().questions()).hasSizeGreaterThan(20);
        } finally {
            List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
            Collections.reverse(started);
            started.forEach(plugin -> manager.stopPlugin(plugin.getPluginId()));
            manager.unloadPlugins();
        }
    }
}
