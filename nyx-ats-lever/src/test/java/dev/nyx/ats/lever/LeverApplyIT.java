package dev.nyx.ats.lever;

import static dev.nyx.ats.lever.LeverHarness.CARD;
import static dev.nyx.ats.lever.LeverHarness.card;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.lever.LeverFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Fetch, fill, read back and submit on the Lever replica, checked field by field against what it recorded. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeverApplyIT {
    private LeverHarness harness;
    private LeverAdapter adapter;

    @BeforeAll
    void start(@TempDir Path folder) {
        harness = new LeverHarness(folder);
        adapter = harness.adapter(true);
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void should_describe_every_question_with_its_type_and_section_when_fetching_the_posting() {
        // when
        JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(LeverFixtures.BACKEND_ENGINEER),
                harness.context());

        // then
        assertThat(posting.key().value()).isEqualTo("lever:northwind/" + LeverFixtures.BACKEND_ENGINEER);
        assertThat(posting.title()).isEqualTo("Senior Backend Engineer");
        assertThat(posting.company()).isEqualTo(LeverFixtures.COMPANY);
        assertThat(posting.location()).contains("Lyon, France");
        assertThat(posting.description()).contains("warehouse robots");
        Map<String, Question> questions = posting.form().questions().stream()
                .collect(java.util.stream.Collectors.toMap(Question::id, question -> question));
        assertThat(posting.form().questions().get(0).id()).isEqualTo("resume");
        assertThat(questions.get("resume").type()).isEqualTo(QuestionType.FILE);
        assertThat(questions.get("name").required()).isTrue();
        assertThat(questions.get("name").label()).isEqualTo("Full name");
        assertThat(questions.get("org").label()).isEqualTo("Current company");
        assertThat(questions.get("urls[LinkedIn]").section()).contains("Links");
        assertThat(questions.get(card(CARD, 0)).type()).isEqualTo(QuestionType.SHORT_TEXT);
        assertThat(questions.get(card(CARD, 0)).label()).isEqualTo("How many years of experience do you have with Java?");
        assertThat(questions.get(card(CARD, 0)).section()).contains("Additional questions");
        assertThat(questions.get(card(CARD, 1)).type()).isEqualTo(QuestionType.LONG_TEXT);
        assertThat(questions.get(card(CARD, 2)).type()).isEqualTo(QuestionType.YES_NO);
        assertThat(questions.get(card(CARD, 3)).type()).isEqualTo(QuestionType.MULTI_SELECT);
        assertThat(questions.get(card(CARD, 3)).options()).hasSize(5);
        assertThat(questions.get(card(CARD, 4)).type()).isEqualTo(QuestionType.SINGLE_SELECT);
        assertThat(questions.get(card(CARD, 4)).required()).isTrue();
        assertThat(questions.get("eeo[gender]").section()).contains("EEO");
        assertThat(questions.get("eeo[gender]").required()).isFalse();
        assertThat(questions.get("consent[store]").type()).isEqualTo(QuestionType.CHECKBOX);
        assertThat(questions.get("consent[store]").required()).isTrue();
        assertThat(questions.get("consent[marketing]").required()).isFalse();
        assertThat(questions).containsKey("comments").doesNotContainKeys("selectedLocation", "resumeStorageId",
                "accountId", "h-captcha-response", "cards[" + CARD + "][baseTemplate]");
    }

    @Test
    void should_submit_every_answer_over_the_resume_parse_when_filled_and_submitted() throws Exception {
        // given
        JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(LeverFixtures.BACKEND_ENGINEER),
                harness.context());
        TestApplyContext context = harness.context();

        // when
        adapter.fill(posting, harness.backendAnswers(), context);
        Map<String, List<String>> shown = adapter.readBack(posting, context);
        Confirmation confirmation = adapter.submit(posting, context);

        // then: the answers, not the stale resume parse, were sent
        assertThat(shown.get("name")).containsExactly("Ada Lovelace");
        assertThat(shown.get(card(CARD, 3))).containsExactlyInAnyOrder("Java", "PostgreSQL");
        assertThat(confirmation.finalUrl().toString()).endsWith("/" + LeverFixtures.BACKEND_ENGINEER + "/thanks");
        assertThat(confirmation.message()).containsIgnoringCase("application submitted");
        Submission submission = harness.replica.submissionsFor(LeverFixtures.BACKEND_ENGINEER).get(0);
        Map<String, List<String>> fields = submission.fields();
        assertThat(fields.get("name")).containsExactly("Ada Lovelace");
        assertThat(fields.get("email")).containsExactly("ada@example.org");
        assertThat(fields.get("phone")).containsExactly("+44 20 7946 0018");
        assertThat(fields.get("org")).containsExactly("Analytical Engines Ltd");
        assertThat(fields.get("location")).containsExactly("Lyon, France");
        assertThat(fields.get("selectedLocation")).singleElement().asString().contains("\"Lyon, France\"");
        assertThat(fields.get("urls[LinkedIn]")).containsExactly("https://www.linkedin.com/in/ada");
        assertThat(fields.get("urls[GitHub]")).containsExactly("https://github.com/ada");
        assertThat(fields.get("urls[Portfolio]")).containsExactly("https://ada.example.org");
        assertThat(fields.get("urls[Other]")).containsExactly("");
        assertThat(fields.get(card(CARD, 0))).containsExactly("9");
        assertThat(fields.get(card(CARD, 1))).containsExactly("Because robots deserve good software.");
        assertThat(fields.get(card(CARD, 2))).containsExactly("Yes");
        assertThat(fields.get(card(CARD, 3))).containsExactlyInAnyOrder("Java", "PostgreSQL");
        assertThat(fields.get(card(CARD, 4))).containsExactly("Company careers site");
        assertThat(fields.get(card(LeverFixtures.LOGISTICS_CARD, 0))).containsExactly("No");
        assertThat(fields.get("eeo[gender]")).containsExactly("Decline to self-identify");
        assertThat(fields.get("eeo[race]")).containsExactly("Decline to self-identify");
        assertThat(fields.get("eeo[veteran]")).containsExactly("Decline to self-identify");
        assertThat(fields.get("eeo[disability]")).containsExactly("I don't wish to answer");
        assertThat(fields.get("consent[store]")).containsExactly("true");
        assertThat(fields).doesNotContainKey("consent[marketing]");
        assertThat(fields.get("comments")).containsExactly("Available from March.");
        assertThat(fields.get("resumeStorageId")).singleElement().asString().isNotBlank();
        assertThat(submission.files()).singleElement().satisfies(file -> {
            assertThat(file.fieldName()).isEqualTo("resume");
            assertThat(file.fileName()).isEqualTo("Ada Lovelace CV.pdf");
            assertThat(file.bytes()).isEqualTo(LeverHarness.resumeBytes());
        });
    }
}
