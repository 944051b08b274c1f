package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Identifies one job posting across runs: the adapter name and the site's own job id
 * ({@code greenhouse:acme/4012345}), used for dedupe and for the one-submission claim.
 */
public record PostingKey(String value) {
    public PostingKey {
        requireNonNull(value, "value is null");
        if (value.isBlank() || value.length() > 512) {
            throw new IllegalArgumentException("posting key must be 1..512 characters");
        }
    }

    public static PostingKey of(String atsName, String atsJobId) {
        requireNonNull(atsName, "atsName is null");
        requireNonNull(atsJobId, "atsJobId is null");
        return new PostingKey(atsName.toLowerCase(Locale.ROOT) + ":" + atsJobId);
    }

    @Override
    public String toString() {
        return value;
    }
}
