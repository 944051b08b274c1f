package dev.nyx.core.plan;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.JobPosting;
import dev.nyx.model.MatchScore;
import dev.nyx.model.Plan;
import dev.nyx.model.profile.Profile;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.MatchScorer;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Matches a posting and plans the effort for it: the {@link MatchScorer} in use for the score, the company's
 * tier from {@link CompanyStore}, then the {@link EffortPolicy}. {@link #plan(JobPosting, Profile)}
 * has the shape of the pipeline's planner seam ({@code dev.nyx.core.pipeline.EffortPlanner}), so the
 * pipeline can bind to it with a one-line adapter.
 *
 * <p>Called by the pipeline once per application, on its worker thread. Thread-safe. Throws what
 * the scorer and the company store throw ({@code NyxException}).
 */
public final class PolicyPlanner {
    private final MatchScorer scorer;
    private final CompanyStore companies;
    private final EffortPolicy policy;

    @Inject
    public PolicyPlanner(MatchScorer scorer, CompanyStore companies, EffortPolicy policy) {
        this.scorer = requireNonNull(scorer, "scorer is null");
        this.companies = requireNonNull(companies, "companies is null");
        this.policy = requireNonNull(policy, "policy is null");
    }

    /** The plan for a posting found by a search or a queue: the bands decide. */
    public Plan plan(JobPosting posting, Profile profile) {
        return planPosting(posting, profile, false, false).plan();
    }

    /**
     * Matches and plans a posting.
     *
     * @param namedByCandidate the candidate named this posting ({@code nyx apply URL}): it counts as
     *                         approved, its score is still computed and its effort still follows the policy
     * @param respectPolicy    send a named posting through the bands like queued work ({@code --respect-policy})
     */
    public PlannedPosting planPosting(JobPosting posting, Profile profile, boolean namedByCandidate,
                                      boolean respectPolicy) {
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        MatchScore match = score(posting, profile);
        CompanyTier tier = companies.find(posting.company()).map(Company::tier).orElse(CompanyTier.NORMAL);
        Plan plan = policy.plan(match, tier, namedByCandidate && !respectPolicy);
        return new PlannedPosting(match, tier, plan);
    }

    /**
     * Matches and plans a posting the candidate approved (from the queue, or earlier on its way):
     * applied to whatever the bands say, at the bands' effort.
     *
     * @param because a sentence saying why it counts as approved; it starts the plan's reason
     */
    public PlannedPosting planApproved(JobPosting posting, Profile profile, String because) {
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(because, "because is null");
        MatchScore match = score(posting, profile);
        CompanyTier tier = companies.find(posting.company()).map(Company::tier).orElse(CompanyTier.NORMAL);
        return new PlannedPosting(match, tier, policy.plan(match, tier, Optional.of(because)));
    }

    private MatchScore score(JobPosting posting, Profile profile) {
        MatchScore match = scorer.score(posting, profile);
        if (match == null) {
            throw new NyxException(ErrorCode.INTERNAL, "The match scorer '" + scorer.name() + "' ("
                    + scorer.getClass().getName() + ") returned no score");
        }
        return match;
    }

    /** The policy in use (its budgets price other work, e.g. interview preparation). */
    public EffortPolicy policy() {
        return policy;
    }
}
