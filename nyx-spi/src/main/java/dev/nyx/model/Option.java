package dev.nyx.model;

import static java.util.Objects.requireNonNull;

/**
 * One choice offered by a select, radio group or checkbox group.
 *
 * @param value what the form submits (often an id such as {@code 724302231})
 * @param label what the candidate reads
 */
public record Option(String value, String label) {
    public Option {
        requireNonNull(value, "value is null");
        requireNonNull(label, "label is null");
    }
}
