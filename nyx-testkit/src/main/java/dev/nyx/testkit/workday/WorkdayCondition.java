package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * When a field is shown: only while another field of the same step has one of the given values (a dropdown's or
 * radio's chosen option, a checkbox's "true", one chip of a multi-select). A hidden conditional field is neither
 * validated nor recorded.
 *
 * @param fieldKey the key of the field it depends on, in the same step
 * @param anyOf    the values that show it (at least one)
 */
public record WorkdayCondition(String fieldKey, List<String> anyOf) {
    public WorkdayCondition {
        requireNonNull(fieldKey, "fieldKey is null");
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a condition on " + fieldKey + " needs at least one value");
        }
    }

    /** Shown while {@code fieldKey} has {@code value}. */
    public static WorkdayCondition when(String fieldKey, String value) {
        return new WorkdayCondition(fieldKey, List.of(value));
    }

    /** Whether the condition holds for the depended-on field's current values. */
    public boolean holds(List<String> values) {
        return values.stream().anyMatch(anyOf::contains);
    }
}
