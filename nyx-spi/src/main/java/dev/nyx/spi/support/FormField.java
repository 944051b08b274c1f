package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;

/**
 * A form control found by its label.
 *
 * @param label    the label text on the page that matched (as shown, markers such as "*" dropped)
 * @param kind     what kind of control it is
 * @param control  the control (for groups: the element holding the members); valid until the page re-renders it
 * @param visible  whether the control (or, for hidden inputs, its label) is shown
 * @param multiple whether several options may be chosen
 */
public record FormField(String label, ControlKind kind, Locator control, boolean visible, boolean multiple) {
    public FormField {
        requireNonNull(label, "label is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(control, "control is null");
    }
}
