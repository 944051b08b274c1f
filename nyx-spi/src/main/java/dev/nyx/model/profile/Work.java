package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One job in the JSON Resume {@code work} section.
 *
 * @param endDate empty while the job continues
 */
public record Work(String name, Optional<String> position, Optional<URI> url, Optional<PartialDate> startDate,
                   Optional<PartialDate> endDate, Optional<String> summary, List<String> highlights) {
    public Work {
        requireNonNull(name, "name is null");
        requireNonNull(position, "position is null");
        requireNonNull(url, "url is null");
        requireNonNull(startDate, "startDate is null");
        requireNonNull(endDate, "endDate is null");
        requireNonNull(summary, "summary is null");
        highlights = List.copyOf(highlights);
        if (startDate.isPresent() && endDate.isPresent() && endDate.get().compareTo(startDate.get()) < 0) {
            throw new IllegalArgumentException("work at " + name + " ends before it starts");
        }
    }

    /** Whether the candidate still works there. */
    public boolean isCurrent() {
        return endDate.isEmpty();
    }
}
