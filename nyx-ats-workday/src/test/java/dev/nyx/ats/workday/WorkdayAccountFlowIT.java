package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.ats.workday.internal.WizardScreen;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.workday.UiGeneration;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayTenant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start of a Workday application on the replica tenant, through the adapter's {@code fill}: the "Start Your
 * Application" dialog, the candidate account (created into a real encrypted vault, or signed in with the stored one),
 * the account page's refusals as clear reasons, and "Something went wrong" reloaded. Each test checks where the
 * browser got to and what the tenant and the vault hold, not how far the steps after the account page went.
 */
class WorkdayAccountFlowIT {
    private static final String EMAIL = "ada.lovelace@example.com";
    private static final String HOST = WorkdayFixtures.NORTHWIND.host();

    @TempDir
    Path folder;

    private WorkdayHarness harness;
    private EncryptedFileVault vault;

    @BeforeEach
    void start() {
        harness = new WorkdayHarness(folder);
        vault = new EncryptedFileVault(folder.resolve("credentials.vault"), new NyxConfig.Vault(Optional.empty(),
                Optional.of(Base64.getEncoder().encodeToString(new byte[32])), Optional.empty()), 210_000,
                new SecureRandom());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void should_create_the_account_into_the_vault_and_reach_the_wizard_when_none_is_stored() throws Exception {
        // given
        TestApplyContext context = context();

        // when
        catchThrowable(() -> fill(context));

        // then: the vault holds the account the tenant now has, encrypted; the browser is past the account page
        SiteAccount stored = vault.account(HOST).orElseThrow();
        assertThat(stored.email()).isEqualTo(EMAIL);
        assertThat(harness.replica.accounts().find(EMAIL)).get().satisfies(account ->
                assertThat(account.password()).isEqualTo(stored.password().reveal()));
        assertThat(harness.replica.honeypotHits()).isZero();
        String file = new String(Files.readAllBytes(folder.resolve("credentials.vault")), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain(EMAIL).doesNotContain(stored.password().reveal());
        assertPastTheAccountPage(context);
        assertThat(context.notes()).allSatisfy(note -> assertThat(note).doesNotContain(EMAIL)
                .doesNotContain(stored.password().reveal()));
    }

    @Test
    void should_sign_in_with_the_stored_account_and_create_none_when_the_vault_has_one() {
        // given
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of("Stored-Pass-1!x"), false));
        harness.replica.accounts().put(EMAIL, "Stored-Pass-1!x", false);
        TestApplyContext context = context();

        // when
        catchThrowable(() -> fill(context));

        // then
        assertThat(harness.replica.accounts().count()).isEqualTo(1);
        assertThat(harness.replica.accounts().find(EMAIL).orElseThrow().failures()).isZero();
        assertPastTheAccountPage(context);
    }

