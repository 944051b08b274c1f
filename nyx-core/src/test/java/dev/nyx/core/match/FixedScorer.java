package dev.nyx.core.match;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.JobPosting;
import dev.nyx.model.MatchScore;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.MatchScorer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written {@link MatchScorer} for tests: the same score and reason for every posting, after an
 * optional delay; counts its calls. Thread-safe.
 */
public final class FixedScorer implements MatchScorer {
    private final String name;
    private final int score;
    private final Duration delay;
    private final AtomicInteger calls = new AtomicInteger();

    public FixedScorer(String name, int score, Duration delay) {
        this.name = requireNonNull(name, "name is null");
        this.score = score;
        this.delay = requireNonNull(delay, "delay is null");
    }

    public FixedScorer(String name, int score) {
        this(name, score, Duration.ZERO);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MatchScore score(JobPosting posting, Profile profile) {
        calls.incrementAndGet();
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return MatchScore.of(score, List.of(name + " says " + score + "."));
    }

    /** How often {@link #score} was called. */
    public int calls() {
        return calls.get();
    }
}
