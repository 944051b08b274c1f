package dev.nyx.core.answer;

import static dev.nyx.core.answer.AnswerFixtures.ACME_DE;
import static dev.nyx.core.answer.AnswerFixtures.multi;
import static dev.nyx.core.answer.AnswerFixtures.select;
import static dev.nyx.core.answer.AnswerFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.storage.AnswerBank;
import dev.nyx.core.storage.Correction;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that fit the form (issue 10): a bank entry fitting no option is passed over, options are
 * chosen by meaning, skills checklists, and visas per country. Forms here are written for the test,
 * not taken from the Greenhouse replicas.
 */
class AnswersThatFitTest {
    private static final PostingContext ACME_US = new PostingContext(Optional.of("US"), Optional.of("Acme"),
            Optional.of("Senior Backend Engineer"), Optional.of("en"));
    private static final PostingContext ACME_DE_GERMAN = new PostingContext(Optional.of("DE"), Optional.of("Acme"),
            Optional.of("Backend-Entwickler"), Optional.of("de"));
    private static final String BANK = "    - question: How did you hear about this position?\n"
            + "      answer: Through the company's careers page.\n";
    private static final String AUTHORISED = "  workAuthorization:      # ISO 3166 country code -> may work there without a visa\n"
            + "    DE: true\n    SE: true\n    US: false\n";

    @TempDir
    Path folder;

    private Profile profile(String... replacements) {
        String yaml = AnswerFixtures.fixtureYaml();
        for (int index = 0; index < replacements.length; index += 2) {
            assertThat(yaml).as("fixture text to replace").contains(replacements[index]);
            yaml = yaml.replace(replacements[index], replacements[index + 1]);
        }
        return AnswerFixtures.load(folder, yaml);
    }

    @Test
    void should_pass_over_a_bank_entry_fitting_no_option_when_a_rule_answers_the_question() {
        // given: a loose entry meant for "what is your current visa status?"
        Profile profile = profile(BANK, BANK + "    - question: /visa status/i\n      answer: U.S. citizen\n");
        Question question = yesNo("Will you now or in the future require sponsorship for employment visa status?");

        // when
        AnswerResult result = new AnswerEngine(AnswerFixtures.CLOCK)
                .answer(new FormSchema(List.of(question)), ACME_DE, profile);

        // then: the sponsorship rule answers from requiresSponsorship, and the passing over is noted
        assertThat(result.answers().forQuestion(question.id())).get().satisfies(answer -> {
            assertThat(answer.values()).containsExactly("No");
            assertThat(answer.source()).isEqualTo(AnswerSource.RULE);
        });
        assertThat(result.notes()).singleElement().asString()
                .contains("Passed over the answer bank's entry").contains("no offered option fits");
    }

    @Test
    void should_choose_the_option_naming_the_company_when_the_bank_says_the_company() {
        // given
        Profile profile = profile(BANK, "    - question: How did you hear about this position?\n"
                + "      answer: Company careers site\n");
        Question question = select("How did you hear about this position?", "LinkedIn", "Acme careers site",
                "Referral from an employee", "Other");

        // when
        Optional<Answer> answer = new AnswerEngine(AnswerFixtures.CLOCK)
                .answer(new FormSchema(List.of(question)), ACME_DE, profile).answers().forQuestion(question.id());

        // then
        assertThat(answer).get().extracting(Answer::values).isEqualTo(List.of("Acme careers site"));
    }

    @Test
    void should_choose_an_option_by_meaning_only_above_the_threshold_and_clear_of_the_runner_up() {
        // given: a similarity that finds "job board" close to "Online job listing" and far from the rest
        QuestionSimilarity similarity = (left, right) -> left.equals("job board") && right.equals("online job listing")
                ? 0.88 : left.equals("job board") && right.equals("online ad") ? 0.86 : 0.1;
        AnswerEngine engine = new AnswerEngine(AnswerFixtures.CLOCK, NoCorrections.INSTANCE, similarity);
        Profile profile = profile(BANK, "    - question: How did you hear about this position?\n"
                + "      answer: Job board\n");
        Question clear = select("How did you hear about this position?", "Online job listing", "Referral", "Other");
        Question tie = select("How did you hear about this position?", "Online job listing", "Online ad", "Other");

        // when
        Optional<Answer> chosen = engine.answer(new FormSchema(List.of(clear)), ACME_DE, profile).answers()
                .forQuestion(clear.id());
        Optional<Answer> tied = engine.answer(new FormSchema(List.of(tie)), ACME_DE, profile).answers()
                .forQuestion(tie.id());

        // then
        assertThat(chosen).get().extracting(Answer::values).isEqualTo(List.of("Online job listing"));
        assertThat(tied).isEmpty();
    }

