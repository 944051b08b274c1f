package dev.nyx.core.plan;

import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import java.util.Optional;

/**
 * Decides, after a posting is fetched, whether and with how much effort to apply (ARCHITECTURE.md
 * "match" and "plan effort"): the match score with its reasons, the company's tier and the effort
 * policy's plan. Bound by {@link PlanModule} to the {@link PolicyPlanner} (matching with the
 * in-process embedding model, the policy from {@code policyFile} or the built-in defaults); hosts
 * may bind their own with {@code Nyx.builder().module(...)}.
 *
 * <p>Called by the pipeline once per application, on its worker thread. Implementations are
 * thread-safe; they throw {@link dev.nyx.spi.NyxException} (e.g. {@code EMBEDDING_MODEL_FAILED}).
 */
public interface EffortPlanner {

    /**
     * The match and plan for this posting and candidate.
     *
     * @param approvedBecause present when the posting counts as approved (the candidate named it, approved it
     *                        from the queue, or it passed the policy before): a sentence saying why, and the
     *                        plan then applies at the policy's effort whatever the bands say; empty when the
     *                        policy's bands decide (skip, wait for approval, or apply)
     */
    PlannedPosting plan(JobPosting posting, Profile profile, Optional<String> approvedBecause);
}
