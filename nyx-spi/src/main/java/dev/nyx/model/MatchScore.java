package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a posting fits the candidate, as a {@code MatchScorer} rates it: what the effort policy's
 * bands read, and what is stored and shown with the application.
 *
 * <p>Build one with {@link #of} (a score and its reasons) or {@link #vetoed} (a hard constraint rules the
 * posting out). The compact constructor checks the rules below and throws
 * {@link IllegalArgumentException} when one is broken.
 *
 * @param score   0..100; 0 when vetoed
 * @param reasons short sentences for people, vetoes first (shown by {@code nyx apply}, stored with the
 *                application); never secrets or sensitive profile values
 * @param vetoes  the hard constraints the posting breaks, one sentence each; empty when none. A vetoed
 *                posting is skipped whatever the bands say, unless the candidate approved it
 */
public record MatchScore(int score, List<String> reasons, List<String> vetoes) {
    public MatchScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a match score must be within 0..100: " + score);
        }
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        vetoes = List.copyOf(requireNonNull(vetoes, "vetoes is null"));
        if (!vetoes.isEmpty() && score != 0) {
            throw new IllegalArgumentException("a vetoed posting scores 0, not " + score);
        }
        if (vetoes.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a veto needs a reason: " + vetoes);
        }
    }

    /** A score with its reasons and no veto. */
    public static MatchScore of(int score, List<String> reasons) {
        return new MatchScore(score, reasons, List.of());
    }

    /** A posting ruled out: score 0, the vetoes first among the reasons, then {@code otherReasons}. */
    public static MatchScore vetoed(List<String> vetoes, List<String> otherReasons) {
        List<String> reasons = new ArrayList<>(requireNonNull(vetoes, "vetoes is null"));
        reasons.addAll(requireNonNull(otherReasons, "otherReasons is null"));
        return new MatchScore(0, reasons, vetoes);
    }

    /** Whether a hard constraint rules the posting out. */
    public boolean isVetoed() {
        return !vetoes.isEmpty();
    }
}
