package dev.nyx.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormQaTest {
    /** A German posting: the fixture profile may work in DE and SE, not in the US, needs no sponsor, prefers hybrid. */
    private static final PostingContext ACME_DE = new PostingContext(Optional.of("DE"), Optional.of("Acme"),
            Optional.of("Senior Backend Engineer"), Optional.of("en"));
    private static final Question NAME = Question.of("name", "Full name", QuestionType.SHORT_TEXT, true);
    private static final Question COLOUR = Question.withOptions("colour", "Favourite colour", QuestionType.SINGLE_SELECT,
            true, List.of(new Option("1", "Red"), new Option("2", "Dark Blue")));
    private static final Question AUTHORISED = Question.withOptions("auth",
            "Are you legally authorized to work in Germany?", QuestionType.YES_NO, true, yesNo());
    private static final Question SPONSOR = Question.withOptions("sponsor",
            "Will you now or in the future require visa sponsorship?", QuestionType.YES_NO, true, yesNo());
    private static final Question WHY = new Question("why", "Why do you want to work at Acme?", QuestionType.LONG_TEXT,
            false, List.of(), Optional.of(40), Optional.empty(), Optional.empty());

    private static Profile profile;
    private final FormQa qa = new FormQa();

    @BeforeAll
    static void loadProfile(@TempDir Path folder) throws IOException {
        for (String resume : List.of("resume-en.pdf", "resume-de.pdf")) {
            Files.writeString(folder.resolve(resume), "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
        }
        try (InputStream in = FormQaTest.class.getResourceAsStream("/answers/profile.yaml")) {
            profile = new ProfileLoader().load(Files.write(folder.resolve("profile.yaml"), in.readAllBytes()));
        }
    }

    @Test
    void should_pass_when_the_page_shows_every_answer_and_nothing_contradicts() {
        FormSchema form = new FormSchema(List.of(NAME, COLOUR, AUTHORISED, SPONSOR, WHY));
        AnswerSet answers = answers(NAME, "Mara Lindqvist", COLOUR, "Dark Blue", AUTHORISED, "Yes", SPONSOR, "No",
                WHY, "I like robots.");

        QaReport report = qa.check(form, answers, Map.of("name", List.of("Mara Lindqvist"), "colour",
                List.of("dark blue"), "auth", List.of("Yes"), "sponsor", List.of("No"), "why", List.of("I like robots.")),
                profile, ACME_DE);

        assertThat(report.findings()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void should_find_an_empty_required_field_when_the_page_shows_no_value_for_a_given_answer() {
        FormSchema form = new FormSchema(List.of(NAME, COLOUR));
        AnswerSet answers = answers(NAME, "Mara Lindqvist", COLOUR, "Red");

        QaReport report = qa.check(form, answers, Map.of("name", List.of(" "), "colour", List.of("Red")), profile,
                ACME_DE);

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(QaFinding.Kind.EMPTY_REQUIRED);
            assertThat(finding.questionId()).isEqualTo("name");
            assertThat(finding.reason()).isEqualTo("'Full name' is required and shows no value on the page");
        });
        assertThat(report.summary()).startsWith("QA stopped the submit: 'Full name' is required");
    }

    @Test
    void should_find_a_required_question_without_answer_when_the_adapter_cannot_read_back() {
        QaReport report = qa.check(new FormSchema(List.of(NAME)), new AnswerSet(List.of()), Map.of(), profile, ACME_DE);

        assertThat(report.findings()).extracting(QaFinding::reason)
                .containsExactly("'Full name' is required and has no answer");
    }

    @Test
    void should_find_an_invented_option_when_the_page_shows_a_value_that_is_not_offered() {
        FormSchema form = new FormSchema(List.of(COLOUR));

        QaReport report = qa.check(form, answers(COLOUR, "Red"), Map.of("colour", List.of("Purple")), profile, ACME_DE);

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(QaFinding.Kind.NOT_AN_OPTION);
            assertThat(finding.reason()).contains("'Favourite colour' shows 'Purple'", "'Red', 'Dark Blue'");
        });
    }

    @Test
    void should_find_an_answer_over_the_limit_when_the_page_cut_it() {
        String long49 = "I want to build robots that help people at home.!";
        FormSchema form = new FormSchema(List.of(WHY));

        QaReport report = qa.check(form, answers(WHY, long49), Map.of("why", List.of(long49.substring(0, 40))),
                profile, ACME_DE);

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(QaFinding.Kind.TOO_LONG);
            assertThat(finding.reason()).contains("49 characters", "allows 40", "kept only the first 40");
        });
    }

    @Test
    void should_find_a_contradiction_when_authorised_and_needing_a_sponsor_are_both_yes() {
        FormSchema form = new FormSchema(List.of(AUTHORISED, SPONSOR));

        QaReport report = qa.check(form, answers(AUTHORISED, "Yes", SPONSOR, "Yes"), Map.of(), profile, ACME_DE);

        assertThat(report.findings()).extracting(QaFinding::kind).containsOnly(QaFinding.Kind.CONTRADICTION);
        assertThat(report.findings()).extracting(QaFinding::reason)
                // the sponsorship answer contradicts the profile (may work in Germany, so needs no visa there) ...
                .anySatisfy(reason -> assertThat(reason).contains("is answered 'Yes' but the profile says 'No'",
                        "nyx.workAuthorization.DE"))
                // ... and the authorisation answer
                .anySatisfy(reason -> assertThat(reason).contains("are both answered 'Yes'", "visa sponsor"));
    }

    @Test
    void should_find_a_contradiction_with_the_profile_when_an_answer_denies_its_work_authorisation() {
        Question us = Question.withOptions("us", "Are you authorized to work in the United States?",
                QuestionType.YES_NO, true, yesNo());
        FormSchema form = new FormSchema(List.of(AUTHORISED, us));

        QaReport report = qa.check(form, answers(AUTHORISED, "No", us, "No"), Map.of(), profile, ACME_DE);

        // Germany: the profile says yes; the United States: the profile says no, so "No" is right
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.questionId()).isEqualTo("auth");
            assertThat(finding.reason()).contains("nyx.workAuthorization.DE");
        });
    }

    @Test
    void should_check_the_answer_against_the_posting_country_when_the_question_names_none() {
        Question here = Question.withOptions("here", "Are you authorised to work in the country of this job?",
                QuestionType.YES_NO, true, yesNo());
        FormSchema form = new FormSchema(List.of(here));

        // the profile says yes for DE and no for US
        QaReport deniedInGermany = qa.check(form, answers(here, "No"), Map.of(), profile, at("Berlin, Germany"));
        QaReport claimedInTexas = qa.check(form, answers(here, "Yes"), Map.of(), profile, at("Austin, TX"));
        QaReport rightInGermany = qa.check(form, answers(here, "Yes"), Map.of(), profile, at("Remote - Germany"));

        assertThat(deniedInGermany.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(QaFinding.Kind.CONTRADICTION);
            assertThat(finding.reason()).isEqualTo("'Are you authorised to work in the country of this job?' is"
                    + " answered 'No' but the profile says 'Yes' for working in Germany, the country of this job"
                    + " (nyx.workAuthorization.DE)");
        });
        assertThat(claimedInTexas.findings()).singleElement().extracting(QaFinding::reason).asString()
                .contains("answered 'Yes' but the profile says 'No' for working in United States",
                        "nyx.workAuthorization.US");
        assertThat(rightInGermany.passed()).isTrue();
    }

    @Test
    void should_flag_a_yes_when_the_profile_does_not_list_the_posting_country() {
        Question here = Question.withOptions("here", "Are you authorised to work in the country of this job?",
                QuestionType.YES_NO, true, yesNo());
        FormSchema form = new FormSchema(List.of(here));

        // the profile says nothing about GB
        QaReport yes = qa.check(form, answers(here, "Yes"), Map.of(), profile, at("London, UK"));
        QaReport no = qa.check(form, answers(here, "No"), Map.of(), profile, at("London, UK"));
        QaReport unknownCountry = qa.check(form, answers(here, "Yes"), Map.of(), profile, at("Remote - EMEA"));

        assertThat(yes.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(QaFinding.Kind.CONTRADICTION);
            assertThat(finding.reason()).isEqualTo("'Are you authorised to work in the country of this job?' is"
                    + " answered 'Yes' but the profile does not say you may work in United Kingdom, the country of"
                    + " this job (no nyx.workAuthorization.GB)");
        });
        assertThat(no.passed()).isTrue();
        // no country: nothing to check against, never a guessed one
        assertThat(unknownCountry.passed()).isTrue();
    }

    @Test
    void should_flag_a_yes_when_the_question_names_a_country_the_profile_does_not_list() {
        Question canada = Question.withOptions("ca", "Are you legally authorized to work in Canada?",
                QuestionType.YES_NO, true, yesNo());

        QaReport report = qa.check(new FormSchema(List.of(canada)), answers(canada, "Yes"), Map.of(), profile,
                ACME_DE);

        assertThat(report.findings()).singleElement().extracting(QaFinding::reason).asString()
                .endsWith("does not say you may work in Canada (no nyx.workAuthorization.CA)");
    }

    @Test
    void should_flag_a_no_to_a_visa_for_a_country_the_profile_does_not_list_when_the_sponsorship_flag_is_false() {
        // given: the fixture profile may work in DE and SE, lives in DE, and "needs no sponsor"
        Question france = Question.withOptions("fr", "Benötigen Sie ein Visum oder eine Arbeitserlaubnis für Frankreich?",
                QuestionType.YES_NO, true, List.of(new Option("1", "Ja"), new Option("0", "Nein")));
        FormSchema form = new FormSchema(List.of(france));

        // when
        QaReport no = qa.check(form, answers(france, "Nein"), Map.of(), profile, ACME_DE);
        QaReport yes = qa.check(form, answers(france, "Ja"), Map.of(), profile, ACME_DE);

        // then
        assertThat(no.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(QaFinding.Kind.CONTRADICTION);
            assertThat(finding.reason()).contains("does not say you may work in France without a visa",
                    "nyx.workAuthorization.FR");
        });
        assertThat(yes.passed()).isTrue();
    }

    @Test
    void should_find_a_contradiction_when_a_remote_choice_differs_from_the_preference() {
        Question mode = Question.withOptions("mode", "Preferred work arrangement", QuestionType.SINGLE_SELECT, true,
                List.of(new Option("a", "Remote"), new Option("b", "Hybrid"), new Option("c", "On-site")));

        QaReport chosen = qa.check(new FormSchema(List.of(mode)), answers(mode, "On-site"), Map.of(), profile, ACME_DE);
        QaReport preferred = qa.check(new FormSchema(List.of(mode)), answers(mode, "Hybrid"), Map.of(), profile,
                ACME_DE);

        assertThat(chosen.findings()).extracting(QaFinding::kind).containsExactly(QaFinding.Kind.CONTRADICTION);
        assertThat(chosen.findings().get(0).reason()).contains("onsite", "prefers hybrid");
        assertThat(preferred.passed()).isTrue();
    }

    @Test
    void should_find_leftover_placeholders_when_a_template_was_not_filled_in() {
        for (String text : List.of("I admire {{company}}.", "Dear [Company Name] team", "I love <company>!",
                "TODO write this", "Lorem ipsum dolor sit amet", "Hello $name", "Regards, ${candidate}",
                "[Insert role here]")) {
            QaReport report = qa.check(new FormSchema(List.of(WHY)), answers(WHY, text.substring(0,
                    Math.min(text.length(), 40))), Map.of(), profile, ACME_DE);

            assertThat(report.findings()).as(text).singleElement().satisfies(finding -> {
                assertThat(finding.kind()).isEqualTo(QaFinding.Kind.PLACEHOLDER);
                assertThat(finding.reason()).contains("still contains the placeholder");
            });
        }
    }

    @Test
    void should_accept_ordinary_text_when_it_only_looks_a_little_like_a_template() {
        for (String text : List.of("Salary: $85,000 [negotiable]", "I use <b>Java</b>", "a todo list app",
                "Kotlin (and Java)", "Paid in US$")) {
            QaReport report = qa.check(new FormSchema(List.of(WHY)), answers(WHY, text), Map.of(), profile, ACME_DE);

            assertThat(report.findings()).as(text).isEmpty();
        }
    }

    /** The context the pipeline builds for a fetched posting at this location. */
    private static PostingContext at(String location) {
        return PostingContext.of(new JobPosting(PostingKey.of("greenhouse", "7"),
                URI.create("https://boards.greenhouse.io/acme/jobs/7"), "greenhouse", "Backend Engineer", "Acme",
                Optional.of(location), "Build things.", Optional.empty(), Optional.of("en"), FormSchema.empty()));
    }

    private static List<Option> yesNo() {
        return List.of(new Option("1", "Yes"), new Option("0", "No"));
    }

    private static AnswerSet answers(Object... questionsAndValues) {
        List<Answer> answers = new java.util.ArrayList<>();
        for (int index = 0; index < questionsAndValues.length; index += 2) {
            answers.add(Answer.of((Question) questionsAndValues[index], (String) questionsAndValues[index + 1],
                    AnswerSource.BANK, List.of()));
        }
        return new AnswerSet(answers);
    }
}
