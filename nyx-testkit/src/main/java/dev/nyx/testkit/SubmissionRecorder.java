package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps every submission the replica sites accepted, in arrival order.
 *
 * <p>Sites call {@link #record}; tests call the query methods. Thread-safe: requests are served
 * on several threads while a test waits in {@link #awaitSubmissions}.
 */
public final class SubmissionRecorder {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recorded = lock.newCondition();
    private final List<Submission> submissions = new ArrayList<>();

    /** Stores one accepted submission and wakes up waiting tests. */
    public void record(Submission submission) {
        requireNonNull(submission, "submission is null");
        lock.lock();
        try {
            submissions.add(submission);
            recorded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot of all submissions so far, oldest first. */
    public List<Submission> submissions() {
        lock.lock();
        try {
            return List.copyOf(submissions);
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot of the submissions for one posting id, oldest first. */
    public List<Submission> submissionsFor(String postingId) {
        requireNonNull(postingId, "postingId is null");
        return submissions().stream().filter(submission -> submission.postingId().equals(postingId)).toList();
    }

    /**
     * Waits until at least {@code count} submissions were recorded and returns a snapshot of all.
     *
     * @throws NyxException {@link ErrorCode#TIMEOUT} when fewer arrived within {@code timeout}
     */
    public List<Submission> awaitSubmissions(int count, Duration timeout) {
        if (count < 0) {
            throw new NyxException(ErrorCode.INVALID_STATE, "count must not be negative, got " + count);
        }
        requireNonNull(timeout, "timeout is null");
        long remainingNanos = timeout.toNanos();
        lock.lock();
        try {
            while (submissions.size() < count) {
                if (remainingNanos <= 0) {
                    throw new NyxException(ErrorCode.TIMEOUT, "expected " + count + " submission(s) within "
                            + timeout + " but " + submissions.size() + " arrived; check that the form was submitted");
                }
                remainingNanos = recorded.awaitNanos(remainingNanos);
            }
            return List.copyOf(submissions);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.TIMEOUT, "interrupted while waiting for " + count + " submission(s)",
                    interrupted);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets all submissions, e.g. between tests sharing one server. */
    public void clear() {
        lock.lock();
        try {
            submissions.clear();
        } finally {
            lock.unlock();
        }
    }

    /** The number of submissions so far. */
    public int count() {
        lock.lock();
        try {
            return submissions.size();
        } finally {
            lock.unlock();
        }
    }
}
