package dev.nyx.testkit.greenhouse.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.UploadedFile;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The classic board's S3 stand-in: keeps uploaded files under keys so the main form can refer to
 * them by URL. Thread-safe.
 */
public final class UploadStore {
    private final Map<String, UploadedFile> files = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Stores a file and returns its key. */
    public String put(UploadedFile file) {
        requireNonNull(file, "file is null");
        String key = "upload-" + sequence.incrementAndGet();
        files.put(key, file);
        return key;
    }

    public Optional<UploadedFile> get(String key) {
        return Optional.ofNullable(files.get(key));
    }
}
