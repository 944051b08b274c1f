package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import dev.nyx.model.TokenUsage;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema-level filler on a plain HTML form with every common control and two follow-up questions. */
class SchemaFillerIT extends BrowserFixture {

    @TempDir
    Path folder;
    private Resume resume;

    @BeforeEach
    void writeResume() throws IOException {
        resume = new Resume("cv-en", Files.writeString(folder.resolve("Ada Lovelace CV.pdf"), "%PDF-1.4 resume"),
                Optional.empty(), true);
    }

    @Test
    void should_fill_every_kind_of_control_and_the_follow_ups_when_the_answers_reveal_them() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");
        List<String> notes = new ArrayList<>();

        // when
        FillReport report = SchemaFiller.of(form).withNotes(notes::add).fill(schema(false), answers(sample()), resume);

        // then
        assertThat(page.locator("#first_name").inputValue()).isEqualTo("Ada");
        assertThat(page.locator("input[name=email]").inputValue()).isEqualTo("ada@example.org");
        assertThat(page.locator("input[name=phone]").inputValue()).isEqualTo("+49 30 1234567");
        assertThat(page.locator("textarea[name=why]").inputValue()).isEqualTo("I like compilers, and your team.");
        assertThat(page.locator("#years").inputValue()).isEqualTo("7");
        assertThat(page.locator("#start").inputValue()).isEqualTo("2027-01-15");
        assertThat(page.locator("#available").inputValue()).isEqualTo("03/2027");
        assertThat(page.locator("#country").inputValue()).isEqualTo("de");
        assertThat(page.locator("input[name=authorised][value='1']").isChecked()).isTrue();
        assertThat(page.locator("#wt-hybrid").isChecked()).isTrue();
        assertThat(checkedValues("languages")).containsExactly("java", "rust");
        assertThat(page.locator("#offices").evaluate("s => Array.from(s.selectedOptions).map(o => o.value)"))
                .isEqualTo(List.of("ber", "lon"));
        assertThat(page.locator("input[name=sponsorship][value=yes]").isChecked()).isTrue();
        assertThat(page.locator("#visa").inputValue()).isEqualTo("EU Blue Card");
        assertThat(page.locator("#visa_expiry").inputValue()).isEqualTo("2028-06-30");
        assertThat(page.locator("#resume").evaluate("e => e.files[0].name")).isEqualTo("Ada Lovelace CV.pdf");
        assertThat(page.locator("input[name=privacy]").isChecked()).isTrue();
        assertThat(report.filled()).hasSize(17).endsWith("visa_expiry");
        assertThat(report.skipped()).isEmpty();
        assertThat(notes).isEmpty();
        assertThat(submissions).isEmpty();
    }

    @Test
    void should_skip_the_follow_ups_with_a_note_when_the_trigger_answer_does_not_reveal_them() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");
        Map<String, List<String>> given = sample();
        given.put("sponsorship", List.of("No"));
        List<String> notes = new ArrayList<>();

        // when
        FillReport report = SchemaFiller.of(form).withNotes(notes::add).fill(schema(false), answers(given), resume);

        // then
        assertThat(report.skipped()).containsExactly("visa", "visa_expiry");
        assertThat(report.filled()).doesNotContain("visa", "visa_expiry").contains("sponsorship", "privacy");
        assertThat(notes).hasSize(2).anySatisfy(note -> assertThat(note).contains("visa_expiry"));
        assertThat(page.locator("#visa").inputValue()).isEmpty();
        assertThat(page.locator("#visa_expiry").count()).isZero();
    }

    @Test
    void should_fail_naming_the_question_when_a_required_question_is_not_shown() {
        // given: the visa question is required, but "No" keeps it hidden
        FormFiller form = open("schema-form.html").within("form#apply");
        Map<String, List<String>> given = sample();
        given.put("sponsorship", List.of("No"));

        // when / then
        assertThatThrownBy(() -> SchemaFiller.of(form).fill(schema(true), answers(given), resume))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(thrown.getMessage()).contains("Which visa do you hold?", "(visa)");
                });
    }

    @Test
    void should_find_the_control_by_its_name_when_no_label_fits() {
        // given: labels the page does not show, ids that are the fields' names
        FormFiller form = open("schema-form.html").within("form#apply");
        FormSchema schema = new FormSchema(List.of(
                Question.of("first_name", "Given name as in your passport", QuestionType.SHORT_TEXT, true),
                Question.withOptions("work_type", "Where would you like to work?", QuestionType.SINGLE_SELECT, false,
                        List.of(new Option("remote", "Remote"), new Option("office", "Office")))));

        // when
        SchemaFiller.of(form).fill(schema, answers(Map.of("first_name", List.of("Grace"), "work_type", List.of("office"))),
                resume);

        // then
        assertThat(page.locator("#first_name").inputValue()).isEqualTo("Grace");
        assertThat(page.locator("#wt-office").isChecked()).isTrue();
    }

    @Test
    void should_use_the_site_hooks_when_the_site_finds_or_operates_controls_its_own_way() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");
        List<String> pasted = new ArrayList<>();
        FillHooks hooks = new FillHooks() {
            @Override
            public Optional<FormField> findControl(Question question, FormFiller in) {
                return question.id().equals("q_77") ? in.findIfPresent("Phone number") : Optional.empty();
            }

            @Override
            public boolean fill(Question question, FormField field, List<String> values, FormFiller in) {
                if (!question.id().equals("why")) {
                    return false;
                }
                in.fillText(field, values.get(0).toUpperCase(java.util.Locale.ROOT));
                return true;
            }

            @Override
            public void fillFileWithText(Question question, String text, FormFiller in) {
                pasted.add(question.id() + "=" + text);
            }
        };
        FormSchema schema = new FormSchema(List.of(
                Question.of("q_77", "Zq 77", QuestionType.SHORT_TEXT, false),
                Question.of("why", "Why do you want to join us?", QuestionType.LONG_TEXT, false),
                Question.of("cover_letter", "Cover letter", QuestionType.FILE, false)));

        // when
        SchemaFiller.of(form).withHooks(hooks).fill(schema, answers(Map.of("q_77", List.of("+49 30 999"),
                "why", List.of("compilers"), "cover_letter", List.of("Dear Acme, hire me."))), resume);

        // then
        assertThat(page.locator("input[name=phone]").inputValue()).isEqualTo("+49 30 999");
        assertThat(page.locator("textarea[name=why]").inputValue()).isEqualTo("COMPILERS");
        assertThat(pasted).containsExactly("cover_letter=Dear Acme, hire me.");
    }

    @Test
    void should_refuse_text_for_a_file_question_when_the_site_has_no_paste_box() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");
        FormSchema schema = new FormSchema(List.of(Question.of("cover_letter", "Cover letter", QuestionType.FILE, false)));

        // when / then
        assertThatThrownBy(() -> SchemaFiller.of(form).fill(schema,
                answers(Map.of("cover_letter", List.of("Dear Acme, hire me."))), resume))
                .isInstanceOfSatisfying(NyxException.class,
                        thrown -> assertThat(thrown.code()).isEqualTo(ErrorCode.ANSWER_WRONG_FORMAT));
    }

    @Test
    void should_read_back_what_the_page_shows_when_the_form_is_filled() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");
        SchemaFiller filler = SchemaFiller.of(form);
        filler.fill(schema(false), answers(sample()), resume);

        // when
        Map<String, List<String>> shown = filler.readBack(schema(false));

        // then
        assertThat(shown).containsEntry("first_name", List.of("Ada"))
                .containsEntry("country", List.of("Germany"))
                .containsEntry("authorised", List.of("Yes"))
                .containsEntry("work_type", List.of("Hybrid"))
                .containsEntry("languages", List.of("Java", "Rust"))
                .containsEntry("offices", List.of("Berlin", "London"))
                .containsEntry("visa", List.of("EU Blue Card"))
                .containsEntry("start", List.of("2027-01-15"))
                .containsEntry("resume", List.of("Ada Lovelace CV.pdf"))
                .containsEntry("privacy", List.of("true"));
    }

    @Test
    void should_leave_hidden_questions_out_when_reading_back() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");

        // when
        Map<String, List<String>> shown = SchemaFiller.of(form).readBack(schema(false));

        // then
        assertThat(shown).doesNotContainKeys("visa", "visa_expiry").containsEntry("first_name", List.of())
                .containsEntry("privacy", List.of());
    }

    private List<String> checkedValues(String name) {
        Object values = page.evaluate("name => Array.from(document.querySelectorAll('input[name=\"' + name + '\"]:checked'))"
                + ".map(e => e.value)", name);
        return ((List<?>) values).stream().map(String::valueOf).toList();
    }

    private static Map<String, List<String>> sample() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        given.put("first_name", List.of("Ada"));
        given.put("email", List.of("ada@example.org"));
        given.put("phone", List.of("+49 30 1234567"));
        given.put("why", List.of("I like compilers, and your team."));
        given.put("years", List.of("7"));
        given.put("start", List.of("2027-01-15"));
        given.put("available", List.of("2027-03"));
        given.put("country", List.of("Germany"));
        given.put("authorised", List.of("true"));
        given.put("work_type", List.of("hybrid"));
        given.put("languages", List.of("Java", "rust"));
        given.put("offices", List.of("Berlin", "lon"));
        given.put("sponsorship", List.of("Yes"));
        given.put("visa", List.of("EU Blue Card"));
        given.put("visa_expiry", List.of("2028-06-30"));
        given.put("resume", List.of("cv-en"));
        given.put("privacy", List.of("true"));
        return given;
    }

    /** The form's questions in page order, as an adapter's posting would carry them. */
    private static FormSchema schema(boolean visaRequired) {
        List<Option> yesNo = List.of(new Option("1", "Yes"), new Option("0", "No"));
        return new FormSchema(List.of(
                Question.of("first_name", "First name", QuestionType.SHORT_TEXT, true),
                Question.of("email", "Email", QuestionType.SHORT_TEXT, true),
                Question.of("phone", "Phone number", QuestionType.SHORT_TEXT, false),
                Question.of("why", "Why do you want to join us?", QuestionType.LONG_TEXT, false),
                Question.of("years", "Years of Java experience", QuestionType.NUMBER, false),
                Question.of("start", "Earliest start date", QuestionType.DATE, false),
                Question.of("available", "Available from", QuestionType.DATE, false),
                Question.withOptions("country", "Country of residence", QuestionType.SINGLE_SELECT, false, List.of(
                        new Option("de", "Germany"), new Option("fr", "France"), new Option("us", "United States"))),
                Question.withOptions("authorised", "Are you authorised to work in Germany?", QuestionType.YES_NO, true, yesNo),
                Question.withOptions("work_type", "Preferred work type", QuestionType.SINGLE_SELECT, false, List.of(
                        new Option("remote", "Remote"), new Option("hybrid", "Hybrid"), new Option("office", "Office"))),
                Question.withOptions("languages", "Languages you use", QuestionType.MULTI_SELECT, false, List.of(
                        new Option("java", "Java"), new Option("kotlin", "Kotlin"), new Option("rust", "Rust"))),
                Question.withOptions("offices", "Offices", QuestionType.MULTI_SELECT, false, List.of(
                        new Option("ber", "Berlin"), new Option("par", "Paris"), new Option("lon", "London"))),
                Question.withOptions("sponsorship", "Will you require visa sponsorship?", QuestionType.YES_NO, false,
                        List.of(new Option("yes", "Yes"), new Option("no", "No"))),
                Question.of("visa", "Which visa do you hold?", QuestionType.SHORT_TEXT, visaRequired),
                Question.of("visa_expiry", "Visa valid until", QuestionType.DATE, false),
                Question.of("resume", "Resume/CV", QuestionType.FILE, true),
                Question.of("privacy", "I agree to the privacy policy", QuestionType.CHECKBOX, true)));
    }

    private static AnswerSet answers(Map<String, List<String>> given) {
        List<Answer> answers = new ArrayList<>();
        given.forEach((id, values) -> answers.add(new Answer(id, id, values, AnswerSource.RULE, 1.0, List.of(),
                TokenUsage.NONE)));
        return new AnswerSet(answers);
    }
}
