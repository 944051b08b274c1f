package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

/**
 * A condition for a follow-up question: it is shown (and, if required, required) only while the
 * field {@code fieldName} (API name) holds {@code value}.
 */
public record ShowWhen(String fieldName, String value) {
    public ShowWhen {
        requireNonNull(fieldName, "fieldName is null");
        requireNonNull(value, "value is null");
    }
}