    @Test
    void should_leave_a_required_skills_checklist_to_the_candidate_when_the_skills_name_no_option() {
        // given
        Question question = multi("Which of these technologies have you used in production?", "Rust", "Elixir");

        // when
        AnswerResult result = new AnswerEngine(AnswerFixtures.CLOCK)
                .answer(new FormSchema(List.of(question)), ACME_DE, profile());

        // then
        assertThat(result.needsInput()).singleElement().satisfies(missing ->
                assertThat(missing.concept()).contains("skills-checklist"));
    }

    @Test
    void should_answer_none_of_these_when_the_skills_name_no_option_and_the_list_offers_none() {
        // given: a required checklist of technologies the profile's skills do not name
        Question question = multi("Which of these technologies have you used in production?", "Rust", "Elixir",
                "None of these");

        // when
        AnswerResult result = new AnswerEngine(AnswerFixtures.CLOCK)
                .answer(new FormSchema(List.of(question)), ACME_DE, profile());

        // then
        assertThat(result.needsInput()).isEmpty();
        assertThat(result.answers().forQuestion(question.id())).get().extracting(Answer::values)
                .isEqualTo(List.of("None of these"));
    }

    @Test
    void should_leave_a_visa_question_for_an_unlisted_country_open_whatever_requires_sponsorship_says() {
        // given: authorised only in the US, "needs no sponsor" (about the US, the home country); the posting is in
        // Germany, which the profile does not list: neither the flag nor the list says anything about it (symptom 12)
        Profile profile = profile(AUTHORISED, "  workAuthorization:\n    US: true\n",
                "    countryCode: DE\n", "    countryCode: US\n");
        Question question = yesNo("Benötigen Sie ein Visum oder eine Arbeitserlaubnis für Deutschland?", "Ja", "Nein");

        // when
        AnswerResult result = new AnswerEngine(AnswerFixtures.CLOCK)
                .answer(new FormSchema(List.of(question)), ACME_DE_GERMAN, profile);

        // then: never "Nein" from the flag about the US, and no inferred "Ja": the candidate says
        assertThat(result.answers().forQuestion(question.id())).isEmpty();
        assertThat(result.needsInput()).singleElement().satisfies(missing ->
                assertThat(missing.concept()).contains("sponsorship"));
    }

    @Test
    void should_leave_the_visa_question_open_when_the_profile_lists_no_country() {
        // given
        Profile profile = profile(AUTHORISED, "", "    countryCode: DE\n", "    countryCode: US\n");
        Question question = yesNo("Do you need a visa or work permit for Germany?");

        // when
        AnswerResult result = new AnswerEngine(AnswerFixtures.CLOCK)
                .answer(new FormSchema(List.of(question)), ACME_DE, profile);

        // then
        assertThat(result.needsInput()).singleElement().satisfies(missing ->
                assertThat(missing.concept()).contains("sponsorship"));
    }

    @Test
    void should_answer_sponsorship_from_the_flag_for_the_home_country_even_when_it_is_not_listed() {
        // given
        Profile profile = profile(AUTHORISED, "", "    countryCode: DE\n", "    countryCode: US\n");
        Question question = yesNo("Will you now or in the future require sponsorship for employment visa status?");

        // when
        Optional<Answer> answer = new AnswerEngine(AnswerFixtures.CLOCK)
                .answer(new FormSchema(List.of(question)), ACME_US, profile).answers().forQuestion(question.id());

        // then
        assertThat(answer).get().extracting(Answer::values).isEqualTo(List.of("No"));
    }

    /** No stored corrections. */
    private enum NoCorrections implements AnswerBank {
        INSTANCE;

        @Override
        public Correction add(String question, String answer, Optional<Long> applicationId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Correction> latest() {
            return List.of();
        }

        @Override
        public List<Correction> history(String question) {
            return List.of();
        }
    }
}
