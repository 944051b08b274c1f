package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A company board the candidate watches ({@code nyx watch add}).
 *
 * @param id        the watch's number, for {@code nyx watch remove}
 * @param boardUrl  the board, as the source that lists it understands it
 * @param source    the name of the posting source that lists it ("greenhouse")
 * @param createdAt when it was added
 * @param lastRunAt when it was last listed, if ever
 */
public record Watch(long id, URI boardUrl, String source, Instant createdAt, Optional<Instant> lastRunAt) {
    public Watch {
        requireNonNull(boardUrl, "boardUrl is null");
        requireNonNull(source, "source is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(lastRunAt, "lastRunAt is null");
    }
}
