package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.ats.workday.internal.WorkdayStepForm;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.TokenUsage;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.workday.UiGeneration;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayReplica;
import dev.nyx.testkit.workday.WorkdayStepSave;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code WorkdayStepForm} on the replica's wizard steps in both UI generations: it reads the step's questions from
 * the markup (labels, required markers, options from the popups), has the context answer them, fills them with a
 * person's actions, and the replica records the values when the step is saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayStepFormIT {
    private static final String PASSWORD = "Str0ng!Passw0rd";
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
    void should_read_answer_and_fill_my_information_when_the_step_shows(UiGeneration ui) throws IOException {
        // given
        String email = "steps." + ui.name().toLowerCase() + "@example.org";
        WorkdayReplica replica = signIn(ui, email);
        boolean legacy = ui == UiGeneration.LEGACY;
        TestApplyContext context = context(myInformationAnswers(legacy));

        // when
        WorkdayStepForm.StepResult result = WorkdayStepForm.fill(page, container(legacy ? "contactInformationPage"
                : "applyFlowMyInfoPage"), "myInformation", context);
        next(ui).click();

        // then: the questions as the page shows them
        page.locator("[data-automation-id=progressBarActiveStep]", new Page.LocatorOptions().setHasText("My Experience"))
                .waitFor();
        List<Question> asked = context.askedQuestions();
        assertThat(asked).extracting(Question::label).containsExactly("How Did You Hear About Us?",
                "Have you previously worked for " + replica.tenant().company() + "?", "Country", "First Name",
                "Last Name", "Address Line 1", "City", "Postal Code", "Phone Device Type", "Phone Number");
        assertThat(asked).allSatisfy(question -> assertThat(question.id()).startsWith("myInformation."));
        assertThat(asked).filteredOn(question -> question.label().equals("Country")).singleElement()
                .satisfies(question -> {
                    assertThat(question.type()).isEqualTo(QuestionType.SINGLE_SELECT);
                    assertThat(question.required()).isTrue();
                    assertThat(question.options()).extracting(Option::label).containsExactly(
                            "United States of America", "United Kingdom", "France", "Germany");
                });
        assertThat(asked).filteredOn(question -> question.label().startsWith("How Did You Hear")).singleElement()
                .satisfies(question -> {
                    assertThat(question.type()).isEqualTo(QuestionType.MULTI_SELECT);
                    assertThat(question.options()).extracting(Option::label)
                            .contains("Company Website", "LinkedIn", "Indeed", "Employee Referral")
                            .doesNotContain("Job Board");
                });
        assertThat(asked).filteredOn(question -> question.label().startsWith("Have you previously")).singleElement()
                .satisfies(question -> assertThat(question.type()).isEqualTo(QuestionType.YES_NO));
        assertThat(asked).filteredOn(question -> !question.required()).extracting(Question::label)
                .containsExactly("Address Line 1", "Postal Code");
        // and the values the replica saved
        WorkdayStepSave saved = replica.savedSteps().get(replica.savedSteps().size() - 1);
        assertThat(saved.email()).isEqualTo(email);
        assertThat(saved.values()).containsEntry("source", List.of("LinkedIn"))
                .containsEntry("previousWorker", List.of("No")).containsEntry("country", List.of("France"))
                .containsEntry("firstName", List.of("Ada")).containsEntry("lastName", List.of("Lovelace"))
                .containsEntry("city", List.of("Lyon")).containsEntry("addressLine1", List.of())
                .containsEntry("phoneDeviceType", List.of("Mobile"))
                .containsEntry("phoneNumber", List.of("+33 4 72 00 00 00"));
        assertThat(result.answers().answers()).hasSize(9);
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_say_which_required_question_has_no_answer_when_the_context_has_none(UiGeneration ui)
            throws IOException {
        // given
        signIn(ui, "unanswered." + ui.name().toLowerCase() + "@example.org");
        boolean legacy = ui == UiGeneration.LEGACY;
        Map<String, List<String>> answers = new java.util.HashMap<>(myInformationAnswers(legacy));
        answers.keySet().removeIf(id -> id.contains("irstName"));
        TestApplyContext context = context(answers);

        // when / then
        assertThatThrownBy(() -> WorkdayStepForm.fill(page, container(legacy ? "contactInformationPage"
                : "applyFlowMyInfoPage"), "myInformation", context))
                .isInstanceOfSatisfying(NyxException.class, error ->
                        assertThat(error.code()).isEqualTo(ErrorCode.INPUT_REQUIRED))
                .hasMessageContaining("'First Name'");
    }

    private static Map<String, List<String>> myInformationAnswers(boolean legacy) {
        return legacy ? Map.of(
                "myInformation.source", List.of("LinkedIn"),
                "myInformation.previousWorker", List.of("No"),
                "myInformation.countryDropdown", List.of("France"),
                "myInformation.legalNameSection_firstName", List.of("Ada"),
                "myInformation.legalNameSection_lastName", List.of("Lovelace"),
                "myInformation.addressSection_city", List.of("Lyon"),
                "myInformation.addressSection_postalCode", List.of("69001"),
                "myInformation.phone-device-type", List.of("Mobile"),
                "myInformation.phone-number", List.of("+33 4 72 00 00 00"))
                : Map.of(
                "myInformation.source--source", List.of("LinkedIn"),
                "myInformation.candidateIsPreviousWorker", List.of("no"),
                "myInformation.country--country", List.of("France"),
                "myInformation.name--legalName--firstName", List.of("Ada"),
                "myInformation.name--legalName--lastName", List.of("Lovelace"),
                "myInformation.address--city", List.of("Lyon"),
                "myInformation.address--postalCode", List.of("69001"),
                "myInformation.phoneNumber--phoneType", List.of("Mobile"),
                "myInformation.phoneNumber--phoneNumber", List.of("+33 4 72 00 00 00"));
    }

    private TestApplyContext context(Map<String, List<String>> answers) throws IOException {
        List<Answer> given = new ArrayList<>();
        answers.forEach((id, values) -> given.add(new Answer(id, id, values, AnswerSource.BANK, 1.0, List.of(),
                TokenUsage.NONE)));
        Path resume = Files.writeString(folder.resolve("Ada Lovelace CV.pdf"), "%PDF-1.4 a resume");
        return TestApplyContext.builder(page).resume(resume).evidenceDirectory(folder.resolve("evidence"))
                .stepTimeout(Duration.ofSeconds(5)).stepAnswers(new AnswerSet(given)).build();
    }

    private Locator container(String automationId) {
        Locator container = page.locator("[data-automation-id=" + automationId + "]");
        container.waitFor();
        return container;
    }

    private WorkdayReplica signIn(UiGeneration ui, String email) {
        WorkdayReplica replica = replicas.get(ui);
        replica.accounts().put(email, PASSWORD, false);
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
