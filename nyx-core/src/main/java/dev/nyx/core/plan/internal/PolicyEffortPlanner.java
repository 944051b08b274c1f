package dev.nyx.core.plan.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.plan.EffortPlanner;
import dev.nyx.core.plan.PlannedPosting;
import dev.nyx.core.plan.PolicyPlanner;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The default {@link EffortPlanner}: the {@link PolicyPlanner} with the bands deciding, or at the
 * policy's effort when the posting counts as approved. Bound by {@code PlanModule}; thread-safe.
 * Public only for wiring.
 */
public final class PolicyEffortPlanner implements EffortPlanner {
    private final PolicyPlanner planner;

    @Inject
    public PolicyEffortPlanner(PolicyPlanner planner) {
        this.planner = requireNonNull(planner, "planner is null");
    }

    @Override
    public PlannedPosting plan(JobPosting posting, Profile profile, Optional<String> approvedBecause) {
        requireNonNull(approvedBecause, "approvedBecause is null");
        return approvedBecause.isPresent()
                ? planner.planApproved(posting, profile, approvedBecause.get())
                : planner.planPosting(posting, profile, false, false);
    }
}
