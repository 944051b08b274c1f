package dev.nyx.core.config.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One leaf of the configuration schema: its path in {@code nyx.yaml}, its type and whether it is a
 * secret. The environment variable that overrides it is derived from the path. Not part of the API.
 *
 * @param path   dotted camelCase path, e.g. {@code browser.executablePath}
 * @param kind   how its value is read and checked
 * @param secret whether its value must never appear in messages
 */
public record Setting(String path, Kind kind, boolean secret) {
    /** Value types; {@code *_MAP} kinds take an object whose keys the user chooses. */
    public enum Kind {
        TEXT, JDBC_URL, HTTP_URL, PATH, EXISTING_FILE, BOOLEAN, POSITIVE_INT, NON_NEGATIVE_DECIMAL,
        DURATION, POSITIVE_DURATION, PLUGIN_MODE, LOCALE, TIMEZONE, TEXT_MAP, SETTINGS_MAP, PRICE_MAP,
        /** A list of names: a YAML list, or comma-separated text (environment variables). */
        NAME_LIST;

        public boolean isMap() {
            return this == TEXT_MAP || this == SETTINGS_MAP || this == PRICE_MAP;
        }
    }

    public Setting {
        requireNonNull(path, "path is null");
        requireNonNull(kind, "kind is null");
    }

    /** {@code NYX_} and the path in upper snake case: {@code browser.executablePath} → {@code NYX_BROWSER_EXECUTABLE_PATH}. */
    public String environmentVariable() {
        String snake = path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_');
        return "NYX_" + snake.toUpperCase(Locale.ROOT);
    }

    /** Whether an environment variable can override it (maps cannot: their keys are free). */
    public boolean hasEnvironmentVariable() {
        return !kind.isMap();
    }
}
