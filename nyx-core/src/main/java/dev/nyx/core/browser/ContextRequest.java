package dev.nyx.core.browser;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link Browsers#withContext} needs to know about the application a browser context is for.
 *
 * @param applicationId     names the application in logs and error messages (never profile data)
 * @param evidenceDirectory where a failure screenshot goes when the work throws; none taken when empty
 */
public record ContextRequest(String applicationId, Optional<Path> evidenceDirectory) {
    public ContextRequest {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(evidenceDirectory, "evidenceDirectory is null");
        if (applicationId.isBlank()) {
            throw new IllegalArgumentException("applicationId is blank");
        }
    }

    /** A request for an application whose failures are captured in {@code evidenceDirectory}. */
    public static ContextRequest of(String applicationId, Path evidenceDirectory) {
        return new ContextRequest(applicationId, Optional.of(evidenceDirectory));
    }
}
