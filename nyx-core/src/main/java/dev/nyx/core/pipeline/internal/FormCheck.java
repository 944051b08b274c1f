package dev.nyx.core.pipeline.internal;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * QA before submit: every required question has an answer and, where the adapter reads the page
 * back, the page shows a value for it. Stateless.
 */
final class FormCheck {
    private FormCheck() {
    }

    /**
     * @param shown what the page shows per question id; empty when the adapter cannot read back
     * @throws NyxException {@link ErrorCode#FILL_FAILED} naming the questions that are not filled
     */
    static void requireComplete(FormSchema form, AnswerSet answers, Map<String, List<String>> shown) {
        List<String> problems = new ArrayList<>();
        for (Question question : form.required()) {
            boolean answered = answers.forQuestion(question.id())
                    .filter(answer -> answer.values().stream().anyMatch(value -> !value.isBlank())).isPresent();
            if (!answered) {
                problems.add("'" + question.label() + "' has no answer");
            } else if (!shown.isEmpty() && shown.getOrDefault(question.id(), List.of()).stream()
                    .allMatch(String::isBlank)) {
                problems.add("'" + question.label() + "' shows no value on the page");
            }
        }
        if (!problems.isEmpty()) {
            throw new NyxException(ErrorCode.FILL_FAILED, "The filled form is incomplete, so it was not submitted: "
                    + String.join("; ", problems) + ". The site's form may have changed; try again or report it.");
        }
    }
}
