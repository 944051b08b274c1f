package dev.nyx.testkit.workday;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestBrowser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The replica's whole apply wizard in both UI generations, driven by hand the way Workday's widgets need (see
 * {@link WizardDriver}): every step, the recorded submission, validation, Back, refusals, session expiry and a
 * second application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayWizardReplicaIT {
    static final String PASSWORD = "Str0ng!Passw0rd";
    static final byte[] RESUME = "%PDF-1.4 Ada Lovelace resume".getBytes(StandardCharsets.US_ASCII);
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
    void should_refuse_to_continue_and_name_each_missing_field_when_the_step_is_empty(UiGeneration ui) {
        // given
        WorkdayReplica replica = replicas.get(ui);
        WizardDriver driver = signIn(ui, "empty." + ui.name().toLowerCase() + "@example.org");
        int before = replica.savedSteps().size();

        // when
        driver.next().click();

        // then
        Locator banner = page.locator("[data-automation-id=errorBanner]");
        banner.waitFor();
        assertThat(banner.innerText()).contains("Errors Found")
                .contains("Error: The field First Name is required and must have a value.")
                .contains("Error: The field How Did You Hear About Us? is required and must have a value.")
                .doesNotContain("Postal Code");
        assertThat(page.locator("[data-automation-id=\"" + driver.field("myInformation", "firstName").wrapperId(ui)
                + "\"] [data-automation-id=errorMessage]").innerText())
                .isEqualTo("Error: The field First Name is required and must have a value.");
        assertThat(replica.savedSteps()).hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_record_the_submission_when_every_step_is_driven_like_workday_needs(UiGeneration ui) {
        // given
        String email = "ada." + ui.name().toLowerCase() + "@example.org";
        WorkdayReplica replica = replicas.get(ui);
        WizardDriver driver = signIn(ui, email);
        assertThat(page.locator("[data-automation-id=progressBarActiveStep]").innerText())
                .contains("current step 1 of 6").contains("My Information");

        // when
        driver.myInformation();
        driver.saveAndContinue("myExperience");
        driver.myExperience(RESUME);
        driver.saveAndContinue("applicationQuestions");
        driver.applicationQuestions(true);
        driver.saveAndContinue("voluntaryDisclosures");
        driver.voluntaryDisclosures();
        driver.saveAndContinue("selfIdentify");
        driver.selfIdentify();
        driver.saveAndContinue("review");
        String review = driver.container("review").innerText();
        driver.next().click();

        // then
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        assertThat(review).contains("Lovelace").contains("Analytical Engines Ltd").contains("resume.pdf")
                .contains("I need an H-1B transfer.");
        WorkdaySubmission submission = replica.submissions().stream()
                .filter(found -> found.email().equals(email)).findFirst().orElseThrow();
        assertThat(submission.jobReqId()).isEqualTo(WorkdayFixtures.JAVA_ENGINEER);
        assertThat(submission.values())
                .containsEntry("myInformation.source", List.of("LinkedIn", "Indeed"))
                .containsEntry("myInformation.previousWorker", List.of("No"))
                .containsEntry("myInformation.country", List.of("France"))
                .containsEntry("myInformation.phoneDeviceType", List.of("Mobile"))
                .containsEntry("myInformation.firstName", List.of("Ada"))
                .containsEntry("myExperience.linkedIn", List.of("https://www.linkedin.com/in/ada"))
                .containsEntry("applicationQuestions.sponsorship", List.of("Yes"))
                .containsEntry("applicationQuestions.sponsorshipDetails", List.of("I need an H-1B transfer."))
                .containsEntry("applicationQuestions.relocate", List.of("Yes"))
                .containsEntry("applicationQuestions.experienceYears", List.of("5-10 years"))
                .containsEntry("voluntaryDisclosures.ethnicity", List.of("Asian (United States of America)"))
                .containsEntry("voluntaryDisclosures.acceptTermsAndAgreements", List.of("true"))
                .containsEntry("selfIdentify.name", List.of("Ada Lovelace"))
                .containsEntry("selfIdentify.dateSignedOn",
                        List.of(LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))))
                .containsEntry("selfIdentify.disabilityStatus", List.of("I do not want to answer"));
        assertThat(submission.work()).containsExactly(
                Map.of("jobTitle", "Engineer", "company", "Analytical Engines Ltd", "location", "London",
                        "currentlyWorkHere", "false", "startDate", "03/2019", "endDate", "11/2022",
                        "description", "Wrote the first programs."),
                Map.of("jobTitle", "Lead Engineer", "company", "Difference Co", "location", "",
                        "currentlyWorkHere", "true", "startDate", "12/2022", "endDate", "", "description", ""));
        assertThat(submission.education()).containsExactly(Map.of("school", "University of London",
                "degree", "Master's Degree", "fieldOfStudy", "Mathematics", "gradeAverage", "3.9",
                "firstYear", "2012", "lastYear", "2016"));
        assertThat(submission.resumeName()).isEqualTo("resume.pdf");
        assertThat(submission.resumeBytes()).isEqualTo(RESUME);
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_keep_the_values_when_the_candidate_goes_back(UiGeneration ui) {
        // given
        WizardDriver driver = signIn(ui, "back." + ui.name().toLowerCase() + "@example.org");
        driver.myInformation();
        driver.saveAndContinue("myExperience");

        // when
        page.locator(ui == UiGeneration.LEGACY ? "[data-automation-id=bottom-navigation-previous-button]"
                : "[data-automation-id=pageFooterBackButton]").click();

        // then
        driver.container("myInformation").waitFor();
        assertThat(driver.control("myInformation", "firstName").inputValue()).isEqualTo("Ada");
        assertThat(driver.control("myInformation", "country").innerText()).isEqualTo("France");
        assertThat(page.locator("[data-automation-id=formField-source] [data-automation-id=selectedItem]").allInnerTexts())
                .hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_show_the_sign_in_form_and_go_on_at_the_same_step_when_the_session_expired(UiGeneration ui) {
        // given
        String email = "slow." + ui.name().toLowerCase() + "@example.org";
        WorkdayReplica replica = replicas.get(ui);
        WizardDriver driver = signIn(ui, email);
        driver.myInformation();
        driver.saveAndContinue("myExperience");
        int before = replica.savedSteps().size();
        replica.expireSessions();

        // when
        driver.next().click();

        // then
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.waitFor();
        assertThat(page.locator("[data-automation-id=errorMessage]").first().innerText())
                .contains("Your session has expired. Sign in again.");
        assertThat(replica.savedSteps()).hasSize(before);
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(PASSWORD);
        form.locator("[data-automation-id=click_filter]").click();
        driver.container("myExperience").waitFor();
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_show_the_server_refusal_at_the_field_and_save_nothing_when_told_to_refuse(UiGeneration ui) {
        // given
        WorkdayReplica replica = replicas.get(ui);
        WizardDriver driver = signIn(ui, "refused." + ui.name().toLowerCase() + "@example.org");
        driver.myInformation();
        replica.refuseNextSave("myInformation", "phoneNumber", "Enter a valid phone number.");
        int before = replica.savedSteps().size();

        // when
        driver.next().click();

        // then
        Locator banner = page.locator("[data-automation-id=errorBanner]");
        banner.waitFor();
        assertThat(banner.innerText()).contains("Enter a valid phone number.");
        assertThat(page.locator("[data-automation-id=\"" + driver.field("myInformation", "phoneNumber").wrapperId(ui)
                + "\"] [data-automation-id=errorMessage]").innerText()).isEqualTo("Enter a valid phone number.");
        assertThat(replica.savedSteps()).hasSize(before);
        driver.saveAndContinue("myExperience");
    }

    @Test
    void should_refuse_a_second_application_when_the_candidate_already_applied() {
        // given
        UiGeneration ui = UiGeneration.FKIT;
        WorkdayReplica replica = replicas.get(ui);
        String email = "twice@example.org";
        signIn(ui, email).completeAll();
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        int before = replica.submissions().size();
        page.context().clearCookies();

        // when
        WizardDriver driver = signIn(ui, email);
        driver.completeUpToReview();
        driver.next().click();

        // then
        Locator banner = page.locator("[data-automation-id=errorBanner]");
        banner.waitFor();
        assertThat(banner.innerText()).contains("You have already applied for this job.");
        assertThat(replica.submissions()).hasSize(before);
    }

    @Test
    void should_start_from_the_last_application_when_the_candidate_uses_it() {
        // given
        UiGeneration ui = UiGeneration.LEGACY;
        WorkdayReplica replica = replicas.get(ui);
        String email = "again@example.org";
        signIn(ui, email).completeAll();
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        WorkdaySubmission first = replica.submissions().stream().filter(found -> found.email().equals(email))
                .findFirst().orElseThrow();
        page.context().clearCookies();

        // when
        page.navigate(replica.applyUrl(WorkdayFixtures.DATA_ANALYST) + "/useMyLastApplication");
        page.locator("[data-automation-id=signInLink]").click();
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(PASSWORD);
        form.locator("[data-automation-id=click_filter]").click();
        WizardDriver driver = new WizardDriver(page, replica);
        driver.container("myInformation").waitFor();
        for (String next : List.of("myExperience", "applicationQuestions", "voluntaryDisclosures", "selfIdentify",
                "review")) {
            driver.saveAndContinue(next);
        }
        driver.next().click();

        // then
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        WorkdaySubmission second = replica.submissions().stream()
                .filter(found -> found.email().equals(email) && found.jobReqId().equals(WorkdayFixtures.DATA_ANALYST))
                .findFirst().orElseThrow();
        assertThat(second.values()).isEqualTo(first.values());
        assertThat(second.work()).isEqualTo(first.work());
        assertThat(second.resumeBytes()).isEqualTo(RESUME);
    }

    @Test
    void should_put_the_autofill_step_first_and_keep_its_resume_when_the_candidate_autofills() {
        // given
        UiGeneration ui = UiGeneration.FKIT;
        WorkdayReplica replica = replicas.get(ui);
        String email = "autofill@example.org";
        replica.accounts().put(email, PASSWORD, false);
        page.navigate(replica.applyUrl(WorkdayFixtures.JAVA_ENGINEER) + "/autofillWithResume");
        page.locator("[data-automation-id=signInLink]").click();
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(PASSWORD);
        form.locator("[data-automation-id=click_filter]").click();
        page.locator("[data-automation-id=applyFlowAutoFillPage]").waitFor();
        assertThat(page.locator("[data-automation-id=progressBarActiveStep]").innerText())
                .contains("current step 1 of 7").contains("Autofill with Resume");
        WizardDriver driver = new WizardDriver(page, replica);

        // when
        page.locator("[data-automation-id=file-upload-input-ref]").setInputFiles(resume());
        page.locator("[data-automation-id=file-upload-item]").waitFor();
        assertThat(driver.next().innerText()).isEqualTo("Continue");
        driver.saveAndContinue("myInformation");
        driver.myInformation();
        driver.saveAndContinue("myExperience");

        // then
        assertThat(page.locator("[data-automation-id=file-upload-item-name]").innerText()).isEqualTo("resume.pdf");
        assertThat(replica.savedSteps()).extracting(WorkdayStepSave::step).contains("autofillWithResume");
    }

    @Test
    void should_ignore_a_date_set_without_typing_like_workday_does() {
        // given
        UiGeneration ui = UiGeneration.LEGACY;
        WizardDriver driver = signIn(ui, "filled.date@example.org");
        driver.myInformation();
        driver.saveAndContinue("myExperience");
        page.locator("[data-automation-id=workExperienceSection] [data-automation-id=add-button]").click();
        Locator panel = page.locator("[data-automation-id=workExperience-1]");
        panel.locator("[data-automation-id=jobTitle]").fill("Engineer");
        panel.locator("[data-automation-id=company]").fill("Analytical Engines Ltd");

        // when
        panel.locator("[data-automation-id=formField-startDate] [data-automation-id=dateSectionMonth-input]").fill("03");
        panel.locator("[data-automation-id=formField-startDate] [data-automation-id=dateSectionYear-input]").fill("2019");
        panel.locator("[data-automation-id=currentlyWorkHere]").check();
        driver.next().click();

        // then
        Locator banner = page.locator("[data-automation-id=errorBanner]");
        banner.waitFor();
        assertThat(banner.innerText()).contains("Error: The field From is required and must have a value.");
    }

    @Test
    void should_render_a_step_outside_the_catalogue_like_the_others() {
        // given
        WorkdayStep assessment = new WorkdayStep("assessment", "Assessment", "assessmentPage", "applyFlowAssessmentPage",
                List.of(WorkdayField.of("codingYears", WorkdayFieldKind.TEXT, "Years of coding", true, "codingYears",
                        "assessment--codingYears"),
                        WorkdayField.hidden("website", "website", "assessment--website")), java.util.Set.of());
        WorkdayWizard wizard = WorkdayWizard.standard("Globex").withStepBefore("review", assessment);
        WorkdayTenant tenant = WorkdayTenant.of("globex.wd3.myworkdayjobs.com", "Careers", "Globex", UiGeneration.FKIT);
        WorkdayReplica replica = WorkdayReplica.start(server, tenant, WorkdayFixtures.postings(), wizard);
        assertThat(assessment.known()).isFalse();
        WizardDriver driver = signIn(replica, "unknown@example.org");
        driver.completeUpTo("assessment");
        assertThat(page.locator("[data-automation-id=progressBarActiveStep]").innerText())
                .contains("current step 6 of 7").contains("Assessment");

        // when
        page.locator("[id=\"assessment--codingYears\"]").fill("12");
        driver.saveAndContinue("review");
        driver.next().click();

        // then
        page.locator("[data-automation-id=applicationSubmitted]").waitFor();
        assertThat(replica.submissions().get(0).values()).containsEntry("assessment.codingYears", List.of("12"))
                .containsEntry("assessment.website", List.of());
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_show_the_saved_entries_and_resume_when_the_candidate_goes_back_to_my_experience(UiGeneration ui) {
        // given
        WizardDriver driver = signIn(ui, "entries." + ui.name().toLowerCase() + "@example.org");
        driver.completeUpTo("applicationQuestions");

        // when
        driver.back().click();

        // then
        driver.container("myExperience").waitFor();
        Locator second = page.locator("[data-automation-id=workExperience-2]");
        assertThat(second.locator(ui == UiGeneration.LEGACY ? "[data-automation-id=company]"
                : "[id=\"workExperience-2--companyName\"]").inputValue()).isEqualTo("Difference Co");
        assertThat(second.locator("[data-automation-id=formField-endDate]").isHidden()).isTrue();
        assertThat(page.locator("[data-automation-id=workExperience-1] [data-automation-id=formField-startDate]"
                + " [data-automation-id=dateSectionYear-input]").inputValue()).isEqualTo("2019");
        assertThat(page.locator("[data-automation-id=file-upload-item-name]").innerText()).isEqualTo("resume.pdf");
        assertThat(page.locator("[data-automation-id=workExperienceSection] [data-automation-id=add-button]")
                .innerText()).isEqualTo("Add Another");
        driver.saveAndContinue("applicationQuestions");
    }

    @Test
    void should_show_something_went_wrong_once_and_then_the_same_step_when_a_wizard_page_load_fails() {
        // given
        UiGeneration ui = UiGeneration.LEGACY;
        WorkdayReplica replica = replicas.get(ui);
        WizardDriver driver = signIn(ui, "flaky@example.org");
        driver.myInformation();
        driver.saveAndContinue("myExperience");
        replica.failNextPageLoads(1);

        // when
        page.reload();

        // then
        assertThat(page.locator("[data-automation-id=errorMessage]").innerText()).contains("Something went wrong");
        page.reload();
        driver.container("myExperience").waitFor();
    }

    @Test
    void should_refuse_the_save_without_saying_why_when_the_hidden_field_is_filled() {
        // given
        WorkdayTenant tenant = WorkdayTenant.of("hooli.wd5.myworkdayjobs.com", "External", "Hooli", UiGeneration.LEGACY);
        WorkdayStep information = WorkdayWizard.myInformation("Hooli");
        List<WorkdayField> fields = new java.util.ArrayList<>(information.fields());
        fields.add(WorkdayField.hidden("website", "website", "name--website"));
        WorkdayReplica replica = WorkdayReplica.start(server, tenant, WorkdayFixtures.postings(),
                WorkdayWizard.standard("Hooli").withStep(information.withFields(fields)));
        WizardDriver driver = signIn(replica, "bot@example.org");
        driver.myInformation();
        assertThat(page.locator("[data-automation-id=formField-website]").boundingBox().x).isNegative();
        page.locator("[data-automation-id=website]").evaluate("input => input.value = 'https://spam.example'");

        // when
        driver.next().click();

        // then
        Locator banner = page.locator("[data-automation-id=errorBanner]");
        banner.waitFor();
        assertThat(banner.innerText()).contains("Something went wrong");
        assertThat(replica.savedSteps()).isEmpty();
        assertThat(replica.honeypotHits()).isEqualTo(1);
    }

    private WizardDriver signIn(UiGeneration ui, String email) {
        return signIn(replicas.get(ui), email);
    }

    private WizardDriver signIn(WorkdayReplica replica, String email) {
        if (replica.accounts().find(email).isEmpty()) {
            replica.accounts().put(email, PASSWORD, false);
        }
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        page.locator("[data-automation-id=signInLink]").click();
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(PASSWORD);
        form.locator("[data-automation-id=click_filter]").click();
        page.locator("[data-automation-id=progressBar]").waitFor();
        return new WizardDriver(page, replica);
    }

    static FilePayload resume() {
        return new FilePayload("resume.pdf", "application/pdf", RESUME);
    }
}
