package dev.nyx.testkit.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestBrowser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Workday replica through a real browser: the Apply dialog and the account page with its rules and traps
 * (the wizard step after it: {@link WorkdayWizardReplicaIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayReplicaIT {
    private static final String STRONG = "Str0ng!Passw0rd";
    private ReplicaServer server;
    private WorkdayReplica replica;
    private TestBrowser browser;
    private Page page;

    @BeforeAll
    void start() {
        server = ReplicaServer.start();
        replica = WorkdayReplica.start(server, WorkdayFixtures.NORTHWIND, WorkdayFixtures.postings());
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

    @Test
    void should_offer_the_three_ways_to_apply_when_apply_is_clicked() {
        // given
        page.navigate(replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER).toString());

        // when
        page.locator("[data-automation-id=adventureButton]").click();

        // then
        Locator dialog = page.locator("[role=dialog]");
        assertThat(dialog.locator("h2").textContent()).isEqualTo("Start Your Application");
        assertThat(dialog.locator("[data-automation-id]").all()).extracting(item -> item.getAttribute("data-automation-id"))
                .containsExactly("autofillWithResume", "applyManually", "useMyLastApplication");
        dialog.locator("[data-automation-id=applyManually]").click();
        assertThat(page.locator("[data-automation-id=createAccountForm]").isVisible()).isTrue();
    }

    @Test
    void should_create_the_account_and_sign_in_when_the_overlay_is_clicked_with_a_strong_password() {
        // given
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        fillCreate("new.candidate@example.org", STRONG, STRONG);

        // when
        page.locator("[data-automation-id=createAccountForm] [data-automation-id=click_filter]").click();

        // then
        page.locator("[data-automation-id=contactInformationPage]").waitFor();
        assertThat(replica.accounts().find("New.Candidate@example.org")).isPresent();
    }

    @Test
    void should_not_submit_when_the_button_under_the_overlay_is_clicked_directly() {
        // given
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        fillCreate("direct.click@example.org", STRONG, STRONG);
        Locator button = page.locator("[data-automation-id=createAccountSubmitButton]");

        // when / then
        assertThatThrownBy(() -> button.click(new Locator.ClickOptions().setTimeout(1_000)))
                .isInstanceOf(PlaywrightException.class);
        button.evaluate("button => button.click()");
        page.waitForTimeout(300);
        assertThat(replica.accounts().find("direct.click@example.org")).isEmpty();
    }

    @Test
    void should_show_the_rule_when_the_password_is_weak_or_does_not_match_or_terms_are_not_accepted() {
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());

        assertThat(create("weak@example.org", "password1", "password1", true)).isEqualTo(WorkdayAccounts.WEAK_PASSWORD);
        assertThat(create("weak@example.org", STRONG, STRONG + "x", true)).isEqualTo(WorkdayAccounts.PASSWORDS_DIFFER);
        assertThat(create("weak@example.org", STRONG, STRONG, false)).isEqualTo(WorkdayAccounts.TERMS);
        assertThat(replica.accounts().find("weak@example.org")).isEmpty();
    }

    @Test
    void should_refuse_a_second_account_when_the_email_has_one() {
        // given
        replica.accounts().put("taken@example.org", STRONG, false);
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());

        // when
        String error = create("TAKEN@example.org", STRONG, STRONG, true);

        // then
        assertThat(error).isEqualTo(WorkdayAccounts.DUPLICATE);
    }

    @Test
    void should_lock_the_account_when_the_password_is_wrong_too_often() {
        // given
        replica.accounts().put("forgetful@example.org", STRONG, false);
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        page.locator("[data-automation-id=signInLink]").click();

        // when
        List<String> errors = List.of(signIn("forgetful@example.org", "Wr0ng!one"),
                signIn("forgetful@example.org", "Wr0ng!two"), signIn("forgetful@example.org", "Wr0ng!three"),
                signIn("forgetful@example.org", STRONG));

        // then
        assertThat(errors).containsExactly(WorkdayAccounts.WRONG_PASSWORD, WorkdayAccounts.WRONG_PASSWORD,
                WorkdayAccounts.LOCKED, WorkdayAccounts.LOCKED);
    }

    @Test
    void should_sign_in_when_the_stored_password_is_given() {
        // given
        replica.accounts().put("returning@example.org", STRONG, false);
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.DATA_ANALYST).toString());
        page.locator("[data-automation-id=utilityButtonSignIn]").click();
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.locator("[data-automation-id=email]").fill("returning@example.org");
        form.locator("[data-automation-id=password]").fill(STRONG);

        // when
        form.locator("[data-automation-id=click_filter]").click();

        // then
        page.locator("[data-automation-id=progressBarActiveStep]").waitFor();
        assertThat(page.locator("[data-automation-id=progressBarActiveStep]").innerText()).contains("My Information");
    }

    @Test
    void should_refuse_without_saying_why_when_the_honeypot_is_filled() {
        // given
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        int before = replica.honeypotHits();
        page.locator("[data-automation-id=createAccountForm] [data-automation-id=beecatcher]")
                .evaluate("input => { input.value = 'http://spam.example'; }");

        // when
        String error = create("bot@example.org", STRONG, STRONG, true);

        // then
        assertThat(error).isEqualTo("Something went wrong. Please try again.");
        assertThat(replica.honeypotHits()).isEqualTo(before + 1);
        assertThat(replica.accounts().find("bot@example.org")).isEmpty();
    }

    @Test
    void should_show_something_went_wrong_once_and_the_page_on_reload_when_a_load_fails() {
        // given
        replica.failNextPageLoads(1);

        // when
        page.navigate(replica.applyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        String first = page.locator("[data-automation-id=errorMessage]").textContent();
        page.reload();

        // then
        assertThat(first).startsWith("Something went wrong.");
        assertThat(page.locator("[role=dialog] h2").textContent()).isEqualTo("Start Your Application");
    }

    private void fillCreate(String email, String password, String verify) {
        Locator form = page.locator("[data-automation-id=createAccountForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(password);
        form.locator("[data-automation-id=verifyPassword]").fill(verify);
        form.locator("[data-automation-id=createAccountCheckbox]").check();
    }

    private String create(String email, String password, String verify, boolean agree) {
        fillCreate(email, password, verify);
        if (!agree) {
            page.locator("[data-automation-id=createAccountCheckbox]").uncheck();
        }
        page.locator("[data-automation-id=createAccountForm] [data-automation-id=click_filter]").click();
        return shownError();
    }

    private String signIn(String email, String password) {
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(password);
        form.locator("[data-automation-id=click_filter]").click();
        return shownError();
    }

    private String shownError() {
        Locator error = page.locator("[data-automation-id=errorMessage]");
        error.waitFor();
        String text = error.textContent();
        page.evaluate("() => { const e = document.querySelector('[data-automation-id=errorMessage]');"
                + " e.hidden = true; e.textContent = ''; }");
        return text;
    }
}
