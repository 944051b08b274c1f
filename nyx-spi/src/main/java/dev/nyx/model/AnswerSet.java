package dev.nyx.model;

import java.util.List;
import java.util.Optional;

/** The answers for one application form, at most one per question. */
public record AnswerSet(List<Answer> answers) {
    public AnswerSet {
        answers = List.copyOf(answers);
        if (answers.stream().map(Answer::questionId).distinct().count() != answers.size()) {
            throw new IllegalArgumentException("more than one answer for a question");
        }
    }

    public Optional<Answer> forQuestion(String questionId) {
        return answers.stream().filter(answer -> answer.questionId().equals(questionId)).findFirst();
    }

    public TokenUsage tokens() {
        return answers.stream().map(Answer::tokens).reduce(TokenUsage.NONE, TokenUsage::plus);
    }
}