    @Test
    void should_wait_for_the_candidate_and_stop_using_the_account_when_the_stored_password_is_wrong() {
        // given
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of("Old-Pass-1!xyz"), false));
        harness.replica.accounts().put(EMAIL, "New-Pass-2!xyz", false);

        // when
        NyxException first = catchThrowableOfType(NyxException.class, () -> fill(context()));
        NyxException second = catchThrowableOfType(NyxException.class, () -> fill(context()));

        // then: a clear reason without secrets, and the second application does not try the password again
        assertThat(first.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
        assertThat(first.getMessage()).contains(HOST, "refused the password", "nyx credentials set " + HOST)
                .doesNotContain(EMAIL).doesNotContain("Old-Pass-1!xyz");
        assertThat(second.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
        assertThat(second.getMessage()).contains("nyx credentials set " + HOST);
        assertThat(harness.replica.accounts().find(EMAIL).orElseThrow().failures()).isEqualTo(1);
        assertThat(vault.account(HOST).orElseThrow().locked()).isTrue();
    }

    @Test
    void should_wait_for_the_candidate_when_the_tenant_says_the_account_is_locked() {
        // given
        vault.putAccount(new SiteAccount(HOST, EMAIL, Secret.of("Stored-Pass-1!x"), false));
        harness.replica.accounts().put(EMAIL, "Stored-Pass-1!x", true);

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () -> fill(context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
        assertThat(thrown.getMessage()).contains("is locked", HOST, "nyx credentials set").doesNotContain(EMAIL);
        assertThat(vault.account(HOST).orElseThrow().locked()).isTrue();
    }

    @Test
    void should_wait_for_the_candidate_when_the_tenant_has_an_account_for_the_email_the_vault_does_not_know() {
        // given
        harness.replica.accounts().put(EMAIL, "Someone-Else-1!", false);

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () -> fill(context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
        assertThat(thrown.getMessage()).contains("already has a candidate account", HOST, "nyx credentials set")
                .doesNotContain(EMAIL);
        assertThat(harness.replica.accounts().count()).isEqualTo(1);
    }

    @Test
    void should_reload_and_go_on_when_the_pages_say_something_went_wrong_twice() {
        // given
        harness.replica.failNextPageLoads(2);
        TestApplyContext context = context();

        // when
        catchThrowable(() -> fill(context));

        // then
        assertThat(harness.replica.accounts().find(EMAIL)).isPresent();
        assertPastTheAccountPage(context);
    }

    @Test
    void should_fail_as_transient_naming_the_page_when_it_keeps_saying_something_went_wrong() {
        // given
        harness.replica.failNextPageLoads(3);

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () -> fill(context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.NETWORK);
        assertThat(thrown.code().kind().isRetryable()).isTrue();
        assertThat(thrown.getMessage()).contains("Something went wrong", "/apply", "3 times");
        assertThat(harness.replica.accounts().count()).isZero();
    }

    @Test
    void should_use_the_last_application_when_configured_and_offered() {
        // when
        TestApplyContext context = fillIn(WorkdayFixtures.CONTOSO, "lastApplication");

        // then
        assertThat(context.page().url()).contains("/apply/useMyLastApplication");
        assertThat(harness.replica.accounts().find(EMAIL)).isPresent();
    }

    @Test
    void should_apply_manually_and_say_so_when_the_configured_mode_is_not_offered() {
        // given: a tenant whose dialog offers neither autofill nor the last application
        WorkdayTenant plain = new WorkdayTenant("fabrikam.wd3.myworkdayjobs.com", "fabrikam", "Jobs", "Fabrikam",
                UiGeneration.FKIT, false, false);

        // when
        TestApplyContext context = fillIn(plain, "autofill");

        // then
        assertThat(context.page().url()).contains("/apply/applyManually");
        assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("does not offer 'autofill'"));
        assertPastTheAccountPage(context);
    }

    private TestApplyContext fillIn(WorkdayTenant tenant, String mode) {
        harness.close();
        harness = new WorkdayHarness(folder, tenant, WorkdayFixtures.postings());
        TestApplyContext context = harness.contextBuilder().vault(vault, EMAIL).build();
        WorkdayAdapter adapter = harness.adapter(Map.of(WorkdayAdapter.APPLY_MODE_SETTING, mode));
        JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER), context);
        catchThrowable(() -> adapter.fill(posting, new AnswerSet(List.of()), context));
        return context;
    }

    private TestApplyContext context() {
        return harness.contextBuilder().vault(vault, EMAIL).build();
    }

    private void fill(TestApplyContext context) {
        WorkdayAdapter adapter = harness.adapter(Map.of(WorkdayAdapter.RELOAD_PAUSE_SETTING, "10ms"));
        JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER), context);
        adapter.fill(posting, new AnswerSet(List.of()), context);
    }

    private static void assertPastTheAccountPage(TestApplyContext context) {
        WizardScreen screen = WizardScreen.read(context.page());
        assertThat(screen.kind()).as(context.page().url()).isIn(WizardScreen.Kind.STEP, WizardScreen.Kind.UNKNOWN_STEP);
    }
}
