package dev.nyx.ats.greenhouse.internal;

import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's questions merged with what only the page asks (the education block). */
class PageQuestionsTest {

    @Test
    void should_add_the_pages_education_block_in_page_order_when_the_api_does_not_list_it() {
        // given: the API lists name and a custom question; the page shows an education block between them
        Question apiName = question("first_name", "First Name", List.of());
        Question apiCustom = question("question_1", "Why us?", List.of());
        Question pageName = question("first_name", "First Name", List.of());
        Question school = question("school--0", "School", List.of(new Option("1", "MIT")));
        Question pageCustom = question("question_1", "Why us?", List.of());

        // when
        List<Question> merged = PageQuestions.merge(List.of(apiName, apiCustom), List.of(pageName, school, pageCustom));

        // then
        assertThat(merged).containsExactly(apiName, school, apiCustom);
    }

    @Test
    void should_keep_the_apis_question_when_the_page_names_the_same_question_otherwise() {
        // given: a demographic question the API calls demographic_864 and the page 864
        Question api = question("demographic_864", "Gender identity", List.of());
        Question page = question("864", "Gender identity", List.of());

        // when
        List<Question> merged = PageQuestions.merge(List.of(api), List.of(page));

        // then
        assertThat(merged).containsExactly(api);
    }

    @Test
    void should_list_api_questions_the_page_does_not_show_last_when_merging() {
        // given
        Question apiOnly = question("question_9", "Hidden elsewhere", List.of());
        Question school = question("school--0", "School", List.of());

        // when
        List<Question> merged = PageQuestions.merge(List.of(apiOnly), List.of(school));

        // then
        assertThat(merged).containsExactly(school, apiOnly);
    }

    private static Question question(String id, String label, List<Option> options) {
        return new Question(id, label, options.isEmpty() ? QuestionType.SHORT_TEXT : QuestionType.SINGLE_SELECT, false,
                options, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
