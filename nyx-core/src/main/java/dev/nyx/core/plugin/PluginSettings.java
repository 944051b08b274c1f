package dev.nyx.core.plugin;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ExtensionSettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@link ExtensionSettings} of one plugin: {@code plugins.settings.<pluginId>} from the
 * configuration, each key overridden by its environment variable {@code NYX_PLUGINS_<ID>_<KEY>}
 * ({@link #variableName}). Sections share the plugin's maps under a key prefix. Immutable and
 * thread-safe; {@link #toString()} shows setting names, never values.
 */
public final class PluginSettings implements ExtensionSettings {
    private final String pluginId;
    private final Map<String, String> values;
    private final Map<String, String> variables;
    private final String prefix;

    /**
     * @param pluginId  the plugin's id
     * @param values    its settings from the file, keys flattened with dots ({@code telegram.botToken})
     * @param variables environment variables (only {@code NYX_PLUGINS_<ID>_...} ones are read)
     */
    public PluginSettings(String pluginId, Map<String, String> values, Map<String, String> variables) {
        this(pluginId, values, variables, "");
    }

    private PluginSettings(String pluginId, Map<String, String> values, Map<String, String> variables,
                           String prefix) {
        this.pluginId = requireNonNull(pluginId, "pluginId is null");
        this.values = Map.copyOf(requireNonNull(values, "values is null"));
        this.variables = Map.copyOf(requireNonNull(variables, "variables is null"));
        this.prefix = requireNonNull(prefix, "prefix is null");
    }

    /**
     * The environment variable for a plugin's key: {@code NYX_PLUGINS_}, then id and key in upper case with
     * {@code _} for every other character and between a lower-case letter or digit and an upper-case one
     * ({@code captcha} + {@code telegram.botToken} → {@code NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN}).
     */
    public static String variableName(String pluginId, String key) {
        return "NYX_PLUGINS_" + upperSnake(pluginId) + "_" + upperSnake(key);
    }

    private static String upperSnake(String text) {
        String split = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        return split.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String path() {
        return "plugins.settings." + pluginId + (prefix.isEmpty() ? "" : "." + prefix.substring(0, prefix.length() - 1));
    }

    @Override
    public Optional<String> get(String key) {
        String full = prefix + requireNonNull(key, "key is null");
        String fromEnvironment = variables.get(variableName(pluginId, full));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.strip());
        }
        return Optional.ofNullable(values.get(full)).map(String::strip).filter(value -> !value.isEmpty());
    }

    @Override
    public String describe(String key) {
        String full = prefix + requireNonNull(key, "key is null");
        return "plugins.settings." + pluginId + "." + full + " (or " + variableName(pluginId, full) + ")";
    }

    @Override
    public ExtensionSettings section(String sectionPrefix) {
        requireNonNull(sectionPrefix, "sectionPrefix is null");
        return new PluginSettings(pluginId, values, variables, prefix + sectionPrefix + ".");
    }

    @Override
    public String toString() {
        return "PluginSettings[" + path() + ", keys=" + new TreeSet<>(values.keySet()) + "]";
    }
}
