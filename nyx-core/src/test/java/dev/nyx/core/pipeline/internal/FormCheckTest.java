package dev.nyx.core.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.NyxException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormCheckTest {
    private static final Question NAME = Question.of("name", "Full name", QuestionType.SHORT_TEXT, true);
    private static final Question WHY = Question.of("why", "Why us?", QuestionType.LONG_TEXT, false);
    private static final FormSchema FORM = new FormSchema(List.of(NAME, WHY));
    private static final AnswerSet ANSWERED = new AnswerSet(List.of(Answer.of(NAME, "Mara Lindqvist",
            AnswerSource.RULE, List.of("basics.name"))));

    @Test
    void should_pass_when_every_required_question_is_answered_and_shown() {
        assertThatCode(() -> FormCheck.requireComplete(FORM, ANSWERED, Map.of("name", List.of("Mara Lindqvist"))))
                .doesNotThrowAnyException();
    }

    @Test
    void should_rely_on_the_answers_when_the_adapter_cannot_read_back() {
        assertThatCode(() -> FormCheck.requireComplete(FORM, ANSWERED, Map.of())).doesNotThrowAnyException();
    }

    @Test
    void should_name_the_question_when_a_required_answer_is_missing() {
        assertThatThrownBy(() -> FormCheck.requireComplete(FORM, new AnswerSet(List.of()), Map.of()))
                .isInstanceOf(NyxException.class).hasMessageContaining("'Full name' has no answer");
    }

    @Test
    void should_name_the_question_when_the_page_shows_no_value_for_it() {
        assertThatThrownBy(() -> FormCheck.requireComplete(FORM, ANSWERED, Map.of("name", List.of(" "))))
                .isInstanceOf(NyxException.class).hasMessageContaining("'Full name' shows no value on the page")
                .hasMessageContaining("not submitted");
    }
}
