package dev.nyx.examples.runner;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plugin.PluginDescription;
import dev.nyx.core.plugin.PluginHost;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx plugins}: loads the plugins folder and lists every plugin with its state, version
 * and extensions per extension point, and failed plugins with their reason. Only the plugins are
 * started (no database), so listing is safe on any installation.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Lists the plugins found in the plugins folder and their extensions.")
final class PluginsCommand implements Callable<Integer> {
    @ParentCommand
    private NyxCommand nyx;

    @Override
    public Integer call() {
        NyxConfig config = nyx.config();
        PrintWriter out = nyx.out();
        PluginHost plugins = PluginHost.start(config.plugins());
        try {
            List<PluginDescription> descriptions = plugins.describe();
            out.println("Plugins folder: " + config.plugins().directory().toAbsolutePath().normalize()
                    + " (" + config.plugins().mode().name().toLowerCase(java.util.Locale.ROOT) + " mode)");
            if (descriptions.isEmpty()) {
                out.println("No plugins found.");
            }
            for (PluginDescription plugin : descriptions) {
                out.println(plugin.id() + " " + plugin.version().orElse("(unknown version)") + " "
                        + plugin.status() + "  " + plugin.path());
                plugin.extensions().forEach((point, classes) -> classes.forEach(
                        extension -> out.println("  " + point + ": " + extension)));
                plugin.failureReason().ifPresent(reason -> out.println("  reason: " + reason));
            }
            return ExitCodes.OK;
        } finally {
            plugins.stop();
        }
    }
}
