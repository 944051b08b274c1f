package dev.nyx.ats.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.TokenUsage;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.TestExtensionContext;
import dev.nyx.testkit.greenhouse.replicas.RealMarkupPage;
import dev.nyx.testkit.greenhouse.replicas.RealMarkupReplicas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter on the six hand-written replicas of real Greenhouse pages ({@link RealMarkupReplicas}):
 * what it reads from each page (labels, types, required, options, no system fields) and, where it can
 * fill the page today, what the far side received.
 */
class GreenhouseRealMarkupIT {
    private static final List<String> SYSTEM_FIELDS = List.of("utf8", "authenticity_token", "job_post_id",
            "job_application[job_post_id]", "gh_src", "fingerprint", "utm_source", "g-recaptcha-response", "website_url");
    private static ReplicaServer server;
    private static RealMarkupReplicas replicas;
    private static TestBrowser browser;
    private static Path folder;
    private static Path resume;
    private static final List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void start(@TempDir Path tempFolder) throws Exception {
        folder = tempFolder;
        server = ReplicaServer.start();
        replicas = RealMarkupReplicas.start(server);
        browser = TestBrowser.launch();
        resume = Files.write(folder.resolve("Ada Lovelace CV.pdf"), GreenhouseHarness.resumeBytes());
    }

    @AfterAll
    static void stop() {
        pages.forEach(page -> page.context().close());
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetEarlierSubmissions() {
        server.recorder().clear();
    }

    // ---- embedded iframe board -------------------------------------------------------------------

    @Test
    void should_read_the_form_inside_the_iframe_when_the_company_page_embeds_the_board() {
        // when
        JobPosting posting = adapter(true).fetchPosting(url(RealMarkupReplicas.EMBEDDED_IFRAME), context());

        // then
        // the board named by the embedded frame: the same key as the board's own URL gives
        assertThat(posting.key().value()).isEqualTo("greenhouse:lumen/5550101");
        assertThat(posting.title()).isEqualTo("Data Engineer");
        assertThat(posting.company()).isEqualTo("Lumen Analytics");
        assertThat(ids(posting)).containsExactly("first_name", "last_name", "email", "phone", "resume",
                "question_71001", "question_71002", "question_71003");
        assertQuestion(posting, "first_name", "First Name", QuestionType.SHORT_TEXT, true);
        assertQuestion(posting, "phone", "Phone", QuestionType.SHORT_TEXT, false);
        assertQuestion(posting, "resume", "Resume/CV", QuestionType.FILE, true);
        assertQuestion(posting, "question_71002", "Are you legally authorized to work in the United States?",
                QuestionType.YES_NO, true);
        assertQuestion(posting, "question_71003", "Which time zone do you work in?", QuestionType.SINGLE_SELECT, true);
        assertThat(labels(posting, "question_71003")).containsExactly("Pacific", "Mountain", "Central", "Eastern");
    }

    @Test
    void should_submit_inside_the_iframe_when_the_company_page_embeds_the_board() {
        // given
        GreenhouseAdapter adapter = adapter(true);
        JobPosting posting = adapter.fetchPosting(url(RealMarkupReplicas.EMBEDDED_IFRAME), context());
        TestApplyContext context = context();

        // when
        adapter.fill(posting, answers(Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.org",
                "resume", resume.toString(), "question_71001", "https://linkedin.com/in/ada",
                "question_71002", "Yes", "question_71003", "Central")), context);
        adapter.submit(posting, context);

        // then
        Map<String, List<String>> fields = received(RealMarkupReplicas.EMBEDDED_IFRAME);
        assertThat(fields).containsEntry("job_application[first_name]", List.of("Ada"))
                .containsEntry("job_application[email]", List.of("ada@example.org"))
                .containsEntry("job_application[answers_attributes][0][text_value]", List.of("https://linkedin.com/in/ada"))
                .containsEntry("job_application[answers_attributes][1][boolean_value]", List.of("1"))
                .containsEntry("job_application[answers_attributes][2][answer_selected_options_attributes][2][question_option_id]",
                        List.of("81003"))
                .containsEntry("job_application[resume_url_filename]", List.of("Ada Lovelace CV.pdf"))
                .containsEntry("fingerprint", List.of("c9a1f0"));
    }

    // ---- education section -----------------------------------------------------------------------

