package dev.nyx.core.credentials;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * An exclusive OS lock on a vault's {@code .lock} file, so that processes (and several vault instances
 * on one file in one JVM) change the vault one after the other. Waits up to 10 seconds. Thread-safe.
 */
final class VaultFileLock {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long PAUSE_MILLIS = 5;

    private final Path lockFile;

    VaultFileLock(Path lockFile) {
        this.lockFile = requireNonNull(lockFile, "lockFile is null");
    }

    /** Runs {@code work} holding the lock. */
    <T> T holding(Supplier<T> work) {
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = acquire(channel)) {
                return work.get();
            }
        } catch (IOException failed) {
            throw new NyxException(ErrorCode.STORAGE_FAILURE, "The credential vault's lock file " + lockFile
                    + " could not be used: " + failed.getClass().getSimpleName(), failed);
        }
    }

    private FileLock acquire(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldInThisJvm) {
                // another vault instance of this JVM holds it: wait like for another process
            }
            if (System.nanoTime() > deadline) {
                throw new NyxException(ErrorCode.STORAGE_FAILURE, "The credential vault's lock file " + lockFile
                        + " stayed locked for " + WAIT.toSeconds() + " s: is another Nyx process stuck?");
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new NyxException(ErrorCode.STORAGE_FAILURE, "Interrupted while waiting for the credential"
                        + " vault's lock file " + lockFile + ".");
            }
        }
    }
}
