package dev.nyx.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The candidate's corrections to answers: consulted first when answering a question. Questions
 * are grouped by their normalised form ({@link TextKeys#normalize}); the history is append-only.
 *
 * <p>Called by the answer engine and by review tools. Thread-safe. Throws
 * {@link dev.nyx.spi.NyxException} with {@link dev.nyx.spi.ErrorCode#INVALID_INPUT} for a blank
 * question and {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the database fails.
 */
public interface AnswerBank {

    /** Records a correction; {@code at} is stored to the microsecond. */
    Correction add(String question, String answer, Optional<Long> applicationId, Instant at);

    /** The latest correction of every question, by normalised question. */
    List<Correction> latest();

    /** Every correction of this question (compared normalised), oldest first. */
    List<Correction> history(String question);
}
