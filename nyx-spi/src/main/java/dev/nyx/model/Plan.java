package dev.nyx.model;

import static java.util.Objects.requireNonNull;

/**
 * The policy's decision for one posting.
 *
 * @param decision skip, wait for approval, or apply
 * @param effort   the effort when applying
 * @param budget   what the application may spend
 * @param reason   a sentence a person can read
 */
public record Plan(Decision decision, Effort effort, Budget budget, String reason) {
    public Plan {
        requireNonNull(decision, "decision is null");
        requireNonNull(effort, "effort is null");
        requireNonNull(budget, "budget is null");
        requireNonNull(reason, "reason is null");
    }
}
