package dev.nyx.core.storage;

import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fetched job postings with their form schema, for dedupe and re-post detection.
 *
 * <p>Salary amounts are kept to the cent and read back without trailing zeros ({@code 90000.50}
 * becomes {@code 90000.5}; compare amounts with {@code compareTo}).
 *
 * <p>Called by the pipeline after fetching a posting. Thread-safe. Throws
 * {@link dev.nyx.spi.NyxException} with {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the
 * database fails.
 */
public interface JobPostStore {

    /** Stores the posting, replacing an earlier fetch with the same key; {@code fetchedAt} is now. */
    StoredPosting save(JobPosting posting);

    Optional<StoredPosting> find(PostingKey key);

    /**
     * Postings of the same company (compared by {@link TextKeys#companyKey}) with the same title
     * (compared by {@link TextKeys#titleKey}) fetched at or after {@code since}, newest first:
     * the candidates for "the same role, re-posted".
     */
    List<StoredPosting> findSameRole(String company, String title, Instant since);
}
