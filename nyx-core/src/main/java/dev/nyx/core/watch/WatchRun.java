package dev.nyx.core.watch;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.storage.Watch;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.BoardPosting;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What one run of one watch found.
 *
 * @param watch   the watch
 * @param listed  how many open postings the board listed (0 when the listing failed)
 * @param found   the postings not seen before, each with what the pipeline made of it
 * @param closed  the postings that left the board since the last run
 * @param failure why the board could not be listed (nothing was queued or closed then)
 */
public record WatchRun(Watch watch, int listed, List<Found> found, List<URI> closed, Optional<String> failure) {
    public WatchRun {
        requireNonNull(watch, "watch is null");
        found = List.copyOf(requireNonNull(found, "found is null"));
        closed = List.copyOf(requireNonNull(closed, "closed is null"));
        requireNonNull(failure, "failure is null");
    }

    /** A posting the board listed for the first time, and the outcome of matching and planning it. */
    public record Found(BoardPosting posting, ApplyOutcome outcome) {
        public Found {
            requireNonNull(posting, "posting is null");
            requireNonNull(outcome, "outcome is null");
        }

        /** Whether it now waits for the candidate's approval. */
        public boolean queued() {
            return outcome.status().filter(status -> status == ApplicationStatus.AWAITING_APPROVAL).isPresent();
        }

        /** Whether the policy skipped it or it was a duplicate of an earlier application. */
        public boolean skipped() {
            return outcome.duplicateOf().isPresent()
                    || outcome.status().filter(status -> status == ApplicationStatus.SKIPPED).isPresent();
        }
    }

    /** How many new postings wait for approval. */
    public long queued() {
        return found.stream().filter(Found::queued).count();
    }

    /** How many new postings were skipped (policy, re-post or duplicate). */
    public long skipped() {
        return found.stream().filter(Found::skipped).count();
    }

    /** How many new postings failed (fetch, network, ...); they are retried by the next run only by URL. */
    public long failed() {
        return found.stream().filter(one -> one.outcome().failure().isPresent()).count();
    }
}
