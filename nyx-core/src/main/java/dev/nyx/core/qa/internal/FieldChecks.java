package dev.nyx.core.qa.internal;

import dev.nyx.core.answer.QuestionConcepts;
import dev.nyx.core.qa.QaFinding;
import dev.nyx.core.qa.QaFinding.Kind;
import dev.nyx.model.Answer;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import java.util.List;
import java.util.Optional;

/**
 * The checks on one question's answer and what the page shows for it: a required field is not
 * empty, an options question shows one of its options, the length limit holds, no placeholder was
 * left. What the page shows (the adapter's read-back) wins over what was meant to be typed; the
 * answer stands in only where the adapter could not read the field. Stateless.
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    /**
     * @param answer the answer given, if any
     * @param shown  what the page shows, when the adapter read this field back
     * @param readsBack whether the adapter reads the page back at all (a required field it left out is then empty)
     */
    public static Optional<QaFinding> required(Question question, Optional<Answer> answer, Optional<List<String>> shown,
                                               boolean readsBack) {
        if (!question.required()) {
            return Optional.empty();
        }
        if (answer.isEmpty() || answer.get().values().stream().allMatch(String::isBlank)) {
            return finding(Kind.EMPTY_REQUIRED, question, "'" + question.label() + "' is required and has no answer");
        }
        if (readsBack && shown.orElse(List.of()).stream().allMatch(String::isBlank)) {
            return finding(Kind.EMPTY_REQUIRED, question, "'" + question.label() + "' is required and shows no value"
                    + " on the page");
        }
        return Optional.empty();
    }

    /** An options question whose value is not one of its options (ignoring case, accents and punctuation). */
    public static Optional<QaFinding> option(Question question, Optional<Answer> answer, Optional<List<String>> shown) {
        boolean offersOptions = question.type().hasOptions() || question.type() == QuestionType.CHECKBOX;
        if (!offersOptions || question.options().isEmpty()) {
            return Optional.empty();
        }
        List<String> values = shown.or(() -> answer.map(Answer::values)).orElse(List.of());
        for (String value : values) {
            if (value.isBlank() || question.type() == QuestionType.CHECKBOX && isTick(value)) {
                continue;
            }
            if (question.options().stream().noneMatch(option -> sameOption(option, value))) {
                String where = shown.isPresent() ? "shows" : "is answered with";
                return finding(Kind.NOT_AN_OPTION, question, "'" + question.label() + "' " + where + " '" + value
                        + "', which is not one of its options (" + labels(question.options()) + ")");
            }
        }
        return Optional.empty();
    }

    /** A value over the field's declared limit, or a field the page cut at its limit. */
    public static Optional<QaFinding> length(Question question, Optional<Answer> answer, Optional<List<String>> shown) {
        if (question.maxLength().isEmpty()) {
            return Optional.empty();
        }
        int max = question.maxLength().get();
        for (String value : answer.map(Answer::values).orElse(List.of())) {
            if (value.length() > max) {
                Optional<String> cut = shown.flatMap(texts -> texts.stream().filter(text -> text.length() == max
                        && value.startsWith(text)).findFirst());
                return finding(Kind.TOO_LONG, question, "'" + question.label() + "' has an answer of " + value.length()
                        + " characters; the field allows " + max + cut.map(text -> " and the page kept only the first "
                        + max).orElse(""));
            }
        }
        for (String value : shown.orElse(List.of())) {
            if (value.length() > max) {
                return finding(Kind.TOO_LONG, question, "'" + question.label() + "' shows " + value.length()
                        + " characters; the field allows " + max);
            }
        }
        return Optional.empty();
    }

    /** A template placeholder in the answer or on the page. */
    public static Optional<QaFinding> placeholder(Question question, Optional<Answer> answer,
                                                  Optional<List<String>> shown) {
        if (question.type() == QuestionType.FILE) {
            return Optional.empty();
        }
        List<String> texts = new java.util.ArrayList<>(answer.map(Answer::values).orElse(List.of()));
        texts.addAll(shown.orElse(List.of()));
        for (String text : texts) {
            Optional<String> placeholder = Placeholders.find(text);
            if (placeholder.isPresent()) {
                return finding(Kind.PLACEHOLDER, question, "'" + question.label() + "' still contains the placeholder '"
                        + placeholder.get() + "'");
            }
        }
        return Optional.empty();
    }

    /** Equal ignoring case, accents and punctuation, the option's value, or one inside the other ("Germany (+49)"). */
    private static boolean sameOption(Option option, String value) {
        String wanted = QuestionConcepts.normalise(value);
        String label = QuestionConcepts.normalise(option.label());
        if (wanted.equals(label) || value.strip().equals(option.value())) {
            return true;
        }
        String shorter = wanted.length() < label.length() ? wanted : label;
        String longer = shorter == wanted ? label : wanted;
        return shorter.length() >= 4 && (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static boolean isTick(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("checked");
    }

    private static String labels(List<Option> options) {
        List<String> labels = options.stream().map(option -> "'" + option.label() + "'").limit(8).toList();
        return String.join(", ", labels) + (options.size() > 8 ? ", ..." : "");
    }

    private static Optional<QaFinding> finding(Kind kind, Question question, String reason) {
        return Optional.of(new QaFinding(kind, question.id(), question.label(), reason));
    }
}
