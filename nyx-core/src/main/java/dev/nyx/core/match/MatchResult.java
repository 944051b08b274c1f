package dev.nyx.core.match;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.MatchScore;
import java.util.List;

/**
 * How well a posting fits the candidate, as {@link EmbeddingMatchScorer#analyse} found it: the
 * {@link MatchScore} the planner reads ({@link #toScore()}) and what it was made of.
 *
 * @param score         0..100; 0 when a hard constraint vetoes the posting
 * @param fitScore      0..100 from similarity and skills alone, before vetoes (shown next to a veto)
 * @param similarity    cosine similarity of profile and posting embeddings, -1..1
 * @param matchedSkills skills the posting asks for that the candidate has, by canonical name
 * @param missingSkills skills the posting asks for that the candidate's profile does not list
 * @param vetoes        the hard constraints broken; empty when none
 * @param reasons       short sentences for people: vetoes first, then the score's parts and notes
 */
public record MatchResult(int score, int fitScore, double similarity, List<String> matchedSkills,
                          List<String> missingSkills, List<Veto> vetoes, List<String> reasons) {
    public MatchResult {
        if (score < 0 || score > 100 || fitScore < 0 || fitScore > 100) {
            throw new IllegalArgumentException("scores must be within 0..100: " + score + ", " + fitScore);
        }
        matchedSkills = List.copyOf(matchedSkills);
        missingSkills = List.copyOf(missingSkills);
        vetoes = List.copyOf(vetoes);
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        if (!vetoes.isEmpty() && score != 0) {
            throw new IllegalArgumentException("a vetoed posting scores 0, not " + score);
        }
    }

    /** Whether a hard constraint rules the posting out. */
    public boolean isVetoed() {
        return !vetoes.isEmpty();
    }

    /** Score, reasons and vetoes (by their reasons): what a {@link dev.nyx.spi.MatchScorer} returns. */
    public MatchScore toScore() {
        return new MatchScore(score, reasons, vetoes.stream().map(Veto::reason).toList());
    }
}
