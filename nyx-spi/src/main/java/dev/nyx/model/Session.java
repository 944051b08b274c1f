package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A bounded run of applications.
 *
 * @param id            session id
 * @param limits        count, cost and time bounds
 * @param status        where it stands
 * @param applications  applications started so far
 * @param submitted     applications submitted so far
 * @param costUsd       cost so far
 * @param startedAt     start
 * @param endedAt       end, once ended
 */
public record Session(String id, SessionLimits limits, SessionStatus status, int applications, int submitted,
                      BigDecimal costUsd, Instant startedAt, Optional<Instant> endedAt) {
    public Session {
        requireNonNull(id, "id is null");
        requireNonNull(limits, "limits is null");
        requireNonNull(status, "status is null");
        requireNonNull(costUsd, "costUsd is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(endedAt, "endedAt is null");
    }
}
