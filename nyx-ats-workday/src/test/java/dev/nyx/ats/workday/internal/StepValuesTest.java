package dev.nyx.ats.workday.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.FuzzyText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values the step filler derives from answers and profile entries, without a browser. */
class StepValuesTest {
    private static final StepField DATE = new StepField("f1", StepField.Kind.DATE, "dateSignedOn", "Date", true,
            List.of(), List.of("Month", "Day", "Year"), Optional.empty(), "dateSignedOn", Optional.empty(), false);

    @Test
    void should_read_iso_and_us_dates_when_an_answer_gives_a_date() {
        assertThat(StepFieldFiller.dateParts(DATE, "2024-03-15")).isEqualTo(Map.of("Year", 2024, "Month", 3, "Day", 15));
        assertThat(StepFieldFiller.dateParts(DATE, "03/2019")).isEqualTo(Map.of("Year", 2019, "Month", 3));
        assertThat(StepFieldFiller.dateParts(DATE, "12/24/2023")).isEqualTo(Map.of("Year", 2023, "Month", 12, "Day", 24));
        assertThat(StepFieldFiller.dateParts(DATE, "2012")).isEqualTo(Map.of("Year", 2012));
    }

    @Test
    void should_refuse_an_answer_that_is_no_date_when_the_field_is_a_date() {
        assertThatThrownBy(() -> StepFieldFiller.dateParts(DATE, "last spring"))
                .isInstanceOfSatisfying(NyxException.class, error ->
                        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("'Date'").hasMessageNotContaining("last spring");
    }

    @Test
    void should_map_yes_and_no_words_to_the_options_when_the_question_is_yes_no() {
        Question question = Question.withOptions("q", "Relocate?", QuestionType.YES_NO, true,
                List.of(new Option("Yes", "Yes"), new Option("No", "No")));

        assertThat(StepFieldFiller.optionText(question, "true")).isEqualTo("Yes");
        assertThat(StepFieldFiller.optionText(question, " n ")).isEqualTo("No");
        assertThat(StepFieldFiller.optionText(question, "Maybe")).isEqualTo("Maybe");
    }

    @Test
    void should_pick_the_degree_option_of_the_answers_kind_when_no_option_fits_it_as_written() {
        Question question = Question.withOptions("q", "Highest level of education?", QuestionType.SINGLE_SELECT, true,
                List.of(new Option("High School", "High School"), new Option("Bachelor's Degree", "Bachelor's Degree"),
                        new Option("Master's Degree", "Master's Degree"), new Option("Other", "Other")));
        Question colours = Question.withOptions("q2", "Favourite colour?", QuestionType.SINGLE_SELECT, true,
                List.of(new Option("Red", "Red"), new Option("Blue", "Blue")));

        assertThat(StepFieldFiller.optionText(question, "Master")).isEqualTo("Master's Degree");
        assertThat(StepFieldFiller.optionText(question, "Bachelor's Degree")).isEqualTo("Bachelor's Degree");
        assertThat(StepFieldFiller.optionText(colours, "Master")).isEqualTo("Master");
    }

    @Test
    void should_match_a_degree_by_its_kind_when_the_profile_names_it_shortly() {
        List<String> degrees = List.of("High School Diploma", "Associate's Degree", "Bachelor's Degree",
                "Master's Degree", "Doctorate", "Other");
        List<String> kinds = degrees.stream().map(ExperienceFiller::degreeKind).toList();

        assertThat(FuzzyText.best(ExperienceFiller.degreeKind("Master"), kinds)).get()
                .satisfies(match -> assertThat(degrees.get(match.index())).isEqualTo("Master's Degree"));
        assertThat(FuzzyText.best(ExperienceFiller.degreeKind("BSc"), kinds)).get()
                .satisfies(match -> assertThat(degrees.get(match.index())).isEqualTo("Bachelor's Degree"));
        assertThat(FuzzyText.best(ExperienceFiller.degreeKind("PhD"), kinds)).get()
                .satisfies(match -> assertThat(degrees.get(match.index())).isEqualTo("Doctorate"));
    }

    @Test
    void should_ask_a_required_field_as_optional_when_the_page_shows_a_value_already() {
        StepField filled = new StepField("f2", StepField.Kind.TEXT, "city", "City", true, List.of(), List.of(),
                Optional.empty(), "city", Optional.of("My Information"), true);

        Question question = StepFieldFiller.question("myInformation", filled);

        assertThat(question.id()).isEqualTo("myInformation.city");
        assertThat(question.required()).isFalse();
        assertThat(question.section()).contains("My Information");
    }
}
