package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A posting a watched board listed at least once.
 *
 * @param watchId       the watch that saw it
 * @param url           the posting's own URL, as the board listed it
 * @param title         the title the board showed
 * @param location      the location the board showed, if any
 * @param firstSeenAt   when a run first saw it
 * @param lastSeenAt    when a run last saw it
 * @param closedAt      when a run found it gone from the board (empty while it is listed)
 * @param applicationId the application its first run started, if one was recorded
 */
public record WatchedPosting(long watchId, URI url, String title, Optional<String> location, Instant firstSeenAt,
                             Instant lastSeenAt, Optional<Instant> closedAt, Optional<Long> applicationId) {
    public WatchedPosting {
        requireNonNull(url, "url is null");
        requireNonNull(title, "title is null");
        requireNonNull(location, "location is null");
        requireNonNull(firstSeenAt, "firstSeenAt is null");
        requireNonNull(lastSeenAt, "lastSeenAt is null");
        requireNonNull(closedAt, "closedAt is null");
        requireNonNull(applicationId, "applicationId is null");
    }

    /** Whether the board listed it on the last run. */
    public boolean open() {
        return closedAt.isEmpty();
    }
}
