package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.JobPosting;
import java.time.Instant;

/** A posting as {@link JobPostStore} keeps it: the posting and when it was last fetched. */
public record StoredPosting(JobPosting posting, Instant fetchedAt) {
    public StoredPosting {
        requireNonNull(posting, "posting is null");
        requireNonNull(fetchedAt, "fetchedAt is null");
    }
}
