package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.List;

/**
 * One field of a Greenhouse question: its API name (the name posted on the job-boards page), type
 * and options.
 */
public record GreenhouseField(String name, GreenhouseFieldType type, List<GreenhouseOption> values) {
    public GreenhouseField {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        values = List.copyOf(values);
    }

    public static GreenhouseField text(String name) {
        return new GreenhouseField(name, GreenhouseFieldType.INPUT_TEXT, List.of());
    }

    public static GreenhouseField textarea(String name) {
        return new GreenhouseField(name, GreenhouseFieldType.TEXTAREA, List.of());
    }

    public static GreenhouseField file(String name) {
        return new GreenhouseField(name, GreenhouseFieldType.INPUT_FILE, List.of());
    }

    public static GreenhouseField singleSelect(String name, List<GreenhouseOption> options) {
        return new GreenhouseField(name, GreenhouseFieldType.MULTI_VALUE_SINGLE_SELECT, options);
    }

    public static GreenhouseField multiSelect(String name, List<GreenhouseOption> options) {
        if (!name.endsWith("[]")) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "multi-select field name '" + name + "' must end in []");
        }
        return new GreenhouseField(name, GreenhouseFieldType.MULTI_VALUE_MULTI_SELECT, options);
    }

    /** The option with this label. */
    public GreenhouseOption option(String label) {
        return values.stream().filter(option -> option.label().equals(label)).findFirst()
                .orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "field " + name + " has no option '" + label
                        + "'; options are " + values.stream().map(GreenhouseOption::label).toList()));
    }
}
