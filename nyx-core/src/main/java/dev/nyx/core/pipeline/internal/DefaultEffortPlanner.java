package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.pipeline.EffortPlanner;
import dev.nyx.model.Budget;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.profile.Profile;

/**
 * Applies to every posting at medium effort with no language-model budget: the stand-in until
 * matching and the effort policy exist. Stateless and thread-safe. Public only for wiring.
 */
public final class DefaultEffortPlanner implements EffortPlanner {

    @Override
    public Plan plan(JobPosting posting, Profile profile) {
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        return new Plan(Decision.APPLY, Effort.MEDIUM, Budget.none(),
                "no matching or effort policy configured yet: apply at medium effort, rules and answer bank only");
    }
}
