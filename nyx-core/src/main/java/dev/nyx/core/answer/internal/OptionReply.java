package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a language model's reply to an option question: the reply must be one of the offered labels
 * (a multi-select: one or more, one per line), compared ignoring case, accents, punctuation, list
 * bullets and surrounding quotes. Anything else (an explanation, a label not offered, two labels for
 * a single choice) is refused, so a reply never puts a value on the form that the form does not offer.
 * Stateless.
 */
public final class OptionReply {

    private OptionReply() {
    }

    /** The offered labels the reply names, in the form's spelling; empty when the reply is refused. */
    public static Optional<List<String>> labels(String reply, Question question) {
        requireNonNull(reply, "reply is null");
        requireNonNull(question, "question is null");
        boolean many = question.type() == QuestionType.MULTI_SELECT || question.type() == QuestionType.CHECKBOX;
        List<String> chosen = new ArrayList<>();
        for (String line : reply.strip().split("\\R")) {
            String item = line.strip().replaceFirst("^([-*\u2022]|\\d+[.)])\\s*", "").strip();
            if (item.isEmpty()) {
                continue;
            }
            Optional<String> label = offered(item, question.options());
            if (label.isEmpty()) {
                return Optional.empty();
            }
            if (!chosen.contains(label.get())) {
                chosen.add(label.get());
            }
        }
        if (chosen.isEmpty() || !many && chosen.size() > 1) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(chosen));
    }

    private static Optional<String> offered(String item, List<Option> options) {
        String wanted = Text.normalise(item);
        List<String> matching = options.stream().filter(option -> Text.normalise(option.label()).equals(wanted))
                .map(Option::label).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }
}
