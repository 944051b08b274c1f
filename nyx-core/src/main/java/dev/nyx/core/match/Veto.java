package dev.nyx.core.match;

import static java.util.Objects.requireNonNull;

/**
 * A hard constraint a posting breaks.
 *
 * @param constraint which one
 * @param reason     a sentence a person can read, naming the constraint and the values compared
 */
public record Veto(Constraint constraint, String reason) {
    public Veto {
        requireNonNull(constraint, "constraint is null");
        requireNonNull(reason, "reason is null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a veto needs a reason");
        }
    }
}
