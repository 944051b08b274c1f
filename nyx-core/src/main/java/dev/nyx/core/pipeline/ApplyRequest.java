package dev.nyx.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.profile.Profile;
import java.util.Optional;

/**
 * One "apply to this URL" request, as a host or the runner gives it to {@link ApplyPipeline#apply}.
 *
 * @param url       the posting's URL, as typed (checked by the pipeline, not here)
 * @param profile   the candidate
 * @param forcedAts an adapter name that overrides URL and page recognition ({@code --ats})
 * @param dryRun    fill the form but never submit
 * @param sessionId the session this application belongs to, if any
 */
public record ApplyRequest(String url, Profile profile, Optional<String> forcedAts, boolean dryRun,
                           Optional<String> sessionId) {
    public ApplyRequest {
        requireNonNull(url, "url is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(forcedAts, "forcedAts is null");
        requireNonNull(sessionId, "sessionId is null");
    }

    /** A real (not dry) run for this URL, without forced adapter or session. */
    public static ApplyRequest of(String url, Profile profile) {
        return new ApplyRequest(url, profile, Optional.empty(), false, Optional.empty());
    }

    /** The same request as a dry run. */
    public ApplyRequest asDryRun() {
        return new ApplyRequest(url, profile, forcedAts, true, sessionId);
    }

    /** The same request with the adapter forced by name. */
    public ApplyRequest withAts(String atsName) {
        return new ApplyRequest(url, profile, Optional.of(atsName), dryRun, sessionId);
    }
}
