package dev.nyx.spi;

import java.util.Map;
import java.util.Optional;

/**
 * The settings one extension was given in {@code nyx.yaml} under {@code plugins.settings.<name>}.
 * Values are text as written; typed getters fail with a message naming the setting.
 */
public interface ExtensionSettings {

    /** The settings' name, as under {@code plugins.settings}. */
    String name();

    /** All settings as text. */
    Map<String, String> asMap();

    default Optional<String> get(String key) {
        return Optional.ofNullable(asMap().get(key));
    }

    /** A required setting; throws {@link ErrorCode#INVALID_CONFIGURATION} naming it when absent. */
    default String require(String key) {
        return get(key).orElseThrow(() -> new NyxException(ErrorCode.INVALID_CONFIGURATION,
                "plugins.settings." + name() + "." + key + " is missing: set it in nyx.yaml"));
    }
}
