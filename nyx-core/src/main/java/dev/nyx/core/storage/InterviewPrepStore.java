package dev.nyx.core.storage;

import dev.nyx.model.InterviewPrep;
import java.util.Optional;

/**
 * Interview preparation packages, one or more per application (each generation is kept; the
 * newest is the one shown).
 *
 * <p>Called by the interview service and tools that show a package. Thread-safe. Throws
 * {@link dev.nyx.spi.NyxException} with {@link dev.nyx.spi.ErrorCode#NOT_FOUND} for an unknown
 * application and {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the database fails.
 */
public interface InterviewPrepStore {

    /** Stores the package (its {@code createdAt} to the microsecond) and returns it as stored. */
    InterviewPrep save(InterviewPrep prep);

    /** The newest package of the application, if any. */
    Optional<InterviewPrep> latest(long applicationId);
}
