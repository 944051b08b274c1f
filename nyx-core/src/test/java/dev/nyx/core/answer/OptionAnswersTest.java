package dev.nyx.core.answer;

import static dev.nyx.core.answer.AnswerFixtures.ACME_DE;
import static dev.nyx.core.answer.AnswerFixtures.number;
import static dev.nyx.core.answer.AnswerFixtures.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Option questions answered from the profile whatever the form's wording and language (issue 10):
 * notice and start as lists of spans, language levels, years of experience as ranges. Each test
 * changes one fact of the fixture profile.
 */
class OptionAnswersTest {
    private static final String[] WITHIN_EN = {"Immediately", "Within 1 month", "Within 2 months", "Within 3 months",
        "Later"};
    private static final String[] WITHIN_DE = {"Sofort", "Innerhalb 1 Monat", "Innerhalb 2 Monaten",
        "Innerhalb 3 Monaten", "Später"};
    private static final String[] WITHIN_FR = {"Immédiatement", "Sous 1 mois", "Sous 2 mois", "Sous 3 mois",
        "Plus tard"};

    @TempDir
    Path folder;
    private final AnswerEngine engine = new AnswerEngine(AnswerFixtures.CLOCK);

    private Profile profile(String... replacements) {
        String yaml = AnswerFixtures.fixtureYaml();
        for (int index = 0; index < replacements.length; index += 2) {
            assertThat(yaml).as("fixture text to replace").contains(replacements[index]);
            yaml = yaml.replace(replacements[index], replacements[index + 1]);
        }
        return AnswerFixtures.load(folder, yaml);
    }

    private Optional<Answer> answer(Question question, Profile profile) {
        return engine.answer(new FormSchema(List.of(question)), ACME_DE, profile).answers().forQuestion(question.id());
    }

    private Profile notice(int days) {
        return profile("noticePeriodDays: 90", "noticePeriodDays: " + days);
    }

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0", "20 | 1", "30 | 1", "31 | 2", "60 | 2", "61 | 3", "90 | 3", "91 | 4", "200 | 4"})
    void should_choose_the_tightest_option_holding_the_notice_when_options_say_within(int days, int expected) {
        // given
        Profile profile = notice(days);

        for (Question question : List.of(select("What is your notice period?", WITHIN_EN),
                select("When could you start?", WITHIN_EN), select("Wann könnten Sie anfangen?", WITHIN_DE),
                select("Wie lang ist Ihre Kündigungsfrist?", WITHIN_DE), select("Quand pourriez-vous commencer ?",
                        WITHIN_FR), select("Quel est votre préavis ?", WITHIN_FR))) {
            // when
            Optional<Answer> answer = answer(question, profile);

            // then
            assertThat(answer).as("answer to '%s'", question.label()).get().satisfies(found -> {
                assertThat(found.values()).containsExactly(question.options().get(expected).label());
                assertThat(found.source()).isEqualTo(AnswerSource.RULE);
                assertThat(found.factsUsed()).containsExactly("nyx.noticePeriodDays");
            });
        }
    }

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | Less than 1 month", "20 | Less than 1 month", "45 | 1-3 months", "90 | 1-3 months",
            "120 | More than 3 months"})
    void should_choose_the_range_holding_the_notice_when_options_are_ranges(int days, String expected) {
        // given
        Question question = select("Notice period", "Less than 1 month", "1-3 months", "More than 3 months");

        // when
        Optional<Answer> answer = answer(question, notice(days));

        // then
        assertThat(answer).get().extracting(Answer::values).isEqualTo(List.of(expected));
    }

    @Test
    void should_choose_weeks_over_a_month_when_the_notice_is_ten_days() {
        // given
        Question question = select("How soon could you start?", "Within 2 weeks", "Within 1 month", "Within 3 months");

        // when
        Optional<Answer> answer = answer(question, notice(10));

        // then
        assertThat(answer).get().extracting(Answer::values).isEqualTo(List.of("Within 2 weeks"));
    }

    @Test
    void should_leave_the_notice_unanswered_when_no_option_holds_it_and_none_says_later() {
        // given
        Question question = select("What is your notice period?", "Immediately", "Within 1 month", "Within 2 months");

        // when
        AnswerResult result = engine.answer(new FormSchema(List.of(question)), ACME_DE, notice(90));

        // then
        assertThat(result.answers().answers()).isEmpty();
        assertThat(result.needsInput()).hasSize(1);
    }

    @Test
    void should_map_a_bank_number_onto_the_range_that_holds_it_when_the_question_offers_ranges() {
        // given: the bank says 7 years of PostgreSQL (the work history alone would say 5)
        Profile profile = profile("    - question: How did you hear about this position?\n",
                "    - question: /postgres/i\n      answer: \"7\"\n"
                        + "    - question: How did you hear about this position?\n");

        // when
        Optional<Answer> ranges = answer(select("How many years of experience do you have with PostgreSQL?",
                "0-2", "3-5", "6-8", "9+"), profile);
        Optional<Answer> german = answer(select("Wie viele Jahre Erfahrung haben Sie mit PostgreSQL?",
                "weniger als 1 Jahr", "1-4 Jahre", "5-9 Jahre", "10+ Jahre"), profile);
        Optional<Answer> plain = answer(number("Combien d'années d'expérience avez-vous avec PostgreSQL ?"), profile);

        // then
        assertThat(ranges).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("6-8");
            assertThat(found.source()).isEqualTo(AnswerSource.BANK);
        });
        assertThat(german).get().extracting(Answer::values).isEqualTo(List.of("5-9 Jahre"));
        assertThat(plain).get().extracting(Answer::values).isEqualTo(List.of("7"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "C1 | Fluent", "B2 | Professional", "Verhandlungssicher | Fluent", "Elementary proficiency | Basic",
            "Full professional proficiency | Fluent", "Bilingual | Native", "Mother tongue | Native",
            "Courant | Fluent", "Conversational | Basic"})
    void should_place_the_profile_fluency_on_the_form_scale_when_words_differ(String fluency, String expected) {
        // given
        Profile profile = profile("fluency: Fluent", "fluency: " + fluency);
        Question question = select("What is your level of English?", "Native", "Fluent", "Professional", "Basic",
                "None");

        // when
        Optional<Answer> answer = answer(question, profile);

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.values()).containsExactly(expected);
            assertThat(found.factsUsed()).containsExactly("languages[0].fluency");
        });
    }

    @Test
    void should_answer_none_and_say_why_when_the_profile_does_not_list_the_language() {
        // given
        Question question = select("Quel est votre niveau d'espagnol ?", "Langue maternelle", "Courant",
                "Professionnel", "Notions", "Aucune");

        // when
        Optional<Answer> answer = answer(question, profile());

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("Aucune");
            assertThat(found.factsUsed()).containsExactly("languages", "Spanish is not among the profile's languages");
        });
    }

    @Test
    void should_leave_an_unlisted_language_unanswered_when_the_profile_lists_no_languages() {
        // given
        Profile profile = profile("languages:\n  - language: English\n    fluency: Fluent\n"
                + "  - language: German\n    fluency: Professional working proficiency\n"
                + "  - language: Swedish\n    fluency: Native speaker\n", "");
        Question question = select("Spanish proficiency", "Native", "Fluent", "Professional", "Basic", "None");

        // when
        AnswerResult result = engine.answer(new FormSchema(List.of(question)), ACME_DE, profile);

        // then
        assertThat(result.answers().answers()).isEmpty();
        assertThat(result.unanswered()).extracting(UnansweredQuestion::concept)
                .containsExactly(Optional.of("language-level"));
    }
}
