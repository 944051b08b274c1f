package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.nyx.ats.workday.internal.WorkdayStepForm;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.Experience;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Work;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.workday.UiGeneration;
import dev.nyx.testkit.workday.WorkdayField;
import dev.nyx.testkit.workday.WorkdayFieldKind;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayReplica;
import dev.nyx.testkit.workday.WorkdayStep;
import dev.nyx.testkit.workday.WorkdaySubmission;
import dev.nyx.testkit.workday.WorkdayTenant;
import dev.nyx.testkit.workday.WorkdayWizard;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code WorkdayStepForm} through every step of the replica's standard wizard in both UI generations (My Information,
 * My Experience with two jobs, a school and the resume, Application Questions with a follow-up question, Voluntary
 * Disclosures, Self Identify), the test clicking only Save and Continue and Submit: the replica's submission holds
 * what the context answered and what the experience gave.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayStepFormWizardIT {
    private static final String PASSWORD = "Str0ng!Passw0rd";
    private static final Experience EXPERIENCE = new Experience(List.of(
            new Work("Analytical Engines Ltd", Optional.of("Senior Software Engineer"),
                    Optional.of(URI.create("https://engines.example.com")), PartialDate.parse("2019-03"),
                    Optional.empty(), Optional.of("Builds the difference engine's control software."), List.of()),
            new Work("Babbage & Co", Optional.of("Software Engineer"), Optional.empty(), PartialDate.parse("2015-09"),
                    PartialDate.parse("2019-02"), Optional.empty(), List.of("Wrote the first loops", "Tested them"))),
            List.of(new Education("University of London", Optional.of("Mathematics"), Optional.of("Master"),
                    PartialDate.parse("2010-10"), PartialDate.parse("2012-07"), Optional.of("1.3"))));
    @TempDir
    Path folder;
    private ReplicaServer server;
    private Map<UiGeneration, WorkdayReplica> replicas;
    private TestBrowser browser;
    private Page page;

    @BeforeAll
    void start() {
        server = ReplicaServer.start();
        replicas = Map.of(
                UiGeneration.LEGACY, WorkdayReplica.start(server, WorkdayFixtures.NORTHWIND, WorkdayFixtures.postings()),
                UiGeneration.FKIT, WorkdayReplica.start(server, WorkdayFixtures.CONTOSO, WorkdayFixtures.postings()));
        browser = TestBrowser.launch();
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage();
        page.setDefaultTimeout(5_000);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @AfterAll
    void stop() {
        browser.close();
        server.close();
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_fill_every_step_of_the_standard_wizard_when_each_is_read_answered_and_filled(UiGeneration ui)
            throws IOException {
        // given
        String email = "wizard." + ui.name().toLowerCase() + "@example.org";
        WorkdayReplica replica = signIn(ui, email);
        TestApplyContext context = context(replica, ui);

        // when: every step filled by WorkdayStepForm; the test only saves and continues
        Map<String, WorkdayStepForm.StepResult> results = complete(replica, ui, context, Set.of());

        // then
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        WorkdaySubmission submission = replica.submissions().get(replica.submissions().size() - 1);
        assertThat(submission.email()).isEqualTo(email);
        assertThat(submission.value("myInformation", "source")).containsExactly("LinkedIn");
        assertThat(submission.value("myInformation", "country")).containsExactly("France");
        assertThat(submission.value("myInformation", "previousWorker")).containsExactly("No");
        assertThat(submission.value("myExperience", "linkedIn")).containsExactly("https://www.linkedin.com/in/ada");
        assertThat(submission.work()).hasSize(2);
        assertThat(submission.work().get(0)).containsEntry("jobTitle", "Senior Software Engineer")
                .containsEntry("company", "Analytical Engines Ltd").containsEntry("currentlyWorkHere", "true")
                .containsEntry("startDate", "03/2019").containsEntry("endDate", "")
                .containsEntry("description", "Builds the difference engine's control software.")
                .containsEntry("location", "");
        assertThat(submission.work().get(1)).containsEntry("jobTitle", "Software Engineer")
                .containsEntry("company", "Babbage & Co").containsEntry("currentlyWorkHere", "false")
                .containsEntry("startDate", "09/2015").containsEntry("endDate", "02/2019")
                .containsEntry("description", "Wrote the first loops\nTested them");
        assertThat(submission.education()).singleElement().satisfies(school -> assertThat(school)
                .containsEntry("school", "University of London").containsEntry("degree", "Master's Degree")
                .containsEntry("fieldOfStudy", "Mathematics").containsEntry("gradeAverage", "1.3")
                .containsEntry("firstYear", "2010").containsEntry("lastYear", "2012"));
        assertThat(submission.resumeName()).isEqualTo("Ada Lovelace CV.pdf");
        assertThat(submission.value("applicationQuestions", "sponsorship")).containsExactly("Yes");
        assertThat(submission.value("applicationQuestions", "sponsorshipDetails")).containsExactly("H-1B transfer");
        assertThat(submission.value("applicationQuestions", "experienceYears")).containsExactly("5-10 years");
        assertThat(submission.value("applicationQuestions", "relocate")).containsExactly("No");
        assertThat(submission.value("voluntaryDisclosures", "gender")).containsExactly("I do not wish to answer.");
        assertThat(submission.value("voluntaryDisclosures", "acceptTermsAndAgreements")).containsExactly("true");
        assertThat(submission.value("selfIdentify", "disabilityStatus")).containsExactly("I do not want to answer");
        LocalDate today = LocalDate.now();
        assertThat(submission.value("selfIdentify", "dateSignedOn")).containsExactly(String.format("%02d/%02d/%d",
                today.getMonthValue(), today.getDayOfMonth(), today.getYear()));
        // the follow-up question was read once it showed, and asked in a later round
        assertThat(context.askedQuestions()).extracting(Question::id)
                .contains(id(replica, ui, "applicationQuestions", "sponsorshipDetails"))
                .allSatisfy(id -> assertThat(id).doesNotContain("dateSignedOn"));
        assertThat(results.get("myExperience").workEntries()).isEqualTo(2);
        assertThat(results.get("myExperience").educationEntries()).isEqualTo(1);
        assertThat(results.get("myExperience").uploaded()).containsExactly("Ada Lovelace CV.pdf");
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_leave_a_hidden_field_empty_and_add_no_entry_twice_when_a_refused_step_is_filled_again(UiGeneration ui)
            throws IOException {
        // given: My Experience with a field nobody sees, and a server that refuses its first save
        WorkdayTenant tenant = ui == UiGeneration.LEGACY
                ? WorkdayTenant.of("fabrikam.wd3.myworkdayjobs.com", "External", "Fabrikam", ui)
                : WorkdayTenant.of("tailspin.wd2.myworkdayjobs.com", "Careers", "Tailspin Toys", ui);
        WorkdayWizard standard = WorkdayWizard.standard(tenant.company());
        WorkdayStep experience = standard.step("myExperience").orElseThrow();
        List<WorkdayField> fields = new ArrayList<>(experience.fields());
        fields.add(0, WorkdayField.hidden("middleName", "legalNameSection_middleName", "name--legalName--middleName"));
        WorkdayReplica replica = WorkdayReplica.start(server, tenant, WorkdayFixtures.postings(),
                standard.withStep(experience.withFields(fields)));
        replica.accounts().put("again." + ui.name().toLowerCase() + "@example.org", PASSWORD, false);
        signIn(replica, "again." + ui.name().toLowerCase() + "@example.org");
        Experience unlisted = new Experience(EXPERIENCE.work(), List.of(new Education("University of London",
                Optional.of("Medieval Poetry"), Optional.of("MSc"), Optional.empty(), Optional.empty(), Optional.empty())));
        TestApplyContext context = context(replica, ui, unlisted);

        // when
        complete(replica, ui, context, Set.of("myExperience"));

        // then
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        WorkdaySubmission submission = replica.submissions().get(replica.submissions().size() - 1);
        assertThat(submission.work()).hasSize(2);
        assertThat(submission.education()).singleElement().satisfies(school -> assertThat(school)
                .containsEntry("degree", "Master's Degree").containsEntry("fieldOfStudy", "Other")
                .containsEntry("firstYear", ""));
        assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("Field of Study", "'Other'"));
        assertThat(submission.value("myExperience", "middleName")).isEmpty();
        assertThat(context.askedQuestions()).extracting(Question::label).doesNotContain("middleName");
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_answer_every_widget_kind_of_a_questionnaire_when_a_tenant_asks_its_own_questions(UiGeneration ui)
            throws IOException {
        // given: a questionnaire with a flat multi-select, check boxes, a month-year, a dropdown, radios, a field
        // nobody sees, and the year of graduation (from the experience, not asked)
        WorkdayTenant tenant = ui == UiGeneration.LEGACY
                ? WorkdayTenant.of("woodgrove.wd3.myworkdayjobs.com", "External", "Woodgrove Bank", ui)
                : WorkdayTenant.of("litware.wd2.myworkdayjobs.com", "Careers", "Litware", ui);
        WorkdayWizard standard = WorkdayWizard.standard(tenant.company());
        WorkdayStep questions = standard.step("applicationQuestions").orElseThrow().withFields(List.of(
                WorkdayField.question("technologies", WorkdayFieldKind.MULTISELECT,
                        "Which of these technologies have you used in production?", true,
                        List.of("Java", "Kotlin", "PostgreSQL", "Kafka")),
                WorkdayField.question("languages", WorkdayFieldKind.CHECKBOXES, "Which languages do you speak?", false,
                        List.of("English", "French", "German")),
                WorkdayField.hidden("beecatcher", "beecatcher", "beecatcher--beecatcher"),
                WorkdayField.question("available", WorkdayFieldKind.MONTH_YEAR, "When could you start?", true,
                        List.of()),
                WorkdayField.question("graduated", WorkdayFieldKind.YEAR, "In which year did you graduate?", true,
                        List.of()),
                WorkdayField.question("salary", WorkdayFieldKind.DROPDOWN, "What are your salary expectations?", true,
                        List.of("Under 50k", "50k-70k", "70k-90k", "Over 90k")),
                WorkdayField.question("travel", WorkdayFieldKind.RADIO, "Can you travel 20% of the time?", true,
                        List.of("Yes", "No"))));
        WorkdayReplica replica = WorkdayReplica.start(server, tenant, WorkdayFixtures.postings(),
                standard.withStep(questions));
        String email = "kinds." + ui.name().toLowerCase() + "@example.org";
        replica.accounts().put(email, PASSWORD, false);
        signIn(replica, email);
        List<Answer> extra = new ArrayList<>();
        answer(extra, replica, ui, "applicationQuestions", "technologies", "Java", "PostgreSQL");
        answer(extra, replica, ui, "applicationQuestions", "languages", "English", "German");
        answer(extra, replica, ui, "applicationQuestions", "available", "2027-02");
        answer(extra, replica, ui, "applicationQuestions", "salary", "70k-90k");
        answer(extra, replica, ui, "applicationQuestions", "travel", "true");
        TestApplyContext context = context(replica, ui, EXPERIENCE, extra);

        // when
        complete(replica, ui, context, Set.of());

        // then
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        WorkdaySubmission submission = replica.submissions().get(replica.submissions().size() - 1);
        assertThat(submission.value("applicationQuestions", "technologies")).containsExactly("Java", "PostgreSQL");
        assertThat(submission.value("applicationQuestions", "languages")).containsExactly("English", "German");
        assertThat(submission.value("applicationQuestions", "available")).containsExactly("02/2027");
        assertThat(submission.value("applicationQuestions", "graduated")).containsExactly("2012");
        assertThat(submission.value("applicationQuestions", "salary")).containsExactly("70k-90k");
        assertThat(submission.value("applicationQuestions", "travel")).containsExactly("Yes");
        assertThat(submission.value("applicationQuestions", "beecatcher")).isEmpty();
        assertThat(context.askedQuestions()).filteredOn(question -> question.id().startsWith("applicationQuestions."))
                .extracting(Question::label).containsExactly(
                        "Which of these technologies have you used in production?", "Which languages do you speak?",
                        "When could you start?", "What are your salary expectations?",
                        "Can you travel 20% of the time?");
        assertThat(context.askedQuestions()).filteredOn(question -> question.label().startsWith("Which of these"))
                .singleElement().satisfies(question -> assertThat(question.options()).extracting(Option::label)
                        .containsExactly("Java", "Kotlin", "PostgreSQL", "Kafka"));
    }

    /**
     * Fills and saves every step up to Review, then submits; a step in {@code refusedOnce} is refused by the server
     * once and filled again before it is saved.
     */
    private Map<String, WorkdayStepForm.StepResult> complete(WorkdayReplica replica, UiGeneration ui,
                                                             TestApplyContext context, Set<String> refusedOnce) {
        Map<String, WorkdayStepForm.StepResult> results = new LinkedHashMap<>();
        for (WorkdayStep step : replica.wizard().steps()) {
            Locator container = page.locator("[data-automation-id=\"" + step.container(ui) + "\"]");
            container.waitFor();
            if (step.isReview()) {
                next(ui).click();
                break;
            }
            results.put(step.key(), WorkdayStepForm.fill(page, container, step.key(), context));
            if (refusedOnce.contains(step.key())) {
                replica.refuseNextSave(step.key(), "work.0.jobTitle", "Error: Enter the job title as it was.");
                next(ui).click();
                page.locator("[data-automation-id=errorBanner]").waitFor();
                results.put(step.key(), WorkdayStepForm.fill(page, container, step.key(), context));
            }
            next(ui).click();
            container.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }
        return results;
    }

    private TestApplyContext context(WorkdayReplica replica, UiGeneration ui) throws IOException {
        return context(replica, ui, EXPERIENCE);
    }

    private TestApplyContext context(WorkdayReplica replica, UiGeneration ui, Experience experience)
            throws IOException {
        return context(replica, ui, experience, List.of());
    }

    private TestApplyContext context(WorkdayReplica replica, UiGeneration ui, Experience experience,
                                     List<Answer> extra) throws IOException {
        List<Answer> answers = new ArrayList<>(extra);
        answer(answers, replica, ui, "myInformation", "source", "LinkedIn");
        answer(answers, replica, ui, "myInformation", "previousWorker", "No");
        answer(answers, replica, ui, "myInformation", "country", "France");
        answer(answers, replica, ui, "myInformation", "firstName", "Ada");
        answer(answers, replica, ui, "myInformation", "lastName", "Lovelace");
        answer(answers, replica, ui, "myInformation", "city", "Lyon");
        answer(answers, replica, ui, "myInformation", "phoneDeviceType", "Mobile");
        answer(answers, replica, ui, "myInformation", "phoneNumber", "+33 4 72 00 00 00");
        answer(answers, replica, ui, "myExperience", "linkedIn", "https://www.linkedin.com/in/ada");
        answer(answers, replica, ui, "applicationQuestions", "workAuthorization", "Yes");
        answer(answers, replica, ui, "applicationQuestions", "sponsorship", "yes");
        answer(answers, replica, ui, "applicationQuestions", "sponsorshipDetails", "H-1B transfer");
        answer(answers, replica, ui, "applicationQuestions", "experienceYears", "5-10 years");
        answer(answers, replica, ui, "applicationQuestions", "relocate", "No");
        answer(answers, replica, ui, "voluntaryDisclosures", "gender", "I do not wish to answer.");
        answer(answers, replica, ui, "voluntaryDisclosures", "hispanicOrLatino", "No");
        answer(answers, replica, ui, "voluntaryDisclosures", "ethnicity", "I do not wish to answer.");
        answer(answers, replica, ui, "voluntaryDisclosures", "veteranStatus", "I do not wish to self-identify");
        answer(answers, replica, ui, "voluntaryDisclosures", "acceptTermsAndAgreements", "Yes");
        answer(answers, replica, ui, "selfIdentify", "name", "Ada Lovelace");
        answer(answers, replica, ui, "selfIdentify", "disabilityStatus", "I do not want to answer");
        Path resume = Files.writeString(folder.resolve("Ada Lovelace CV.pdf"), "%PDF-1.4 a resume");
        return TestApplyContext.builder(page).resume(resume).evidenceDirectory(folder.resolve("evidence"))
                .stepTimeout(Duration.ofSeconds(5)).stepAnswers(new AnswerSet(answers)).experience(experience).build();
    }

    private static void answer(List<Answer> answers, WorkdayReplica replica, UiGeneration ui, String step,
                               String field, String... values) {
        if (replica.wizard().step(step).flatMap(found -> found.field(field)).isEmpty()) {
            return; // a tenant that does not ask it
        }
        String id = id(replica, ui, step, field);
        answers.removeIf(answer -> answer.questionId().equals(id));
        answers.add(new Answer(id, id, List.of(values), AnswerSource.BANK, 1.0, List.of(), TokenUsage.NONE));
    }

    /** The id WorkdayStepForm gives a field: the step key and the control's id (legacy data-automation-id, fkit id). */
    private static String id(WorkdayReplica replica, UiGeneration ui, String step, String fieldKey) {
        WorkdayField field = replica.wizard().step(step).flatMap(found -> found.field(fieldKey)).orElseThrow();
        return step + "." + (ui == UiGeneration.LEGACY ? field.legacyId() : field.fkitId());
    }

    private WorkdayReplica signIn(UiGeneration ui, String email) {
        WorkdayReplica replica = replicas.get(ui);
        replica.accounts().put(email, PASSWORD, false);
        return signIn(replica, email);
    }

    private WorkdayReplica signIn(WorkdayReplica replica, String email) {
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        page.locator("[data-automation-id=signInLink]").click();
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(PASSWORD);
        form.locator("[data-automation-id=click_filter]").click();
        page.locator("[data-automation-id=progressBar]").waitFor();
        return replica;
    }

    private Locator next(UiGeneration ui) {
        return page.locator(ui == UiGeneration.LEGACY ? "[data-automation-id=bottom-navigation-next-button]"
                : "[data-automation-id=pageFooterNextButton]");
    }
}
