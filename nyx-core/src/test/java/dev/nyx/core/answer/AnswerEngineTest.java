package dev.nyx.core.answer;

import static dev.nyx.core.answer.AnswerFixtures.ACME_DE;
import static dev.nyx.core.answer.AnswerFixtures.file;
import static dev.nyx.core.answer.AnswerFixtures.longText;
import static dev.nyx.core.answer.AnswerFixtures.number;
import static dev.nyx.core.answer.AnswerFixtures.optional;
import static dev.nyx.core.answer.AnswerFixtures.select;
import static dev.nyx.core.answer.AnswerFixtures.text;
import static dev.nyx.core.answer.AnswerFixtures.withMaxLength;
import static dev.nyx.core.answer.AnswerFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's order (bank, rules, defaults), its reports and its refusals to guess. */
class AnswerEngineTest {
    private final AnswerEngine engine = new AnswerEngine(AnswerFixtures.CLOCK);

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

    private Optional<Answer> answer(Question question, Profile profile) {
        return engine.answer(new FormSchema(List.of(question)), ACME_DE, profile).answers().forQuestion(question.id());
    }

    private static final String BANK = "    - question: How did you hear about this position?\n"
            + "      answer: Through the company's careers page.\n";

    @Test
    void should_prefer_the_answer_bank_when_a_rule_also_answers() {
        // given
        Profile profile = profile(BANK, BANK + "    - question: /years of (professional )?java experience/i\n"
                + "      answer: \"12\"\n");

        // when
        Optional<Answer> answer = answer(number("How many years of Java experience do you have?"), profile);

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("12");
            assertThat(found.source()).isEqualTo(AnswerSource.BANK);
            assertThat(found.factsUsed()).containsExactly("nyx.answers[1]");
        });
    }

    @Test
    void should_match_bank_text_before_bank_expressions_when_both_match() {
        // given: the expression comes first in the bank, the exact text second
        Profile profile = profile(BANK, "    - question: /hear about/i\n      answer: From a friend.\n" + BANK);

        // when
        Optional<Answer> answer = answer(text("How did you hear about this position? *"), profile);

        // then
        assertThat(answer).get().extracting(Answer::value).isEqualTo("Through the company's careers page.");
    }

    @Test
    void should_report_the_question_when_the_bank_answer_is_not_an_offered_option() {
        // given
        Question question = select("How did you hear about this position?", "LinkedIn", "Referral", "Other");

        // when
        AnswerResult result = engine.answer(new FormSchema(List.of(question)), ACME_DE, profile());

        // then
        assertThat(result.answers().answers()).isEmpty();
        assertThat(result.needsInput()).singleElement().satisfies(missing ->
                assertThat(missing.reason()).contains("answer bank").contains("no offered option"));
    }

    @Test
    void should_report_required_and_optional_unanswered_questions_apart_when_no_fact_answers_them() {
        // given
        Question required = text("What motivates you?");
        Question optionalQuestion = optional(text("Anything else you want to share?"));
        Question answerable = text("First Name");

        // when
        AnswerResult result = engine.answer(new FormSchema(List.of(required, optionalQuestion, answerable)), ACME_DE,
                profile());

        // then
        assertThat(result.answers().answers()).extracting(Answer::questionId).containsExactly(answerable.id());
        assertThat(result.unanswered()).extracting(missing -> missing.question().id())
                .containsExactly(required.id(), optionalQuestion.id());
        assertThat(result.needsInput()).extracting(missing -> missing.question().id()).containsExactly(required.id());
        assertThat(result.complete()).isFalse();
    }

    @Test
    void should_default_to_job_board_only_when_how_did_you_hear_is_optional_and_the_bank_has_no_entry() {
        // given
        Profile profile = profile(BANK, "");
        Question asked = select("How did you hear about us?", "LinkedIn", "Job board", "Referral", "Other");

        // when
        Optional<Answer> whenOptional = answer(optional(asked), profile);
        Optional<Answer> whenRequired = answer(asked, profile);

        // then
        assertThat(whenOptional).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("Job board");
            assertThat(found.source()).isEqualTo(AnswerSource.DEFAULT);
        });
        assertThat(whenRequired).isEmpty();
    }

    @Test
    void should_decline_an_optional_demographic_question_by_default_and_never_a_required_one() {
        // given
        Question asked = select("Sexual orientation", "Heterosexual", "Gay or Lesbian", "Bisexual",
                "I prefer not to say");

        // when
        Optional<Answer> whenOptional = answer(optional(asked), profile());
        Optional<Answer> whenRequired = answer(asked, profile());

        // then
        assertThat(whenOptional).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("I prefer not to say");
            assertThat(found.source()).isEqualTo(AnswerSource.DEFAULT);
        });
        assertThat(whenRequired).isEmpty();
    }

    @Test
    void should_give_the_profile_eeo_answer_when_the_candidate_set_one() {
        // when
        Optional<Answer> answer = answer(select("Gender", "Male", "Female", "Decline To Self Identify"),
                profile("gender: decline", "gender: Female"));

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("Female");
            assertThat(found.factsUsed()).containsExactly("nyx.eeo.gender");
        });
    }

    @Test
    void should_answer_zero_years_when_the_work_history_never_mentions_the_technology() {
        // given: no job and no skill mentions Java
        Profile profile = profile("(Java 17, Spring Boot, Kafka, PostgreSQL)", "(Kotlin, Kafka, PostgreSQL)",
                "from Java 11 to Java 17", "from Kotlin 1.9 to Kotlin 2.0", "Java EE applications", "Applications",
                "  - name: Java\n", "  - name: Kotlin\n", "keywords: [Java 17, ", "keywords: [");

        // when
        Optional<Answer> answer = answer(number("How many years of Java experience do you have?"), profile);

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("0");
            assertThat(found.factsUsed()).containsExactly("work");
        });
    }

    @Test
    void should_leave_years_unanswered_when_the_skills_name_a_technology_no_job_mentions() {
        // given: Java is the profile's first skill, but no job's text names it
        Profile profile = profile("(Java 17, Spring Boot, Kafka, PostgreSQL)", "(Kotlin, Kafka, PostgreSQL)",
                "from Java 11 to Java 17", "from Kotlin 1.9 to Kotlin 2.0", "Java EE applications", "Applications");

        // when
        AnswerResult result = engine.answer(new FormSchema(List.of(number("How many years of Java experience do you have?"))),
                ACME_DE, profile);

        // then: 0 years would contradict the skills list; the candidate says how long
        assertThat(result.answers().answers()).isEmpty();
        assertThat(result.unanswered()).extracting(UnansweredQuestion::concept)
                .containsExactly(Optional.of("years-of-experience"));
    }

    @Test
    void should_leave_years_unanswered_when_the_profile_has_no_work_history() {
        // given
        String yaml = AnswerFixtures.fixtureYaml();
        String withoutWork = yaml.substring(0, yaml.indexOf("work:\n")) + yaml.substring(yaml.indexOf("education:\n"));

        // when
        Optional<Answer> answer = answer(number("How many years of Java experience do you have?"),
                AnswerFixtures.load(folder, withoutWork));

        // then
        assertThat(answer).isEmpty();
    }

    @Test
    void should_convert_a_monthly_profile_salary_when_the_question_asks_per_year() {
        // when
        Optional<Answer> answer = answer(number("Expected annual salary (EUR)"),
                profile("min: 85000", "min: 5000", "period: year ", "period: month "));

        // then
        assertThat(answer).get().extracting(Answer::value).isEqualTo("60000");
    }

    @Test
    void should_enter_the_oracles_number_and_record_its_reason_when_the_posting_shows_a_range() {
        // given: a posted range of EUR 80,000-100,000 a year; the floor is 85,000 (fixture)
        PostingContext posting = ACME_DE.withSalary(new SalaryRange(new BigDecimal("80000"), new BigDecimal("100000"),
                "EUR", SalaryPeriod.YEAR));
        Question question = number("Expected annual salary (EUR)");

        // when
        Optional<Answer> answer = engine.answer(new FormSchema(List.of(question)), posting, profile())
                .answers().forQuestion(question.id());

        // then: the upper middle of the range (95,000), not the floor; the reason is among the facts
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.value()).isEqualTo("95000");
            assertThat(found.source()).isEqualTo(AnswerSource.RULE);
            assertThat(found.factsUsed()).first().isEqualTo("nyx.salary");
            assertThat(found.factsUsed()).anySatisfy(fact -> assertThat(fact)
                    .startsWith("salary oracle: ").contains("upper middle of the posted range", "80000–100000"));
        });
    }

    @Test
    void should_keep_the_floor_when_the_posted_range_is_lower() {
        // given: the range tops out below the floor of 85,000
        PostingContext posting = ACME_DE.withSalary(new SalaryRange(new BigDecimal("50000"), new BigDecimal("60000"),
                "EUR", SalaryPeriod.YEAR));
        Question question = number("Expected monthly salary (EUR)");

        // when
        Optional<Answer> answer = engine.answer(new FormSchema(List.of(question)), posting, profile())
                .answers().forQuestion(question.id());

        // then: 85,000 / 12 = 7,083.33, rounded up to a figure people write per month
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.value()).isEqualTo("7100");
            assertThat(found.factsUsed()).anySatisfy(fact -> assertThat(fact).contains("never ask for less"));
        });
    }

    @Test
    void should_pick_immediately_when_the_notice_period_is_zero() {
        // when
        Optional<Answer> answer = answer(select("Notice period", "Immediately", "1 month", "More than 1 month"),
                profile("noticePeriodDays: 90", "noticePeriodDays: 0"));

        // then
        assertThat(answer).get().extracting(Answer::value).isEqualTo("Immediately");
    }

    @Test
    void should_leave_the_cover_letter_unanswered_when_a_placeholder_cannot_be_filled() {
        // when
        Optional<Answer> answer = answer(longText("Cover Letter"),
                profile("role.\n", "role. {{why}}\n"));

        // then
        assertThat(answer).isEmpty();
    }

    @Test
    void should_report_the_limit_when_an_answer_is_longer_than_the_field_allows() {
        // given
        Question question = withMaxLength(longText("Cover Letter"), 40);

        // when
        AnswerResult result = engine.answer(new FormSchema(List.of(question)), ACME_DE, profile());

        // then
        assertThat(result.answers().answers()).isEmpty();
        assertThat(result.needsInput()).singleElement().satisfies(missing ->
                assertThat(missing.reason()).contains("limit of 40 characters"));
    }

    @Test
    void should_answer_over_18_with_yes_and_never_with_the_date_of_birth_when_asked_about_age() {
        // when
        Optional<Answer> answer = answer(yesNo("Are you 18 years of age or older?"), profile());

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.values()).containsExactly("Yes");
            assertThat(found.factsUsed()).containsExactly("personal.dateOfBirth");
        });
    }

    @Test
    void should_attach_the_default_resume_when_no_resume_is_in_the_posting_language() {
        // given
        PostingContext french = new PostingContext(Optional.of("FR"), Optional.of("Acme"), Optional.empty(),
                Optional.of("fr"));
        Question question = file("Resume/CV");

        // when
        Optional<Answer> answer = engine.answer(new FormSchema(List.of(question)), french, profile())
                .answers().forQuestion(question.id());

        // then
        assertThat(answer).get().extracting(Answer::value).isEqualTo("en");
    }

    @Test
    void should_reject_a_posting_country_that_is_not_an_iso_code_when_building_the_context() {
        assertThatThrownBy(() -> new PostingContext(Optional.of("Germany"), Optional.empty(), Optional.empty(),
                Optional.empty()))
                .isInstanceOfSatisfying(NyxException.class,
                        error -> assertThat(error.code()).isEqualTo(ErrorCode.INVALID_POSTING))
                .hasMessageContaining("'GERMANY'").hasMessageContaining("two letters such as DE");
    }

    @Test
    void should_reject_a_posting_language_that_is_not_an_iso_code_when_building_the_context() {
        assertThatThrownBy(() -> new PostingContext(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("German")))
                .isInstanceOfSatisfying(NyxException.class,
                        error -> assertThat(error.code()).isEqualTo(ErrorCode.INVALID_POSTING))
                .hasMessageContaining("'german'").hasMessageContaining("two letters such as en");
    }

    @Test
    void should_not_put_a_sensitive_value_into_a_cover_letter_when_a_placeholder_uses_it() {
        // given: the email is marked sensitive and the template asks for it
        Profile profile = profile("role.\n", "role. Write to {email}.\n",
                "    - basics.phone\n", "    - basics.phone\n    - basics.email\n");

        // when
        AnswerResult result = engine.answer(new FormSchema(List.of(longText("Cover Letter"), text("Email"))), ACME_DE,
                profile);

        // then: the email field gets it, the letter does not
        assertThat(result.answers().answers()).singleElement().satisfies(found ->
                assertThat(found.values()).containsExactly("mara.lindqvist@example.com"));
        assertThat(result.needsInput()).singleElement().satisfies(missing ->
                assertThat(missing.reason()).contains("sensitive"));
    }
}
