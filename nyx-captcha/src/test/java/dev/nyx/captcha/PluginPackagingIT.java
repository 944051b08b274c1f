package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.testkit.plugin.LoadedPlugin;
import dev.nyx.testkit.plugin.PluginArchiveAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built plugin jar passes the testkit's packaging checks (descriptor, extension index, loads in a
 * real PF4J plugin manager) and offers all five solvers, loaded from the jar.
 */
class PluginPackagingIT {

    @Test
    void should_find_all_five_solvers_when_the_built_jar_is_loaded_from_a_plugins_folder() throws Exception {
        // given
        Path jar = PluginArchiveAssertions.builtArchive();

        // when
        try (LoadedPlugin plugin = PluginArchiveAssertions.assertLoads(jar, CaptchaSolver.class)) {
            List<Class<? extends CaptchaSolver>> found = plugin.extensionClasses(CaptchaSolver.class);

            // then: the id the settings use (plugins.settings.captcha, NYX_PLUGINS_CAPTCHA_...)
            assertThat(plugin.pluginId()).isEqualTo("captcha");
            assertThat(found).extracting(Class::getName).containsExactlyInAnyOrder(
                    "dev.nyx.captcha.TwoCaptchaSolver", "dev.nyx.captcha.CapSolverSolver",
                    "dev.nyx.captcha.AntiCaptchaSolver", "dev.nyx.captcha.TwoCaptchaClassicSolver",
                    "dev.nyx.captcha.TelegramHandoffSolver");
            Class<? extends CaptchaSolver> telegram = found.stream()
                    .filter(type -> type.getSimpleName().equals("TelegramHandoffSolver")).findFirst().orElseThrow();
            CaptchaSolver solver = telegram.getConstructor(ExtensionContext.class)
                    .newInstance(new TestContext(Map.of()));
            assertThat(solver.name()).isEqualTo("telegram");
            assertThat(solver.isEnabled()).isFalse();
        }
    }
}
