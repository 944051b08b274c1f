package dev.nyx.core.match;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small least-recently-used map of vectors by content hash; thread-safe (one lock). */
final class RecentVectors {
    private final Map<String, float[]> vectors;

    RecentVectors(int capacity) {
        this.vectors = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<float[]> get(String hash) {
        return Optional.ofNullable(vectors.get(hash));
    }

    synchronized void put(String hash, float[] vector) {
        vectors.put(hash, vector);
    }
}
