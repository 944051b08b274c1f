package dev.nyx.core.storage;

import java.util.Optional;

/**
 * Embedding vectors by content hash and model, so a text is embedded once per model.
 *
 * <p>Called by the matcher. Thread-safe; concurrent {@code put}s of the same entry are harmless
 * (the first stored vector is kept). Throws {@link dev.nyx.spi.NyxException} with
 * {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the database fails.
 */
public interface EmbeddingCache {

    /** The vector stored for this content and model; a fresh copy the caller may change. */
    Optional<float[]> find(String contentHash, String modelId);

    /** Stores the vector unless one is stored for this content and model already. */
    void put(String contentHash, String modelId, float[] vector);
}