    @Test
    void should_list_school_degree_discipline_and_dates_when_the_page_has_an_education_section() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.EDUCATION_CLASSIC), context());

        // then
        Question school = byLabel(posting, "School");
        assertThat(school.type()).isEqualTo(QuestionType.SINGLE_SELECT);
        assertThat(school.required()).isTrue();
        assertThat(school.options()).extracting(Option::label).contains("Colorado School of Mines", "Other");
        assertThat(byLabel(posting, "Degree").options()).extracting(Option::label).contains("Bachelor's Degree");
        assertThat(byLabel(posting, "Discipline").options()).extracting(Option::label).contains("Computer Science");
        assertThat(posting.form().questions()).extracting(Question::label)
                .contains("Start Date Month", "Start Date Year", "End Date Month", "End Date Year");
        assertQuestion(posting, "question_72001", "What is your expected graduation year?", QuestionType.SHORT_TEXT, true);
        assertNoSystemFields(posting);
    }

    @Test
    void should_send_the_education_when_school_degree_and_dates_are_answered() {
        // given
        GreenhouseAdapter adapter = adapter(false);
        JobPosting posting = adapter.fetchPosting(url(RealMarkupReplicas.EDUCATION_CLASSIC), context());
        TestApplyContext context = context();
        Map<String, String> given = new LinkedHashMap<>(Map.of("first_name", "Ada", "last_name", "Lovelace",
                "email", "ada@example.org", "question_72001", "2027"));
        given.put(byLabel(posting, "School").id(), "University of Cambridge");
        given.put(byLabel(posting, "Degree").id(), "Master's Degree");
        given.put(byLabel(posting, "Discipline").id(), "Mathematics");
        given.put(byLabel(posting, "Start Date Month").id(), "10");
        given.put(byLabel(posting, "Start Date Year").id(), "2025");
        given.put(byLabel(posting, "End Date Month").id(), "06");
        given.put(byLabel(posting, "End Date Year").id(), "2027");

        // when
        adapter.fill(posting, answers(given), context);
        adapter.submit(posting, context);

        // then
        assertThat(received(RealMarkupReplicas.EDUCATION_CLASSIC))
                .containsEntry("job_application[educations][][school_name_id]", List.of("4987"))
                .containsEntry("job_application[educations][][degree_id]", List.of("704"))
                .containsEntry("job_application[educations][][discipline_id]", List.of("803"))
                .containsEntry("job_application[educations][][start_date][month]", List.of("10"))
                .containsEntry("job_application[educations][][end_date][year]", List.of("2027"))
                .containsEntry("job_application[answers_attributes][0][text_value]", List.of("2027"));
    }

    // ---- EEOC and demographic questions ----------------------------------------------------------

    @Test
    void should_list_the_eeoc_and_demographic_questions_when_the_new_board_asks_them() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.EEO_DEMOGRAPHICS), context());

        // then
        for (String eeoc : List.of("gender", "hispanic_ethnicity", "race", "veteran_status", "disability_status")) {
            Question question = posting.form().question(eeoc).orElseThrow();
            assertThat(question.required()).as("required of %s", eeoc).isFalse();
            assertThat(question.section()).as("section of %s", eeoc).contains("EEOC");
        }
        assertThat(labels(posting, "gender")).containsExactly("Male", "Female", "Decline To Self Identify");
        assertQuestion(posting, "question_73002", "Are you open to working from our Chicago office three days a week?",
                QuestionType.YES_NO, true);
        Question identity = posting.form().question("demographic_answers[4001][]").orElseThrow();
        assertThat(identity.label()).isEqualTo("How would you describe your gender identity? (mark all that apply)");
        assertThat(identity.type()).isEqualTo(QuestionType.MULTI_SELECT);
        assertThat(identity.section()).contains("Demographics");
        assertThat(identity.options()).extracting(Option::label).contains("Non-binary", "I prefer to self-describe");
        assertNoSystemFields(posting);
    }

    @Test
    void should_send_eeoc_and_demographic_answers_when_they_are_given() {
        // given
        GreenhouseAdapter adapter = adapter(false);
        JobPosting posting = adapter.fetchPosting(url(RealMarkupReplicas.EEO_DEMOGRAPHICS), context());
        TestApplyContext context = context();
        Map<String, String> given = new LinkedHashMap<>(Map.of("first_name", "Ada", "last_name", "Lovelace",
                "email", "ada@example.org", "resume", resume.toString(), "question_73001", "https://ada.example.org",
                "question_73002", "Yes", "gender", "Female", "hispanic_ethnicity", "No", "race", "White"));
        given.put("veteran_status", "I am not a protected veteran");
        given.put("demographic_answers[4002][]", "I don't wish to answer");

        // when
        adapter.fill(posting, answers(given), context);
        adapter.submit(posting, context);

        // then
        Map<String, List<String>> fields = received(RealMarkupReplicas.EEO_DEMOGRAPHICS);
        assertThat(fields).containsEntry("question_73002", List.of("1")).containsEntry("gender", List.of("2"))
                .containsEntry("hispanic_ethnicity", List.of("No")).containsEntry("race", List.of("5"))
                .containsEntry("veteran_status", List.of("1"))
                .containsEntry("demographic_answers[4002][]", List.of("4073100022"));
        assertThat(fields.get("disability_status")).containsOnly("");
    }

    // ---- plain text location, checkbox groups -----------------------------------------------------

    @Test
    void should_read_the_plain_location_and_the_fieldset_checkbox_group_when_autocomplete_is_off() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES), context());

        // then
        assertQuestion(posting, "location", "Location (City)", QuestionType.SHORT_TEXT, true);
        assertQuestion(posting, "question_74001[]", "Which of these technologies have you used in production?",
                QuestionType.MULTI_SELECT, true);
        assertThat(labels(posting, "question_74001[]")).containsExactly("Kafka", "PostgreSQL", "Kubernetes", "gRPC");
        assertQuestion(posting, "question_74003[]", "I confirm that the information I provide is accurate.",
                QuestionType.CHECKBOX, true);
        assertQuestion(posting, "question_74004", "How many years have you been on call for a production system?",
                QuestionType.NUMBER, true);
        assertNoSystemFields(posting);
    }

    @Test
    void should_take_the_group_label_when_a_checkbox_list_is_a_role_group() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES), context());

        // then
        assertQuestion(posting, "question_74002[]", "Which on-call tools do you know?", QuestionType.MULTI_SELECT, false);
    }

    @Test
    void should_tick_the_named_boxes_when_a_multi_select_is_a_checkbox_group() {
        // given
        GreenhouseAdapter adapter = adapter(false);
        JobPosting posting = adapter.fetchPosting(url(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES), context());
        TestApplyContext context = context();
        List<Answer> given = new ArrayList<>(answers(Map.of("first_name", "Ada", "question_74003[]", "I confirm",
                "question_74004", "4")).answers());
        given.add(answer("question_74001[]", List.of("PostgreSQL", "Kubernetes", "gRPC")));

        // when
        adapter.fill(posting, new AnswerSet(given), context);
        Map<String, List<String>> shown = adapter.readBack(posting, context);

        // then
        assertThat(shown.get("question_74001[]")).containsExactlyInAnyOrder("PostgreSQL", "Kubernetes", "gRPC");
        assertThat(shown.get("question_74003[]")).containsExactly("I confirm");
        assertThat(shown).containsEntry("question_74004", List.of("4"));
        assertThat(replicas.submissionsFor(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES)).isEmpty();
    }

    @Test
    void should_type_the_location_as_text_when_the_page_offers_no_suggestions() {
        // given
        GreenhouseAdapter adapter = adapter(false);
        JobPosting posting = adapter.fetchPosting(url(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES), context());
        TestApplyContext context = context();
        List<Answer> given = new ArrayList<>(answers(Map.of("first_name", "Ada", "last_name", "Lovelace",
                "email", "ada@example.org", "location", "Lisbon, Portugal", "resume", resume.toString(),
                "question_74003[]", "I confirm", "question_74004", "4")).answers());
        given.add(answer("question_74001[]", List.of("PostgreSQL", "Kubernetes", "gRPC")));

        // when
        adapter.fill(posting, new AnswerSet(given), context);
        adapter.submit(posting, context);

        // then
        Map<String, List<String>> fields = received(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES);
        assertThat(fields).containsEntry("location", List.of("Lisbon, Portugal"))
                .containsEntry("question_74003[]", List.of("1")).containsEntry("question_74004", List.of("4"));
        assertThat(fields.get("question_74001[]")).containsExactlyInAnyOrder("91002", "91003", "91004");
    }

    // ---- long form -------------------------------------------------------------------------------

    @Test
    void should_read_every_question_of_a_long_form_with_its_follow_ups() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.LONG_FORM_CLASSIC), context());

        // then: 4 standard + 42 custom + 5 EEOC
        assertThat(posting.form().questions()).hasSizeGreaterThanOrEqualTo(51);
        assertQuestion(posting, "question_77010",
                "Will you now or in the future require sponsorship for employment visa status?", QuestionType.YES_NO, true);
        // a follow-up is listed with its own label; it is required only once shown
        assertThat(byLabel(posting, "Which visa do you currently hold?").id()).isEqualTo("question_77011");
        assertThat(byLabel(posting, "When could you relocate?").options()).extracting(Option::label)
                .containsExactly("Within 1 month", "1-3 months", "More than 3 months");
        assertQuestion(posting, "question_77031", "Why do you want to work at Meridian?", QuestionType.LONG_TEXT, true);
        assertThat(posting.form().question("race").map(Question::section)).hasValue(java.util.Optional.of("EEOC"));
    }

    @Test
    void should_list_no_captcha_or_honeypot_field_when_the_long_form_carries_them() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.LONG_FORM_CLASSIC), context());

        // then
        assertNoSystemFields(posting);
    }

    @Test
    void should_take_the_label_above_the_list_when_a_classic_checkbox_group_has_no_legend() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.LONG_FORM_CLASSIC), context());

        // then
        Question technologies = posting.form().question("question_77020[]").orElseThrow();
        assertThat(technologies.label()).isEqualTo("Which of these technologies have you used in production?");
        assertThat(technologies.type()).isEqualTo(QuestionType.MULTI_SELECT);
        assertThat(technologies.required()).isTrue();
        assertThat(technologies.options()).extracting(Option::label)
                .containsExactly("Kafka", "PostgreSQL", "Kubernetes", "gRPC");
    }

    // ---- German wording on an EU board -----------------------------------------------------------

    @Test
    void should_read_german_labels_and_aria_required_when_the_board_marks_optional_fields() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.GERMAN_EU_BOARD), context());

        // then
        assertThat(posting.language()).contains("de");
        assertQuestion(posting, "first_name", "Vorname", QuestionType.SHORT_TEXT, true);
        assertQuestion(posting, "phone", "Telefonnummer", QuestionType.SHORT_TEXT, false);
        assertQuestion(posting, "question_76001", "Benötigen Sie ein Visum oder eine Arbeitserlaubnis für Deutschland?",
                QuestionType.SINGLE_SELECT, true);
        assertThat(labels(posting, "question_76001")).containsExactly("Ja", "Nein");
        assertQuestion(posting, "data_compliance[gdpr_processing_consent_given]", "Einwilligung zur Datenverarbeitung",
                QuestionType.CHECKBOX, true);
        assertQuestion(posting, "data_compliance[gdpr_retention_consent_given]", "Einwilligung zur Speicherung",
                QuestionType.CHECKBOX, false);
        assertNoSystemFields(posting);
    }

    @Test
    void should_take_the_upload_label_when_the_file_input_sits_in_its_button() {
        // when
        JobPosting posting = adapter(false).fetchPosting(url(RealMarkupReplicas.GERMAN_EU_BOARD), context());

        // then
        assertQuestion(posting, "resume", "Lebenslauf", QuestionType.FILE, true);
    }

    @Test
    void should_submit_the_german_form_when_every_required_answer_is_given() {
        // given
        GreenhouseAdapter adapter = adapter(false);
        JobPosting posting = adapter.fetchPosting(url(RealMarkupReplicas.GERMAN_EU_BOARD), context());
        TestApplyContext context = context();
        Map<String, String> given = new LinkedHashMap<>(Map.of("first_name", "Ada", "last_name", "Lovelace",
                "email", "ada@example.org", "resume", resume.toString(), "question_76001", "Ja",
                "question_76002", "Karriereseite von Nordlicht", "question_76003", "85000"));
        given.put("data_compliance[gdpr_processing_consent_given]",
                "Ich willige in die Verarbeitung meiner Daten für dieses Bewerbungsverfahren ein.");

        // when
        adapter.fill(posting, answers(given), context);
        adapter.submit(posting, context);

        // then
        Submission submission = replicas.submissionsFor(RealMarkupReplicas.GERMAN_EU_BOARD).get(0);
        assertThat(submission.fields()).containsEntry("question_76001", List.of("1"))
                .containsEntry("question_76002", List.of("96001")).containsEntry("question_76003", List.of("85000"))
                .containsEntry("data_compliance[gdpr_processing_consent_given]", List.of("1"))
                .doesNotContainKey("data_compliance[gdpr_retention_consent_given]");
        assertThat(submission.files()).anySatisfy(file -> assertThat(file.fileName()).isEqualTo("Ada Lovelace CV.pdf"));
    }

    // ---- API 404 with a live page ----------------------------------------------------------------

    @Test
    void should_read_the_page_when_the_api_does_not_know_a_live_posting() {
        // when
        JobPosting posting = adapter(true).fetchPosting(url(RealMarkupReplicas.PLAIN_LOCATION_CHECKBOXES), context());

        // then
        assertThat(posting.form().question("question_74001[]")).isPresent();
    }

    @Test
    void should_add_the_pages_education_section_in_page_order_when_the_api_does_not_list_it() {
        // when: the API answers, without the education block (as the real API)
        JobPosting posting = adapter(true).fetchPosting(url(RealMarkupReplicas.EDUCATION_CLASSIC), context());

        // then: the page's school, degree, discipline and dates sit between the contact fields and the custom question
        List<String> labels = posting.form().questions().stream().map(Question::label).toList();
        assertThat(labels).containsSubsequence("Email", "School", "Degree", "Discipline", "Start Date Month",
                "End Date Year", "What is your expected graduation year?");
        assertThat(byLabel(posting, "School").options()).extracting(Option::label).contains("Colorado School of Mines");
        assertThat(labels).doesNotHaveDuplicates();
        assertNoSystemFields(posting);
    }

    @Test
    void should_read_the_api_questions_when_the_replica_has_an_api_answer() {
        // when
        JobPosting posting = adapter(true).fetchPosting(url(RealMarkupReplicas.EDUCATION_CLASSIC), context());

        // then
        assertThat(posting.key().value()).isEqualTo("greenhouse:orbital/5550202");
        assertThat(posting.company()).isEqualTo("Orbital Freight");
        assertQuestion(posting, "question_72001", "What is your expected graduation year?", QuestionType.SHORT_TEXT, true);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static GreenhouseAdapter adapter(boolean useApi) {
        return new GreenhouseAdapter(new TestExtensionContext(GreenhouseAdapter.NAME, Map.of(
                GreenhouseAdapter.API_BASE_URL_SETTING, replicas.apiBaseUrl().toString(),
                GreenhouseAdapter.USE_API_SETTING, Boolean.toString(useApi)), Map.of(), Clock.systemUTC(), folder));
    }

    private static TestApplyContext context() {
        Page page = browser.newPage();
        pages.add(page);
        return TestApplyContext.builder(page).resume(resume).evidenceDirectory(folder.resolve("evidence"))
                .stepTimeout(Duration.ofSeconds(10)).build();
    }

    private static java.net.URI url(RealMarkupPage page) {
        return replicas.pageUrl(page);
    }

    private static Map<String, List<String>> received(RealMarkupPage page) {
        List<Submission> submissions = replicas.submissionsFor(page);
        assertThat(submissions).hasSize(1);
        return submissions.get(0).fields();
    }

    private static AnswerSet answers(Map<String, String> values) {
        List<Answer> answers = new ArrayList<>();
        values.forEach((id, value) -> answers.add(answer(id, List.of(value))));
        return new AnswerSet(answers);
    }

    private static Answer answer(String id, List<String> values) {
        return new Answer(id, id, values, AnswerSource.RULE, 1.0, List.of(), TokenUsage.NONE);
    }

    private static List<String> ids(JobPosting posting) {
        return posting.form().questions().stream().map(Question::id).toList();
    }

    private static List<String> labels(JobPosting posting, String id) {
        return posting.form().question(id).orElseThrow().options().stream().map(Option::label).toList();
    }

    private static Question byLabel(JobPosting posting, String label) {
        return posting.form().questions().stream().filter(question -> question.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no question labelled '" + label + "' in " + posting.form()
                        .questions().stream().map(Question::label).toList()));
    }

    private static void assertQuestion(JobPosting posting, String id, String label, QuestionType type, boolean required) {
        Question question = posting.form().question(id).orElseThrow(() -> new AssertionError("no question " + id
                + " in " + ids(posting)));
        assertThat(question.label()).as("label of %s", id).isEqualTo(label);
        assertThat(question.type()).as("type of %s", id).isEqualTo(type);
        assertThat(question.required()).as("required of %s", id).isEqualTo(required);
    }

    private static void assertNoSystemFields(JobPosting posting) {
        assertThat(ids(posting)).as("system fields listed as questions").doesNotContainAnyElementsOf(SYSTEM_FIELDS);
    }
}
