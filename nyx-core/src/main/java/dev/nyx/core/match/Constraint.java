package dev.nyx.core.match;

/** The hard constraints that can veto a posting whatever its score. */
public enum Constraint {
    /** Remote, hybrid or on-site against {@code nyx.remote} and {@code nyx.willingToRelocate}. */
    LOCATION,
    /** {@code nyx.workAuthorization} for the posting's country, with {@code nyx.requiresSponsorship}. */
    WORK_AUTHORIZATION,
    /** The posted range's maximum against {@code nyx.salary}. */
    SALARY,
    /** The title's level against the candidate's. */
    SENIORITY,
    /** Tier {@code avoid} or on the caller's list of excluded companies. */
    EXCLUDED_COMPANY
}
