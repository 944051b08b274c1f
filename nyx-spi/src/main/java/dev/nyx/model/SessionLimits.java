package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;

/** What one session may do before it stops. */
public record SessionLimits(int maxApplications, BigDecimal maxCostUsd, Duration maxDuration) {
    public SessionLimits {
        requireNonNull(maxCostUsd, "maxCostUsd is null");
        requireNonNull(maxDuration, "maxDuration is null");
        if (maxApplications <= 0 || maxCostUsd.signum() < 0 || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("session limits must be positive");
        }
    }
}
