package dev.nyx.core.plan;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.CompanyTier;
import dev.nyx.model.MatchScore;
import dev.nyx.model.Plan;

/**
 * A posting matched and planned: what the pipeline records and shows.
 *
 * @param match the score, its reasons and vetoes, from the scorer in use
 * @param tier  the company's tier as stored ({@code normal} when unknown)
 * @param plan  the policy's decision, effort and budget
 */
public record PlannedPosting(MatchScore match, CompanyTier tier, Plan plan) {
    public PlannedPosting {
        requireNonNull(match, "match is null");
        requireNonNull(tier, "tier is null");
        requireNonNull(plan, "plan is null");
    }
}
