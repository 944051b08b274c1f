package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import dev.nyx.model.TokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic form reader on a plain HTML form with system fields, honeypots and a hidden follow-up. */
class FormReaderIT extends BrowserFixture {

    @TempDir
    Path folder;

    @Test
    void should_list_the_questions_a_person_sees_in_page_order_when_reading_a_plain_form() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");

        // when
        FormSchema schema = FormReader.read(form);

        // then
        assertThat(schema.questions()).extracting(Question::id).containsExactly("first_name", "email", "phone", "why",
                "years", "start", "available", "country", "authorised", "work_type", "languages", "offices", "sponsorship",
                "resume", "privacy");
        assertThat(schema.question("first_name")).hasValue(new Question("first_name", "First name",
                QuestionType.SHORT_TEXT, true, List.of(), Optional.of(40), Optional.of("About you"), Optional.empty()));
        assertThat(schema.question("email").orElseThrow()).extracting(Question::label, Question::required)
                .containsExactly("Email", true);
        assertThat(schema.question("phone").orElseThrow().label()).isEqualTo("Phone number");
        assertThat(schema.question("why").orElseThrow()).extracting(Question::label, Question::type, Question::maxLength)
                .containsExactly("Why do you want to join us?", QuestionType.LONG_TEXT, Optional.of(500));
        assertThat(schema.question("years").orElseThrow().type()).isEqualTo(QuestionType.NUMBER);
        assertThat(schema.question("start").orElseThrow().type()).isEqualTo(QuestionType.DATE);
        assertThat(schema.question("country").orElseThrow()).extracting(Question::type, Question::options)
                .containsExactly(QuestionType.SINGLE_SELECT, List.of(new Option("de", "Germany"), new Option("fr", "France"),
                        new Option("us", "United States")));
        assertThat(schema.question("authorised").orElseThrow()).extracting(Question::label, Question::type,
                Question::required, Question::options).containsExactly("Are you authorised to work in Germany?",
                QuestionType.YES_NO, true, List.of(new Option("1", "Yes"), new Option("0", "No")));
        assertThat(schema.question("work_type").orElseThrow()).extracting(Question::label, Question::type)
                .containsExactly("Preferred work type", QuestionType.SINGLE_SELECT);
        assertThat(schema.question("work_type").orElseThrow().options()).extracting(Option::label)
                .containsExactly("Remote", "Hybrid", "Office");
        assertThat(schema.question("languages").orElseThrow()).extracting(Question::type, Question::options)
                .containsExactly(QuestionType.MULTI_SELECT, List.of(new Option("java", "Java"), new Option("kotlin", "Kotlin"),
                        new Option("rust", "Rust")));
        assertThat(schema.question("offices").orElseThrow().type()).isEqualTo(QuestionType.MULTI_SELECT);
        assertThat(schema.question("resume").orElseThrow()).extracting(Question::label, Question::type, Question::required)
                .containsExactly("Resume/CV", QuestionType.FILE, true);
        assertThat(schema.question("privacy").orElseThrow()).extracting(Question::label, Question::type,
                Question::required, Question::options).containsExactly("I agree to the privacy policy",
                QuestionType.CHECKBOX, true, List.of());
    }

    @Test
    void should_read_custom_widgets_as_far_as_the_page_shows_them_when_the_form_uses_them() {
        // given
        FormFiller form = open("widgets.html").within("form#application-form");

        // when
        FormSchema schema = FormReader.read(form);

        // then
        Map<String, Question> byLabel = new LinkedHashMap<>();
        schema.questions().forEach(question -> byLabel.put(question.label(), question));
        assertThat(byLabel.get("Gender")).as("%s", schema).extracting(Question::id, Question::type)
                .containsExactly("job_application[gender]", QuestionType.SINGLE_SELECT);
        assertThat(byLabel.get("Gender").options()).extracting(Option::label)
                .containsExactly("Male", "Female", "Decline To Self Identify");
        assertThat(byLabel.get("Degree").options()).extracting(Option::label)
                .containsExactly("Bachelor's Degree", "Master's Degree", "Doctorate");
        assertThat(byLabel.get("Country").type()).isEqualTo(QuestionType.SHORT_TEXT);
        assertThat(byLabel.get("Will you now or in the future require sponsorship?").type()).isEqualTo(QuestionType.YES_NO);
        assertThat(byLabel.get("Which offices could you work from?").type()).isEqualTo(QuestionType.MULTI_SELECT);
        assertThat(byLabel.get("I agree to the privacy policy")).extracting(Question::id, Question::type)
                .containsExactly("consent", QuestionType.CHECKBOX);
        assertThat(byLabel.get("Preferred contact method").options()).extracting(Option::label)
                .containsExactly("Email", "Phone call");
        assertThat(byLabel.get("Highest degree")).extracting(Question::type, Question::required)
                .containsExactly(QuestionType.UNKNOWN, true);
    }

    @Test
    void should_leave_out_system_fields_honeypots_disabled_and_hidden_controls_when_reading() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");

        // when
        List<String> ids = FormReader.read(form).questions().stream().map(Question::id).toList();

        // then
        assertThat(ids).doesNotContain("csrf_token", "job_id", "g-recaptcha-response", "cf-turnstile-response", "website",
                "hp_email", "referral", "visa", "visa_expiry");
    }

    @Test
    void should_list_a_follow_up_when_read_again_after_the_answer_reveals_it() {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");
        form.choose("Will you require visa sponsorship?", "Yes");

        // when
        FormSchema schema = FormReader.read(form);

        // then
        assertThat(schema.question("visa").orElseThrow().label()).isEqualTo("Which visa do you hold?");
    }

    @Test
    void should_fill_and_submit_what_it_read_when_answers_use_its_ids() throws IOException {
        // given
        FormFiller form = open("schema-form.html").within("form#apply");
        FormSchema schema = FormReader.read(form);
        Resume resume = new Resume("cv", Files.writeString(folder.resolve("cv.pdf"), "%PDF-1.4"), Optional.empty(), true);
        Map<String, List<String>> given = new LinkedHashMap<>();
        given.put("first_name", List.of("Ada"));
        given.put("email", List.of("ada@example.org"));
        given.put("authorised", List.of("Yes"));
        given.put("work_type", List.of("Remote"));
        given.put("languages", List.of("Kotlin"));
        given.put("available", List.of("2027-03"));
        given.put("resume", List.of("cv"));
        given.put("privacy", List.of("true"));

        // when
        SchemaFiller.of(form).fill(schema, answers(given), resume);
        FormSubmitter.forPage(page, "form#apply", TIMEOUT).confirmedByText("thank you for applying").submit();

        // then
        assertThat(submissions).hasSize(1);
        assertThat(submissions.get(0)).contains("name=\"first_name\"\r\n\r\nAda", "name=\"authorised\"\r\n\r\n1",
                "name=\"work_type\"\r\n\r\nremote", "name=\"languages\"\r\n\r\nkotlin", "name=\"available\"\r\n\r\n03/2027",
                "filename=\"cv.pdf\"", "%PDF-1.4", "name=\"privacy\"\r\n\r\nyes", "name=\"csrf_token\"\r\n\r\nt0k3n");
    }

    private static AnswerSet answers(Map<String, List<String>> given) {
        List<Answer> answers = new ArrayList<>();
        given.forEach((id, values) -> answers.add(new Answer(id, id, values, AnswerSource.RULE, 1.0, List.of(),
                TokenUsage.NONE)));
        return new AnswerSet(answers);
    }
}
