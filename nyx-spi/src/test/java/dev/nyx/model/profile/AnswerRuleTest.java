package dev.nyx.model.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnswerRuleTest {

    @Test
    void should_match_text_questions_ignoring_case_spacing_and_trailing_marks_when_compared_to_a_label() {
        AnswerRule rule = new AnswerRule("How did you hear about us?", Optional.empty(), "Careers page");

        assertThat(rule.matches("how did you  hear about US *")).isTrue();
        assertThat(rule.matches("How did you hear about this job?")).isFalse();
    }

    @Test
    void should_find_the_expression_in_the_label_when_the_question_is_a_regex() {
        AnswerRule rule = new AnswerRule("/years of .*java/i",
                Optional.of(Pattern.compile("years of .*java", Pattern.CASE_INSENSITIVE)), "12");

        assertThat(rule.matches("How many years of professional Java experience do you have?")).isTrue();
        assertThat(rule.matches("Years of Kotlin")).isFalse();
    }
}
