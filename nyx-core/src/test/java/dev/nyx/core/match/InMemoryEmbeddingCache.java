package dev.nyx.core.match;

import dev.nyx.core.storage.EmbeddingCache;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A hand-written {@link EmbeddingCache} for unit tests; thread-safe, keeps the first vector stored. */
public final class InMemoryEmbeddingCache implements EmbeddingCache {
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    @Override
    public Optional<float[]> find(String contentHash, String modelId) {
        return Optional.ofNullable(vectors.get(modelId + "/" + contentHash)).map(float[]::clone);
    }

    @Override
    public void put(String contentHash, String modelId, float[] vector) {
        vectors.putIfAbsent(modelId + "/" + contentHash, vector.clone());
    }

    public int size() {
        return vectors.size();
    }
}
