package dev.nyx.ats.greenhouse;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.TokenUsage;
import dev.nyx.testkit.Fault;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.StaticFormSite;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.TestExtensionContext;
import dev.nyx.testkit.UploadedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page reading on a new-style board of another company (not one of the testkit's two replicas):
 * group labels, upload labels, system and later-step fields, and the page as the source of truth when
 * the Job Board API cannot be reached (issue 10).
 */
class GreenhousePageReadingIT {
    private static final String PAGE = "/job-boards.greenhouse.io/northwind/jobs/7001";
    private static ReplicaServer server;
    private static TestBrowser browser;
    private static Path folder;
    private static Path resume;
    private final List<TestApplyContext> contexts = new ArrayList<>();

    @BeforeAll
    static void start(@TempDir Path tempFolder) throws IOException {
        folder = tempFolder;
        server = ReplicaServer.start().mount(StaticFormSite.builder("northwind", "/job-boards.greenhouse.io/northwind")
                .page("/jobs/7001", Path.of("src/test/resources/replicas/northwind-platform-engineer.html")).build());
        browser = TestBrowser.launch();
        resume = Files.write(folder.resolve("Grace Hopper CV.pdf"), "%PDF-1.4 resume".getBytes());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closePages() {
        contexts.forEach(context -> context.page().context().close());
        contexts.clear();
        server.faults().clear();
    }

    @Test
    void should_leave_out_captcha_csrf_honeypot_and_later_step_fields_when_reading_the_page() {
        // when
        JobPosting posting = readPage();

        // then: the follow-up hidden until "Yes" stays a question; the code boxes of the e-mail step do not
        assertThat(posting.form().questions()).extracting(Question::id).containsExactly("first_name", "last_name",
                "email", "resume", "question_7003[]", "question_7004", "question_7005", "question_7006", "question_7007");
        assertThat(posting.form().question("question_7006").orElseThrow().label()).isEqualTo("Which visa do you hold?");
    }

    @Test
    void should_not_wait_out_the_step_timeout_when_a_combobox_lists_its_options_only_after_typing() {
        // given
        long started = System.nanoTime();

        // when
        JobPosting posting = readPage();

        // then: the step time-out is 10 s; a menu that does not open is given 2 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(posting.form().question("question_7007").orElseThrow().label()).isEqualTo("School");
    }

    @Test
    void should_name_a_group_after_its_label_when_options_have_labels_of_their_own() {
        // when
        JobPosting posting = readPage();

        // then
        Question technologies = posting.form().question("question_7003[]").orElseThrow();
        assertThat(technologies.label()).isEqualTo("Which of these technologies have you used in production?");
        assertThat(technologies.type()).isEqualTo(QuestionType.MULTI_SELECT);
        assertThat(technologies.options()).extracting(Option::label)
                .containsExactly("Kafka", "PostgreSQL", "Kubernetes", "gRPC");
        Question office = posting.form().question("question_7004").orElseThrow();
        assertThat(office.label()).isEqualTo("How many days a week would you like to be in the office?");
        assertThat(office.type()).isEqualTo(QuestionType.SINGLE_SELECT);
    }

    @Test
    void should_name_an_upload_after_its_label_when_its_button_says_attach() {
        // when
        JobPosting posting = readPage();

        // then
        Question upload = posting.form().question("resume").orElseThrow();
        assertThat(upload.label()).isEqualTo("Resume/CV");
        assertThat(upload.type()).isEqualTo(QuestionType.FILE);
        assertThat(upload.required()).isTrue();
    }

    @Test
    void should_read_the_form_from_the_page_when_the_api_host_is_unreachable() {
        // given: nothing listens on port 1
        GreenhouseAdapter adapter = adapter(true, "http://127.0.0.1:1");
        long started = System.nanoTime();

        // when
        JobPosting posting = adapter.fetchPosting(server.url(PAGE), context());

        // then
        assertThat(posting.key().value()).isEqualTo("greenhouse:northwind/7001");
        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.form().question("question_7003[]")).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void should_apply_from_the_page_when_the_api_answers_500() {
        // given
        server.faults().inject(Fault.status("/api/**", 500));
        GreenhouseAdapter adapter = adapter(true, server.url("/api").toString());
        TestApplyContext context = context();
        JobPosting posting = adapter.fetchPosting(server.url(PAGE), context);

        // when
        adapter.fill(posting, answers(), context);
        adapter.submit(posting, context);

        // then
        assertThat(server.submissions()).hasSize(1);
        Submission submission = server.submissions().get(0);
        Map<String, List<String>> fields = submission.fields();
        assertThat(fields.get("first_name")).containsExactly("Grace");
        assertThat(fields.get("email")).containsExactly("grace@example.com");
        assertThat(fields.get("question_7003[]")).containsExactlyInAnyOrder("71", "72");
        assertThat(fields.get("question_7004")).containsExactly("2");
        assertThat(fields.getOrDefault("g-recaptcha-response", List.of(""))).containsOnly("");
        assertThat(fields.getOrDefault("website_confirm", List.of(""))).containsOnly("");
        assertThat(submission.files()).extracting(UploadedFile::fieldName).contains("resume");
    }

    @Test
    void should_read_the_form_from_the_page_when_the_api_does_not_know_the_posting() {
        // given: the API answers 404 for a posting whose page is live
        GreenhouseAdapter adapter = adapter(true, server.url("/no-api-here").toString());

        // when
        JobPosting posting = adapter.fetchPosting(server.url(PAGE), context());

        // then
        assertThat(posting.form().question("resume").orElseThrow().label()).isEqualTo("Resume/CV");
    }

    private JobPosting readPage() {
        return adapter(false, "http://127.0.0.1:1").fetchPosting(server.url(PAGE), context());
    }

    private static AnswerSet answers() {
        return new AnswerSet(List.of(answer("first_name", "Grace"), answer("last_name", "Hopper"),
                answer("email", "grace@example.com"), answer("resume", resume.toString()),
                answer("question_7003[]", "Kafka", "PostgreSQL"), answer("question_7004", "Two"),
                answer("question_7005", "No")));
    }

    private static Answer answer(String id, String... values) {
        return new Answer(id, id, List.of(values), AnswerSource.RULE, 1.0, List.of(), TokenUsage.NONE);
    }

    private static GreenhouseAdapter adapter(boolean useApi, String apiBaseUrl) {
        return new GreenhouseAdapter(new TestExtensionContext(GreenhouseAdapter.NAME, Map.of(
                GreenhouseAdapter.API_BASE_URL_SETTING, apiBaseUrl,
                GreenhouseAdapter.USE_API_SETTING, Boolean.toString(useApi)), Map.of(), Clock.systemUTC(), folder));
    }

    private TestApplyContext context() {
        TestApplyContext context = TestApplyContext.builder(browser.newPage()).resume(resume)
                .evidenceDirectory(folder.resolve("evidence")).stepTimeout(Duration.ofSeconds(10)).build();
        contexts.add(context);
        return context;
    }
}
