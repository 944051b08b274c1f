package dev.nyx.ats.greenhouse;

import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Question;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.UploadedFile;
import dev.nyx.testkit.greenhouse.BackendEngineerAnswers;
import dev.nyx.testkit.greenhouse.GreenhouseFixedSelectorScript;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fetch, fill and submit on both replica page styles; what the far side received is the proof. */
class GreenhouseApplyIT {
    private static GreenhouseHarness harness;

    @BeforeAll
    static void start(@TempDir Path folder) {
        harness = new GreenhouseHarness(folder);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @BeforeEach
    void forgetEarlierSubmissions() {
        harness.server.recorder().clear();
        harness.server.faults().clear();
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_send_every_answer_once_when_filled_and_submitted(GreenhouseStyle style) throws Exception {
        // given
        GreenhouseAdapter adapter = harness.adapter(true);
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(harness.resume);
        JobPosting posting = adapter.fetchPosting(url(style), harness.context());
        TestApplyContext context = harness.context();

        // when
        adapter.fill(posting, GreenhouseHarness.answers(answers), context);
        Confirmation confirmation = adapter.submit(posting, context);

        // then
        List<Submission> received = harness.replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER);
        assertThat(received).hasSize(1);
        Map<String, List<String>> fields = new LinkedHashMap<>(received.get(0).fields());
        // per-render values the fixed script leaves out too
        fields.remove("authenticity_token");
        fields.remove("job_application[resume_url]");
        assertThat(fields).containsExactlyInAnyOrderEntriesOf(GreenhouseFixedSelectorScript.expectedFields(style, answers));
        UploadedFile resume = received.get(0).files().stream()
                .filter(file -> file.fileName().equals(harness.resume.getFileName().toString())).findFirst().orElseThrow();
        assertThat(resume.bytes()).isEqualTo(Files.readAllBytes(harness.resume));
        assertThat(confirmation.message()).containsIgnoringCase("Thank you for applying");
        assertThat(confirmation.screenshot()).hasValueSatisfying(file -> assertThat(file).isRegularFile());
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_read_back_what_the_page_shows_when_the_form_is_filled(GreenhouseStyle style) {
        // given
        GreenhouseAdapter adapter = harness.adapter(true);
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(harness.resume);
        JobPosting posting = adapter.fetchPosting(url(style), harness.context());
        TestApplyContext context = harness.context();
        adapter.fill(posting, GreenhouseHarness.answers(answers), context);

        // when
        Map<String, List<String>> shown = adapter.readBack(posting, context);

        // then
        assertThat(shown).containsEntry("first_name", List.of("Ada"))
                .containsEntry("question_5008", List.of("Employee referral"))
                .containsEntry("question_5006", List.of("Yes"))
                .containsEntry("gender", List.of("Decline To Self Identify"));
        assertThat(shown.get("question_5009[]")).containsExactlyInAnyOrder("Kotlin", "Java");
        assertThat(shown.get("resume")).anySatisfy(name -> assertThat(name).contains("Ada Lovelace CV.pdf"));
        assertThat(harness.replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_find_the_field_by_its_api_name_when_no_label_on_the_page_fits(GreenhouseStyle style) {
        // given: questions whose labels the page does not show
        GreenhouseAdapter adapter = harness.adapter(true);
        JobPosting fetched = adapter.fetchPosting(url(style), harness.context());
        List<dev.nyx.model.Question> relabelled = fetched.form().questions().stream()
                .filter(question -> List.of("first_name", "question_5008").contains(question.id()))
                .map(question -> new dev.nyx.model.Question(question.id(), "Zq " + question.id().hashCode(), question.type(),
                        question.required(), question.options(), question.maxLength(), question.section(),
                        question.rawControl()))
                .toList();
        JobPosting posting = new JobPosting(fetched.key(), fetched.url(), fetched.ats(), fetched.title(), fetched.company(),
                fetched.location(), fetched.description(), fetched.salary(), fetched.language(),
                new dev.nyx.model.FormSchema(relabelled));
        TestApplyContext context = harness.context();
        dev.nyx.model.AnswerSet answers = new dev.nyx.model.AnswerSet(List.of(
                new dev.nyx.model.Answer("first_name", "?", List.of("Grace"), dev.nyx.model.AnswerSource.RULE, 1.0,
                        List.of(), dev.nyx.model.TokenUsage.NONE),
                new dev.nyx.model.Answer("question_5008", "?", List.of("Employee referral"), dev.nyx.model.AnswerSource.RULE,
                        1.0, List.of(), dev.nyx.model.TokenUsage.NONE)));

        // when
        adapter.fill(posting, answers, context);

        // then
        String firstName = style == GreenhouseStyle.CLASSIC ? "job_application[first_name]" : "first_name";
        String heardFrom = harness.replica.fieldName(style, GreenhouseFixtures.BACKEND_ENGINEER, "question_5008");
        assertThat(context.page().locator("[name='" + firstName + "']").inputValue()).isEqualTo("Grace");
        assertThat(context.page().locator("[name='" + heardFrom + "']").inputValue()).isEqualTo("724302302");
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_paste_the_text_when_a_file_question_is_answered_with_text(GreenhouseStyle style) {
        // given
        GreenhouseAdapter adapter = harness.adapter(true);
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(harness.resume);
        JobPosting posting = adapter.fetchPosting(url(style), harness.context());
        TestApplyContext context = harness.context();
        List<dev.nyx.model.Answer> given = new java.util.ArrayList<>(GreenhouseHarness.answers(answers).answers());
        given.add(new dev.nyx.model.Answer("cover_letter", "Cover Letter", List.of("Dear Acme, hire me."),
                dev.nyx.model.AnswerSource.LLM, 1.0, List.of(), dev.nyx.model.TokenUsage.NONE));

        // when
        adapter.fill(posting, new dev.nyx.model.AnswerSet(given), context);
        adapter.submit(posting, context);

        // then
        List<Submission> received = harness.replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER);
        assertThat(received).hasSize(1);
        String name = style == GreenhouseStyle.CLASSIC ? "job_application[cover_letter_text]" : "cover_letter_text";
        assertThat(received.get(0).fields()).containsEntry(name, List.of("Dear Acme, hire me."));
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_skip_the_follow_up_when_the_trigger_answer_does_not_show_it(GreenhouseStyle style) {
        // given: no sponsorship, yet the answer set still carries a visa type
        GreenhouseAdapter adapter = harness.adapter(true);
        BackendEngineerAnswers noSponsorship = BackendEngineerAnswers.sample(harness.resume).withSponsorship(Optional.empty());
        JobPosting posting = adapter.fetchPosting(url(style), harness.context());
        TestApplyContext context = harness.context();
        List<dev.nyx.model.Answer> given = new java.util.ArrayList<>(GreenhouseHarness.answers(noSponsorship).answers());
        given.add(new dev.nyx.model.Answer("question_5007", "visa", List.of("O-1"), dev.nyx.model.AnswerSource.RULE, 1.0,
                List.of(), dev.nyx.model.TokenUsage.NONE));

        // when
        adapter.fill(posting, new dev.nyx.model.AnswerSet(given), context);
        adapter.submit(posting, context);

        // then
        List<Submission> received = harness.replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER);
        assertThat(received).hasSize(1);
        Map<String, List<String>> fields = new LinkedHashMap<>(received.get(0).fields());
        fields.remove("authenticity_token");
        fields.remove("job_application[resume_url]");
        assertThat(fields).containsExactlyInAnyOrderEntriesOf(
                GreenhouseFixedSelectorScript.expectedFields(style, noSponsorship));
        assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("question_5007"));
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_name_the_field_and_the_page_message_when_the_page_rejects_the_email(GreenhouseStyle style) {
        // given
        GreenhouseAdapter adapter = harness.adapter(true);
        BackendEngineerAnswers answers = BackendEngineerAnswers.sample(harness.resume);
        JobPosting posting = adapter.fetchPosting(url(style), harness.context());
        TestApplyContext context = harness.context();
        List<dev.nyx.model.Answer> given = new java.util.ArrayList<>(GreenhouseHarness.answers(answers).answers());
        given.removeIf(answer -> answer.questionId().equals("email"));
        given.add(new dev.nyx.model.Answer("email", "Email", List.of("ada@example"), dev.nyx.model.AnswerSource.RULE, 1.0,
                List.of(), dev.nyx.model.TokenUsage.NONE));
        adapter.fill(posting, new dev.nyx.model.AnswerSet(given), context);

        // when / then
        assertThatThrownBy(() -> adapter.submit(posting, context))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.FORM_REJECTED);
                    assertThat(thrown.getMessage()).contains("Email: Please enter a valid email address.");
                });
        assertThat(harness.replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_report_posting_closed_when_the_board_says_it_is_no_longer_open(GreenhouseStyle style) {
        for (boolean useApi : List.of(true, false)) {
            assertThatThrownBy(() -> harness.adapter(useApi).fetchPosting(
                    harness.replica.postingUrl(style, GreenhouseFixtures.CLOSED_POSTING), harness.context()))
                    .as("useApi=%s", useApi)
                    .isInstanceOfSatisfying(NyxException.class,
                            thrown -> assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_CLOSED));
        }
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_report_posting_not_found_when_the_job_never_existed(GreenhouseStyle style) {
        for (boolean useApi : List.of(true, false)) {
            assertThatThrownBy(() -> harness.adapter(useApi).fetchPosting(
                    harness.replica.postingUrl(style, 4099999L), harness.context()))
                    .as("useApi=%s", useApi)
                    .isInstanceOfSatisfying(NyxException.class, thrown -> {
                        assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_NOT_FOUND);
                        assertThat(thrown.getMessage()).contains("4099999");
                    });
        }
    }

    @Test
    void should_read_the_posting_from_the_page_when_the_api_fails() {
        // given: the page is the source of truth for the form; the API only enriches it
        harness.server.faults().inject(dev.nyx.testkit.Fault.status("/boards-api.greenhouse.io/**", 503));
        JobPosting fromApi = harness.adapter(false).fetchPosting(url(GreenhouseStyle.JOB_BOARDS), harness.context());

        // when
        JobPosting posting = harness.adapter(true).fetchPosting(url(GreenhouseStyle.JOB_BOARDS), harness.context());

        // then
        assertThat(posting.key()).isEqualTo(fromApi.key());
        assertThat(posting.form().questions()).extracting(Question::id)
                .containsExactlyElementsOf(fromApi.form().questions().stream().map(Question::id).toList());
    }

    @Test
    void should_report_a_retryable_network_error_when_the_api_and_the_page_fail() {
        // given
        harness.server.faults().inject(dev.nyx.testkit.Fault.status("/boards-api.greenhouse.io/**", 503));
        harness.server.faults().inject(dev.nyx.testkit.Fault.status(url(GreenhouseStyle.JOB_BOARDS).getPath(), 503));

        // when / then
        assertThatThrownBy(() -> harness.adapter(true).fetchPosting(url(GreenhouseStyle.JOB_BOARDS),
                harness.context()))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.NETWORK);
                    assertThat(thrown.isRetryable()).isTrue();
                    assertThat(thrown.getMessage()).contains("HTTP 503").doesNotEndWith("null");
                });
    }

    @Test
    void should_keep_the_description_as_inert_text_when_it_carries_markup_and_instructions() {
        // when
        JobPosting posting = harness.adapter(true).fetchPosting(
                harness.replica.postingUrl(GreenhouseStyle.JOB_BOARDS, GreenhouseFixtures.DATA_ANALYST),
                harness.context());

        // then
        assertThat(posting.description()).contains(GreenhouseFixtures.INJECTION_TEXT).doesNotContain("<script", "onerror", "&lt;");
        assertThat(posting.title()).isEqualTo("Data Analyst \"Growth\" <Team B>");
    }

    private static java.net.URI url(GreenhouseStyle style) {
        return harness.replica.postingUrl(style, GreenhouseFixtures.BACKEND_ENGINEER);
    }
}
