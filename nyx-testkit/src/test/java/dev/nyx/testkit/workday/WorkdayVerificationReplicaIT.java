package dev.nyx.testkit.workday;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.mail.MailReplica;
import dev.nyx.testkit.mail.ReceivedMail;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A tenant that verifies emails: the mail over SMTP, sign-in refused until its link is opened or code entered. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayVerificationReplicaIT {
    private static final Pattern LINK = Pattern.compile("https?://\\S+/replica/account/verify\\?token=[0-9a-f]+");
    private static final Pattern CODE = Pattern.compile("verification code: (?:<b>)?(\\d{6})");
    private ReplicaServer server;
    private MailReplica mail;
    private WorkdayReplica replica;
    private TestBrowser browser;
    private Page page;

    @BeforeAll
    void start() {
        server = ReplicaServer.start();
        mail = MailReplica.start();
        WorkdayTenant tenant = WorkdayTenant.of("initech.wd1.myworkdayjobs.com", "External", "Initech",
                UiGeneration.LEGACY);
        replica = WorkdayReplica.start(server, tenant, WorkdayFixtures.postings(),
                WorkdayWizard.standard(tenant.company()).withVerifyEmail(true)).sendMailVia(mail);
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
        mail.close();
        server.close();
    }

    @Test
    void should_refuse_sign_in_until_the_mailed_link_is_opened_when_the_tenant_verifies_emails() {
        // given
        String email = "link@example.org";
        createAccount(email);
        assertThat(page.locator("[data-automation-id=errorMessage]").innerText()).contains("verify your account");
        signIn(email);
        assertThat(page.locator("[data-automation-id=errorMessage]").innerText())
                .isEqualTo(WorkdayAccounts.UNVERIFIED);
        ReceivedMail received = mailTo(email);
        assertThat(received.subject()).contains("Initech").contains("Verify");
        Matcher link = LINK.matcher(received.text());
        assertThat(link.find()).isTrue();

        // when
        page.navigate(link.group());

        // then
        page.locator("[data-automation-id=emailVerified]").waitFor();
        assertThat(replica.accounts().verified(email)).isTrue();
        signIn(email);
        page.locator("[data-automation-id=contactInformationPage]").waitFor();
    }

    @Test
    void should_verify_the_account_when_the_mailed_code_is_entered() {
        // given
        String email = "code@example.org";
        createAccount(email);
        Matcher code = CODE.matcher(mailTo(email).text());
        assertThat(code.find()).isTrue();
        Locator form = page.locator("[data-automation-id=verifyEmailForm]");

        // when
        form.locator("[data-automation-id=verificationCode]").fill(code.group(1));
        form.locator("[data-automation-id=verifyEmailSubmitButton]").click();

        // then
        Locator message = page.locator("body > [data-automation-id=errorMessage]");
        page.waitForCondition(() -> message.innerText().contains("has been verified"));
        assertThat(replica.accounts().verified(email)).isTrue();
        signIn(email);
        page.locator("[data-automation-id=contactInformationPage]").waitFor();
    }

    private void createAccount(String email) {
        page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
        Locator form = page.locator("[data-automation-id=createAccountForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(WorkdayWizardReplicaIT.PASSWORD);
        form.locator("[data-automation-id=verifyPassword]").fill(WorkdayWizardReplicaIT.PASSWORD);
        form.locator("[data-automation-id=createAccountCheckbox]").check();
        form.locator("[data-automation-id=click_filter]").click();
        page.locator("[data-automation-id=verifyEmailForm]").waitFor();
    }

    private void signIn(String email) {
        if (page.locator("[data-automation-id=signInForm]").isHidden()) {
            page.navigate(replica.applyManuallyUrl(WorkdayFixtures.JAVA_ENGINEER).toString());
            page.locator("[data-automation-id=signInLink]").click();
        }
        Locator form = page.locator("[data-automation-id=signInForm]");
        form.locator("[data-automation-id=email]").fill(email);
        form.locator("[data-automation-id=password]").fill(WorkdayWizardReplicaIT.PASSWORD);
        page.locator("[data-automation-id=errorMessage]").evaluate("node => node.textContent = ''");
        form.locator("[data-automation-id=click_filter]").click();
        page.locator("[data-automation-id=progressBar], body > [data-automation-id=errorMessage]:not(:empty)").first()
                .waitFor();
    }

    private ReceivedMail mailTo(String email) {
        return mail.received().stream().filter(found -> found.to().contains(email)).findFirst().orElseThrow();
    }
}
