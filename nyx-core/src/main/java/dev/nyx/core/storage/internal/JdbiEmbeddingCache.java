package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.EmbeddingCache;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link EmbeddingCache} on Jdbi; vectors are stored as little-endian 32-bit floats. Thread-safe. */
public final class JdbiEmbeddingCache implements EmbeddingCache {

    /** SQL for the {@code embeddings} table. */
    public interface Dao {
        @SqlQuery("SELECT vector FROM embeddings WHERE content_hash = :contentHash AND model_id = :modelId")
        Optional<byte[]> find(@Bind("contentHash") String contentHash, @Bind("modelId") String modelId);

        @SqlUpdate("INSERT INTO embeddings (content_hash, model_id, dimensions, vector, created_at)"
                + " VALUES (:contentHash, :modelId, :dimensions, :vector, :now)")
        void insert(@Bind("contentHash") String contentHash, @Bind("modelId") String modelId,
                    @Bind("dimensions") int dimensions, @Bind("vector") byte[] vector, @Bind("now") Instant now);
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiEmbeddingCache(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Optional<float[]> find(String contentHash, String modelId) {
        requireKey(contentHash, modelId);
        return call("read the embedding of " + contentHash,
                () -> jdbi.withExtension(Dao.class, dao -> dao.find(contentHash, modelId)))
                .map(JdbiEmbeddingCache::floats);
    }

    @Override
    public void put(String contentHash, String modelId, float[] vector) {
        requireKey(contentHash, modelId);
        requireNonNull(vector, "vector is null");
        try {
            jdbi.useExtension(Dao.class, dao -> dao.insert(contentHash, modelId, vector.length, bytes(vector),
                    Rows.storable(clock.instant())));
        } catch (JdbiException e) {
            if (!StorageErrors.isUniqueViolation(e)) { // someone stored it first: same content, same vector
                throw StorageErrors.failure("store the embedding of " + contentHash, e);
            }
        }
    }

    private static void requireKey(String contentHash, String modelId) {
        requireNonNull(contentHash, "contentHash is null");
        requireNonNull(modelId, "modelId is null");
        if (contentHash.isBlank() || contentHash.length() > 128 || modelId.isBlank() || modelId.length() > 200) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "embedding key must be a content hash of 1..128 and a"
                    + " model id of 1..200 characters, was \"" + contentHash + "\" / \"" + modelId + "\"");
        }
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
