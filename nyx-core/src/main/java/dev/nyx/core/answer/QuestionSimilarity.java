package dev.nyx.core.answer;

/**
 * How alike two question wordings are in meaning, -1..1 (cosine similarity of their embeddings):
 * the port the answer bank uses to find a past correction or bank entry for a re-worded question.
 * Bound by the plan module to the in-process embedding model; {@link #none()} turns meaning-based
 * matching off.
 *
 * <p>Called by the {@link AnswerEngine} once per question and bank entry, on pipeline worker
 * threads: implementations are thread-safe. They throw {@link dev.nyx.spi.NyxException} (e.g.
 * {@code EMBEDDING_MODEL_FAILED}).
 */
@FunctionalInterface
public interface QuestionSimilarity {

    /** Similarity of the two texts in meaning, -1..1. */
    double similarity(String left, String right);

    /** No meaning-based matching: every pair scores 0. */
    static QuestionSimilarity none() {
        return (left, right) -> 0;
    }
}
