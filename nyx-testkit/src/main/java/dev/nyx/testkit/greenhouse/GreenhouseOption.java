package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

/**
 * One choice of a Greenhouse select field, as the Job Board API lists it.
 *
 * @param label the text shown
 * @param value the value posted (option ids such as {@code 724302231}, {@code 1}/{@code 0} for yes/no)
 */
public record GreenhouseOption(String label, String value) {
    public GreenhouseOption {
        requireNonNull(label, "label is null");
        requireNonNull(value, "value is null");
    }
}
