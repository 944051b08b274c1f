package dev.nyx.core.pipeline;

import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.profile.Profile;

/**
 * Decides, after a posting is fetched, whether and with how much effort to apply (ARCHITECTURE.md
 * "match" and "plan effort"). The seam for the matching and policy work: until it lands, the
 * default binding applies to everything at {@code MEDIUM} effort without a language-model budget.
 *
 * <p>Called by the pipeline once per application, on its worker thread. Implementations are
 * thread-safe; they throw {@link dev.nyx.spi.NyxException} (e.g. {@code INVALID_POLICY}).
 */
public interface EffortPlanner {

    /** The plan for this posting and candidate. */
    Plan plan(JobPosting posting, Profile profile);
}
