package dev.nyx.core.match;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.EmbeddingCache;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns text into embedding vectors with an in-process model, through the {@link EmbeddingCache}:
 * a text is embedded once per model, ever, so a restart re-embeds nothing. The key is the SHA-256
 * of the text and the model id.
 *
 * <p>The model (the quantised all-MiniLM-L6-v2 by default, about 3 s to load) is loaded lazily on
 * the first cache miss, once, however many threads ask at the same time; the default model is
 * loaded once per process and shared by every embedder. The last few hundred
 * vectors are also kept in memory, so the profile's vector is not read back for every posting. Thread-safe; share one
 * instance per process. Throws {@link NyxException} with {@link ErrorCode#EMBEDDING_MODEL_FAILED}
 * when the model cannot be loaded or run, and the cache's {@code STORAGE_FAILURE}.
 */
public final class TextEmbedder {
    /** The id vectors of the default model are stored under. */
    public static final String DEFAULT_MODEL_ID = "all-minilm-l6-v2-q";

    private static final Logger LOG = LoggerFactory.getLogger(TextEmbedder.class);
    /** Vectors kept in memory besides the database: the profile's is asked for with every posting. */
    private static final int RECENT_VECTORS = 256;

    private final EmbeddingCache cache;
    private final String modelId;
    private final Supplier<? extends EmbeddingModel> loader;
    private final Object loadLock = new Object();
    private final AtomicLong modelCalls = new AtomicLong();
    private final RecentVectors recent = new RecentVectors(RECENT_VECTORS);
    private volatile EmbeddingModel model;

    /** With the default model: quantised all-MiniLM-L6-v2, 384 dimensions. */
    @Inject
    public TextEmbedder(EmbeddingCache cache) {
        this(cache, DEFAULT_MODEL_ID, () -> DefaultModel.INSTANCE);
    }

    /**
     * The default model, loaded on first use and then shared by every embedder of the process: the
     * model is immutable and thread-safe, and loading it takes seconds, so a host that assembles
     * several Nyx instances (or a test suite) pays it once. The JVM's class initialisation makes
     * the load happen once, however many threads ask; a failed load fails every later use too.
     */
    private static final class DefaultModel {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();

        private DefaultModel() {
        }
    }

    /**
     * @param modelId names the model in the cache; a different model must have a different id
     * @param loader  creates the model; called at most once, on the first cache miss
     */
    public TextEmbedder(EmbeddingCache cache, String modelId, Supplier<? extends EmbeddingModel> loader) {
        this.cache = requireNonNull(cache, "cache is null");
        this.modelId = requireNonNull(modelId, "modelId is null");
        this.loader = requireNonNull(loader, "loader is null");
        if (modelId.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "modelId is blank: name the embedding model, e.g. "
                    + DEFAULT_MODEL_ID);
        }
    }

    /**
     * The vector of {@code text}: from memory, else the cache, else the model (then stored). The
     * array is the caller's to change.
     */
    public float[] embed(String text) {
        requireNonNull(text, "text is null");
        String hash = contentHash(text);
        Optional<float[]> remembered = recent.get(hash);
        if (remembered.isPresent()) {
            return remembered.get().clone();
        }
        Optional<float[]> cached = cache.find(hash, modelId);
        if (cached.isPresent()) {
            recent.put(hash, cached.get().clone());
            return cached.get();
        }
        float[] vector;
        try {
            vector = model().embed(text).content().vector();
        } catch (NyxException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NyxException(ErrorCode.EMBEDDING_MODEL_FAILED, "the embedding model " + modelId
                    + " failed on a text of " + text.length() + " characters: " + e.getMessage(), e);
        }
        modelCalls.incrementAndGet();
        cache.put(hash, modelId, vector);
        recent.put(hash, vector.clone());
        return vector;
    }

    /** Cosine similarity of two texts' vectors, -1..1; 0 when either text is blank (nothing to compare). */
    public double similarity(String left, String right) {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        if (left.isBlank() || right.isBlank()) {
            return 0;
        }
        return cosine(embed(left), embed(right));
    }

    /** How many texts this instance sent to the model (cache misses); for tests and benchmarks. */
    public long modelCalls() {
        return modelCalls.get();
    }

    public String modelId() {
        return modelId;
    }

    /** Cosine similarity; 0 when either vector is all zeros. */
    public static double cosine(float[] left, float[] right) {
        if (left.length != right.length) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "vectors of different lengths (" + left.length + " and "
                    + right.length + ") cannot be compared: were they made by the same model?");
        }
        double dot = 0;
        double leftNorm = 0;
        double rightNorm = 0;
        for (int i = 0; i < left.length; i++) {
            dot += (double) left[i] * right[i];
            leftNorm += (double) left[i] * left[i];
            rightNorm += (double) right[i] * right[i];
        }
        return leftNorm == 0 || rightNorm == 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
    }

    /** SHA-256 of the UTF-8 text, in hex: the cache key. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new NyxException(ErrorCode.INTERNAL, "this JVM has no SHA-256", e);
        }
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (loadLock) {
                loaded = model;
                if (loaded == null) {
                    long started = System.nanoTime();
                    try {
                        loaded = requireNonNull(loader.get(), "the embedding model loader returned null");
                    } catch (RuntimeException | LinkageError e) {
                        throw new NyxException(ErrorCode.EMBEDDING_MODEL_FAILED, "the embedding model " + modelId
                                + " could not be loaded: " + e.getMessage()
                                + "; check that its jar and onnxruntime's native library are on the class path", e);
                    }
                    model = loaded;
                    LOG.info("embedding model {} loaded in {} ms", modelId, (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return loaded;
    }
}
