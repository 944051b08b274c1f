package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a control currently shows, read back from the DOM (not from what was meant to be typed).
 *
 * @param kind    the control's kind
 * @param values  the text of a text field, the label(s) of the chosen option(s), the checked members of a
 *                group, or the chosen file name(s); empty when nothing is chosen
 * @param checked for a single checkbox or radio: whether it is checked
 */
public record FieldValue(ControlKind kind, List<String> values, Optional<Boolean> checked) {
    public FieldValue {
        requireNonNull(kind, "kind is null");
        values = List.copyOf(values);
        requireNonNull(checked, "checked is null");
    }

    /** The first value, or the empty string when nothing is shown. */
    public String text() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Whether the control shows no value (and, for a checkbox or radio, is not checked). */
    public boolean isEmpty() {
        return values.stream().allMatch(String::isBlank) && !checked.orElse(false);
    }
}
