package dev.nyx.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.profile.Profile;
import java.util.Optional;

/**
 * One "apply to this URL" request, as a host or the runner gives it to {@link ApplyPipeline#apply}.
 *
 * <p>A posting the candidate names ({@code nyx apply URL}, {@link #of}) counts as approved: its
 * match score is still computed, recorded and shown and its effort still follows the policy, but
 * the policy's skip and approval bands do not stop it, unless {@code respectPolicy} is set. Work
 * the candidate did not name (a queue, a search: {@link #queued}) goes through the bands. A posting
 * found on a watched board ({@link #discovered}) goes through the bands and is then held for the
 * candidate's approval even where the policy would apply at once: discovery never submits by itself.
 *
 * @param url              the posting's URL, as typed (checked by the pipeline, not here)
 * @param profile          the candidate
 * @param forcedAts        an adapter name that overrides URL and page recognition ({@code --ats})
 * @param dryRun           fill the form but never submit
 * @param sessionId        the session this application belongs to, if any
 * @param namedByCandidate the candidate named this posting, so it counts as approved
 * @param respectPolicy    send a named posting through the policy's bands anyway ({@code --respect-policy})
 * @param holdForApproval  stop after planning: what the policy would apply to waits for approval
 *                         instead, and an unfinished earlier application is left as it is
 */
public record ApplyRequest(String url, Profile profile, Optional<String> forcedAts, boolean dryRun,
                           Optional<String> sessionId, boolean namedByCandidate, boolean respectPolicy,
                           boolean holdForApproval) {
    public ApplyRequest {
        requireNonNull(url, "url is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(forcedAts, "forcedAts is null");
        requireNonNull(sessionId, "sessionId is null");
    }

    /** A request that applies (does not only plan), as before discovery existed. */
    public ApplyRequest(String url, Profile profile, Optional<String> forcedAts, boolean dryRun,
                        Optional<String> sessionId, boolean namedByCandidate, boolean respectPolicy) {
        this(url, profile, forcedAts, dryRun, sessionId, namedByCandidate, respectPolicy, false);
    }

    /** A request for a posting the candidate named, without {@code --respect-policy}. */
    public ApplyRequest(String url, Profile profile, Optional<String> forcedAts, boolean dryRun,
                        Optional<String> sessionId) {
        this(url, profile, forcedAts, dryRun, sessionId, true, false);
    }

    /** A real (not dry) run for a URL the candidate named, without forced adapter or session. */
    public static ApplyRequest of(String url, Profile profile) {
        return new ApplyRequest(url, profile, Optional.empty(), false, Optional.empty());
    }

    /** A real run for a URL from a queue or a search: the policy's bands decide. */
    public static ApplyRequest queued(String url, Profile profile) {
        return new ApplyRequest(url, profile, Optional.empty(), false, Optional.empty(), false, false);
    }

    /**
     * A posting found on a watched board: fetched, stored, matched and planned like any other, then
     * skipped by the policy or held for the candidate's approval; never filled or submitted by this
     * request.
     */
    public static ApplyRequest discovered(String url, Profile profile) {
        return new ApplyRequest(url, profile, Optional.empty(), false, Optional.empty(), false, false, true);
    }

    /** The same request as a dry run. */
    public ApplyRequest asDryRun() {
        return new ApplyRequest(url, profile, forcedAts, true, sessionId, namedByCandidate, respectPolicy,
                holdForApproval);
    }

    /** The same request with the adapter forced by name. */
    public ApplyRequest withAts(String atsName) {
        return new ApplyRequest(url, profile, Optional.of(atsName), dryRun, sessionId, namedByCandidate,
                respectPolicy, holdForApproval);
    }

    /** The same request, sent through the policy's bands even though the candidate named it. */
    public ApplyRequest respectingPolicy() {
        return new ApplyRequest(url, profile, forcedAts, dryRun, sessionId, namedByCandidate, true, holdForApproval);
    }

    /** Whether the policy's bands may stop this request (skip it or hold it for approval). */
    public boolean bandsDecide() {
        return !namedByCandidate || respectPolicy;
    }
}
