package dev.nyx.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.plugin.PluginHost;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.ExtensionContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built plugin jar, loaded by the host's real PF4J plugin manager from a plugins folder. */
class PluginPackagingIT {
    @TempDir
    Path temp;

    @Test
    void should_find_all_five_solvers_when_the_built_jar_is_loaded_from_a_plugins_folder() throws Exception {
        // given
        Path jar = Path.of(System.getProperty("nyx.captcha.jar", "target/nyx-captcha-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the plugin jar is built by 'package' before the ITs").exists();
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));

        // when
        PluginHost host = PluginHost.start(TestConfigs.config(temp, Duration.ofSeconds(5)).plugins());
        try {
            // this module's own classes are on the test classpath too (PF4J lists them as system
            // extensions): keep what came out of the jar
            List<Class<? extends CaptchaSolver>> found = host.extensionClasses(CaptchaSolver.class).stream()
                    .filter(type -> host.originOf(type).isPresent()).toList();

            // then
            assertThat(found).extracting(Class::getName).containsExactlyInAnyOrder(
                    "dev.nyx.captcha.TwoCaptchaSolver", "dev.nyx.captcha.CapSolverSolver",
                    "dev.nyx.captcha.AntiCaptchaSolver", "dev.nyx.captcha.TwoCaptchaClassicSolver",
                    "dev.nyx.captcha.TelegramHandoffSolver");
            assertThat(found).allSatisfy(type -> {
                assertThat(type.getClassLoader()).isNotSameAs(getClass().getClassLoader());
                assertThat(host.originOf(type)).hasValueSatisfying(origin ->
                        assertThat(origin.pluginId()).isEqualTo("captcha"));
            });
            Class<? extends CaptchaSolver> telegram = found.stream()
                    .filter(type -> type.getSimpleName().equals("TelegramHandoffSolver")).findFirst().orElseThrow();
            CaptchaSolver solver = telegram.getConstructor(ExtensionContext.class, Map.class)
                    .newInstance(new TestContext(Map.of()), Map.of());
            assertThat(solver.name()).isEqualTo("telegram");
            assertThat(solver.isEnabled()).isFalse();
        } finally {
            host.stop();
        }
    }
}
