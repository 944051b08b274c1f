package dev.nyx.testkit.workday;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestBrowser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The replica's "My Information" step in both UI generations, driven the way Workday's widgets need. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayWizardReplicaIT {
    private static final String PASSWORD = "Str0ng!Passw0rd";
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
        WorkdayReplica replica = signIn(ui, "empty." + ui.name().toLowerCase() + "@example.org");
        int before = replica.savedSteps().size();

        // when
        next(ui).click();

        // then
        Locator banner = page.locator("[data-automation-id=errorBanner]");
        banner.waitFor();
        assertThat(banner.innerText()).contains("Errors Found")
                .contains("Error: The field First Name is required and must have a value.")
                .contains("Error: The field How Did You Hear About Us? is required and must have a value.")
                .doesNotContain("Postal Code");
        assertThat(replica.savedSteps()).hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_save_the_step_when_every_widget_is_driven_like_workday_needs(UiGeneration ui) {
        // given
        String email = "ada." + ui.name().toLowerCase() + "@example.org";
        WorkdayReplica replica = signIn(ui, email);
        boolean legacy = ui == UiGeneration.LEGACY;
        assertThat(page.locator(legacy ? "[data-automation-id=contactInformationPage]"
                : "[data-automation-id=applyFlowMyInfoPage]").count()).isEqualTo(1);

        // when: the multi-select by category, then by search + Enter
        Locator source = page.locator("[data-automation-id=formField-source]");
        source.locator("[data-automation-id=searchBox]").click();
        Locator popup = page.locator("body > [data-automation-widget=wd-popup][data-associated-widget=ms-source]");
        popup.locator("[data-automation-id=promptOption]", new Locator.LocatorOptions().setHasText("Job Board")).click();
        popup.locator("[data-automation-id=promptLeafNode] [data-automation-id=promptOption]",
                new Locator.LocatorOptions().setHasText("LinkedIn")).click();
        source.locator("[data-automation-id=searchBox]").fill("Indeed");
        source.locator("[data-automation-id=searchBox]").press("Enter");
        // radios, dropdowns (click and pick; type and Enter), texts
        page.locator(legacy ? "[data-automation-id=previousWorker] input[id=\"2\"]"
                : "[id=candidateIsPreviousWorker-no]").check();
        Locator country = page.locator(legacy ? "[data-automation-id=countryDropdown]" : "[id=\"country--country\"]");
        country.click();
        assertThat(country.getAttribute("aria-expanded")).isEqualTo("true");
        page.locator("body > [data-automation-widget=wd-popup] #" + country.getAttribute("aria-controls")
                + " [data-automation-label=\"France\"]").click();
        assertThat(country.getAttribute("aria-expanded")).isNull();
        Locator device = page.locator(legacy ? "[data-automation-id=phone-device-type]" : "[id=\"phoneNumber--phoneType\"]");
        device.click();
        device.press("M");
        device.press("o");
        device.press("Enter");
        text(legacy ? "legalNameSection_firstName" : "name--legalName--firstName", "Ada", legacy);
        text(legacy ? "legalNameSection_lastName" : "name--legalName--lastName", "Lovelace", legacy);
        text(legacy ? "addressSection_city" : "address--city", "Lyon", legacy);
        text(legacy ? "phone-number" : "phoneNumber--phoneNumber", "+33 4 72 00 00 00", legacy);
        next(ui).click();

        // then
        page.locator("[data-automation-id=replicaWizardNotModelled]").waitFor();
        assertThat(page.locator("[data-automation-id=progressBarActiveStep]").innerText()).contains("My Experience");
        WorkdayStepSave saved = replica.savedSteps().get(replica.savedSteps().size() - 1);
        assertThat(saved.email()).isEqualTo(email);
        assertThat(saved.step()).isEqualTo("myInformation");
        assertThat(saved.values()).containsEntry("source", List.of("LinkedIn", "Indeed"))
                .containsEntry("previousWorker", List.of("No")).containsEntry("country", List.of("France"))
                .containsEntry("phoneDeviceType", List.of("Mobile")).containsEntry("firstName", List.of("Ada"))
                .containsEntry("lastName", List.of("Lovelace")).containsEntry("city", List.of("Lyon"))
                .containsEntry("addressLine1", List.of()).containsEntry("phoneNumber", List.of("+33 4 72 00 00 00"));
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_say_the_session_expired_and_save_nothing_when_the_session_timed_out(UiGeneration ui) {
        // given
        boolean legacy = ui == UiGeneration.LEGACY;
        WorkdayReplica replica = signIn(ui, "slow." + ui.name().toLowerCase() + "@example.org");
        Locator source = page.locator("[data-automation-id=formField-source] [data-automation-id=searchBox]");
        source.fill("Company Website");
        source.press("Enter");
        page.locator(legacy ? "[data-automation-id=previousWorker] input[id=\"1\"]"
                : "[id=candidateIsPreviousWorker-yes]").check();
        for (String[] dropdown : new String[][] {{legacy ? "countryDropdown" : "country--country", "Germany"},
                {legacy ? "phone-device-type" : "phoneNumber--phoneType", "Home"}}) {
            Locator button = page.locator(legacy ? "[data-automation-id=\"" + dropdown[0] + "\"]" : "[id=\"" + dropdown[0] + "\"]");
            button.click();
            page.locator("body > [data-automation-widget=wd-popup] [data-automation-label=\"" + dropdown[1] + "\"]").click();
        }
        text(legacy ? "legalNameSection_firstName" : "name--legalName--firstName", "Ada", legacy);
        text(legacy ? "legalNameSection_lastName" : "name--legalName--lastName", "Lovelace", legacy);
        text(legacy ? "addressSection_city" : "address--city", "Berlin", legacy);
        text(legacy ? "phone-number" : "phoneNumber--phoneNumber", "+49 30 000000", legacy);
        int before = replica.savedSteps().size();
        replica.expireSessions();

        // when
        next(ui).click();

        // then
        Locator banner = page.locator("[data-automation-id=errorBanner]");
        banner.waitFor();
        assertThat(banner.innerText()).contains("Your session has expired. Sign in again.");
        assertThat(replica.savedSteps()).hasSize(before);
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

    private void text(String id, String value, boolean legacy) {
        page.locator(legacy ? "[data-automation-id=\"" + id + "\"]" : "[id=\"" + id + "\"]").fill(value);
    }
}
