package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the candidate's answer bank ({@code nyx.answers}): a question, given as text or
 * as a regular expression, and the answer to give.
 *
 * @param question the question as written in the profile, e.g. {@code Why do you want to work here?}
 *                 or {@code /years of .* experience/i}
 * @param pattern  the compiled expression when the question was written as {@code /regex/flags}
 * @param answer   the answer to give
 */
public record AnswerRule(String question, Optional<Pattern> pattern, String answer) {
    public AnswerRule {
        requireNonNull(question, "question is null");
        requireNonNull(pattern, "pattern is null");
        requireNonNull(answer, "answer is null");
        if (question.isBlank()) {
            throw new IllegalArgumentException("question is blank");
        }
    }

    /**
     * Whether this rule answers a form question: an expression must be found in the label;
     * a text question must equal the label, ignoring case, spacing and trailing punctuation.
     */
    public boolean matches(String questionLabel) {
        requireNonNull(questionLabel, "questionLabel is null");
        return pattern.map(expression -> expression.matcher(questionLabel).find())
                .orElseGet(() -> normalize(question).equals(normalize(questionLabel)));
    }

    private static String normalize(String text) {
        // "Why Nyx? *" and "why nyx" are the same question: forms add asterisks and punctuation.
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s]+", " ").replaceAll("[\\s?.:!*]+$", "").trim();
    }
}
