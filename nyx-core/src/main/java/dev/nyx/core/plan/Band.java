package dev.nyx.core.plan;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import java.util.Optional;

/**
 * A range of match scores and what the policy does with them.
 *
 * @param from     lowest score in the band, inclusive
 * @param to       end of the band, exclusive, except that 100 is included in a band ending at 100
 * @param decision skip, wait for approval, or apply
 * @param effort   the effort to apply at; present exactly when {@code decision} is {@link Decision#APPLY}
 */
public record Band(int from, int to, Decision decision, Optional<Effort> effort) {
    public Band {
        requireNonNull(decision, "decision is null");
        requireNonNull(effort, "effort is null");
        if (from < 0 || to > 100 || from >= to) {
            throw new IllegalArgumentException("a band needs 0 <= from < to <= 100: " + from + ".." + to);
        }
        if (effort.isPresent() != (decision == Decision.APPLY)) {
            throw new IllegalArgumentException("an effort belongs to apply bands only: " + decision + " " + effort);
        }
    }

    /** Whether the score falls in this band. */
    public boolean contains(int score) {
        return score >= from && (score < to || (to == 100 && score == 100));
    }

    /** "50–65" for reasons. */
    public String describe() {
        return from + "–" + to;
    }
}
