package dev.nyx.core.qa;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.llm.LlmUsage;
import dev.nyx.model.AnswerSet;
import java.util.List;
import java.util.Optional;

/**
 * What the LLM reviewer did with a filled form.
 *
 * @param answers   the answers after the accepted corrections (the given answers when none were accepted)
 * @param corrected the ids of the questions whose answers were corrected, in form order
 * @param refused   why each refused correction was refused (names the question, never the proposed text)
 * @param usage     what the review cost (tokens from the response's {@code usage}, priced)
 * @param skipped   why no review was made (the plan asks for none, no model, no budget left, nothing to
 *                  review); empty when the model was asked
 */
public record LlmReview(AnswerSet answers, List<String> corrected, List<String> refused, LlmUsage usage,
                        Optional<String> skipped) {
    public LlmReview {
        requireNonNull(answers, "answers is null");
        corrected = List.copyOf(corrected);
        refused = List.copyOf(refused);
        requireNonNull(usage, "usage is null");
        requireNonNull(skipped, "skipped is null");
    }

    /** No review was made, for this reason; the answers stay as they are. */
    public static LlmReview skipped(AnswerSet answers, String reason) {
        return new LlmReview(answers, List.of(), List.of(), LlmUsage.NONE, Optional.of(reason));
    }

    /** Whether any answer changed (and must be filled again). */
    public boolean changed() {
        return !corrected.isEmpty();
    }
}
