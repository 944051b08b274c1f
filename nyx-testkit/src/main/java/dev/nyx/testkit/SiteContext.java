package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Clock;

/**
 * What the {@link ReplicaServer} hands a {@link Site} with every request.
 *
 * @param siteUrl  the absolute URL of the site's mount path, without trailing slash
 * @param recorder where accepted submissions go
 * @param clock    the server's clock
 */
public record SiteContext(URI siteUrl, SubmissionRecorder recorder, Clock clock) {
    public SiteContext {
        requireNonNull(siteUrl, "siteUrl is null");
        requireNonNull(recorder, "recorder is null");
        requireNonNull(clock, "clock is null");
    }

    /** The absolute URL of a path below the site's mount path. */
    public String url(String sitePath) {
        return siteUrl + sitePath;
    }
}
