package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.core.mail.ImapMailbox;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.Experience;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Work;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.mail.MailReplica;
import dev.nyx.testkit.workday.UiGeneration;
import dev.nyx.testkit.workday.WorkdayField;
import dev.nyx.testkit.workday.WorkdayFieldKind;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayPosting;
import dev.nyx.testkit.workday.WorkdayReplica;
import dev.nyx.testkit.workday.WorkdayStep;
import dev.nyx.testkit.workday.WorkdaySubmission;
import dev.nyx.testkit.workday.WorkdayTenant;
import dev.nyx.testkit.workday.WorkdayWizard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whole Workday applications through the adapter's {@code fill} and {@code submit} on replica tenants running the
 * standard wizard, with a real encrypted vault, a mailbox on a GreenMail server and the real step filler: the
 * account created and the email verified, every step filled and saved, one submission; the same tenant's second
 * posting signed in; a refused save, a required question without an answer, an unknown step, a session that expires
 * mid-wizard, "already applied", each with a clear code and reason and never a second Submit.
 */
class WorkdayApplyFlowIT {
    private static final String EMAIL = "ada.lovelace@example.com";
    private static final Experience EXPERIENCE = new Experience(List.of(
            new Work("Analytical Engines Ltd", Optional.of("Senior Software Engineer"), Optional.empty(),
                    PartialDate.parse("2019-03"), Optional.empty(), Optional.of("Builds the engine's software."),
                    List.of()),
            new Work("Babbage & Co", Optional.of("Software Engineer"), Optional.empty(), PartialDate.parse("2015-09"),
                    PartialDate.parse("2019-02"), Optional.of("Wrote the first loops."), List.of())),
            List.of(new Education("University of London", Optional.of("Mathematics"), Optional.of("Master"),
                    PartialDate.parse("2010-10"), PartialDate.parse("2012-07"), Optional.of("1.3"))));

    @TempDir
    Path folder;

    private WorkdayHarness harness;
    private MailReplica mail;
    private EncryptedFileVault vault;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_create_the_account_verify_the_email_fill_every_step_and_submit_once(UiGeneration ui) throws Exception {
        // given: a tenant that verifies new accounts' emails
        start(tenant(ui), true);
        TestApplyContext context = context(true);
        WorkdayAdapter adapter = harness.adapter(Map.of(WorkdayAdapter.RELOAD_PAUSE_SETTING, "10ms"));
        JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER), context);

        // when
        adapter.fill(posting, new AnswerSet(List.of()), context);
        Confirmation confirmation = adapter.submit(posting, context);

        // then
        assertThat(confirmation.message()).containsIgnoringCase("thank you for applying");
        assertThat(mail.received()).singleElement().satisfies(received -> assertThat(received.to())
                .containsExactly(EMAIL));
        assertThat(vault.account(harness.replica.tenant().host())).isPresent();
        assertThat(harness.replica.submissions()).singleElement().satisfies(submission -> {
            assertThat(submission.email()).isEqualTo(EMAIL);
            assertThat(submission.value("myInformation", "country")).containsExactly("France");
            assertThat(submission.value("myInformation", "source")).containsExactly("LinkedIn");
            assertThat(submission.work()).hasSize(2);
            assertThat(submission.work().get(1)).containsEntry("startDate", "09/2015")
                    .containsEntry("endDate", "02/2019");
            assertThat(submission.education()).singleElement().satisfies(school ->
                    assertThat(school).containsEntry("school", "University of London"));
            assertThat(submission.resumeBytes()).isEqualTo(Files.readAllBytes(harness.resume));
            assertThat(submission.value("voluntaryDisclosures", "gender")).containsExactly("I do not wish to answer.");
        });
    }

    @Test
    void should_sign_in_with_the_stored_account_and_create_none_when_applying_to_a_second_posting() throws Exception {
        // given: a first application made the account
        start(tenant(UiGeneration.LEGACY), false);
        applyTo(WorkdayFixtures.JAVA_ENGINEER, context(false));

        // when
        applyTo(WorkdayFixtures.DATA_ANALYST, context(false));

        // then
        assertThat(harness.replica.accounts().count()).isEqualTo(1);
        assertThat(harness.replica.submissions()).extracting(WorkdaySubmission::jobReqId)
                .containsExactly(WorkdayFixtures.JAVA_ENGINEER, WorkdayFixtures.DATA_ANALYST);
    }

    @Test
    void should_fail_naming_the_step_and_the_message_when_workday_refuses_a_save() throws Exception {
        // given
        start(tenant(UiGeneration.FKIT), false);
        harness.replica.refuseNextSave("myInformation", "city", "Error: Enter a city that exists.");

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class,
                () -> applyTo(WorkdayFixtures.JAVA_ENGINEER, context(false)));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.FORM_REJECTED);
        assertThat(thrown.getMessage()).contains("My Information", "Enter a city that exists");
        assertThat(harness.replica.submissions()).isEmpty();
    }

    @Test
    void should_let_the_missing_answer_stop_the_application_when_a_step_asks_a_question_without_one() throws Exception {
        // given: the context has no answer for the relocation question
        start(tenant(UiGeneration.LEGACY), false);
        TestApplyContext context = context(false, Set.of("relocate"));

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class,
                () -> applyTo(WorkdayFixtures.JAVA_ENGINEER, context));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.INPUT_REQUIRED);
        assertThat(harness.replica.submissions()).isEmpty();
        assertThat(harness.replica.savedSteps()).extracting(save -> save.step())
                .doesNotContain("applicationQuestions");
    }

    @Test
    void should_fail_with_the_steps_title_and_a_screenshot_when_a_step_is_unknown() throws Exception {
        // given: an "Assessment" step before Review
        WorkdayTenant tenant = tenant(UiGeneration.FKIT);
        WorkdayWizard wizard = WorkdayWizard.standard(tenant.company()).withStepBefore(WorkdayStep.REVIEW,
                new WorkdayStep("assessment", "Online Assessment", "assessmentPage", "applyFlowAssessmentPage",
                        List.of(WorkdayField.of("score", WorkdayFieldKind.TEXT, "Score", true, "score",
                                "assessment--score")), Set.of()));
        start(tenant, wizard);

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class,
                () -> applyTo(WorkdayFixtures.JAVA_ENGINEER, context(false)));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.UNSUPPORTED_SITE);
        assertThat(thrown.getMessage()).contains("'Online Assessment'", "Screenshot: ");
        String shot = thrown.getMessage().replaceFirst("(?s).*Screenshot: (\\S+\\.png).*", "$1");
        assertThat(Path.of(shot)).exists().isNotEmptyFile();
        assertThat(harness.replica.submissions()).isEmpty();
        assertThat(harness.replica.savedSteps()).extracting(save -> save.step()).doesNotContain("assessment");
    }

    @Test
    void should_sign_in_again_and_go_on_when_the_session_expires_mid_wizard() throws Exception {
        // given: the session ends just before the second save reaches the tenant
        start(tenant(UiGeneration.LEGACY), false);
        TestApplyContext context = context(false);
        AtomicInteger saves = new AtomicInteger();
        context.page().route("**/replica/wizard/save", route -> {
            if (saves.incrementAndGet() == 2) {
                harness.replica.expireSessions();
            }
            route.resume();
        });

        // when
        applyTo(WorkdayFixtures.JAVA_ENGINEER, context);

        // then
        assertThat(harness.replica.submissions()).hasSize(1);
        assertThat(harness.replica.accounts().count()).isEqualTo(1);
        assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("session expired"));
    }

    @Test
    void should_fail_as_transient_when_the_session_expires_again_after_signing_in_anew() throws Exception {
        // given: every save after the first finds the session ended
        start(tenant(UiGeneration.LEGACY), false);
        TestApplyContext context = context(false);
        AtomicInteger saves = new AtomicInteger();
        context.page().route("**/replica/wizard/save", route -> {
            if (saves.incrementAndGet() >= 2) {
                harness.replica.expireSessions();
            }
            route.resume();
        });

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class,
                () -> applyTo(WorkdayFixtures.JAVA_ENGINEER, context));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(thrown.getMessage()).contains("expired again");
        assertThat(harness.replica.submissions()).isEmpty();
    }

    @Test
    void should_say_already_submitted_and_submit_nothing_when_the_posting_was_applied_to() throws Exception {
        // given
        start(tenant(UiGeneration.FKIT), false);
        applyTo(WorkdayFixtures.JAVA_ENGINEER, context(false));

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class,
                () -> applyTo(WorkdayFixtures.JAVA_ENGINEER, context(false)));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.ALREADY_SUBMITTED);
        assertThat(harness.replica.submissions()).hasSize(1);
    }

    private Confirmation applyTo(String jobReqId, TestApplyContext context) {
        WorkdayAdapter adapter = harness.adapter(Map.of(WorkdayAdapter.RELOAD_PAUSE_SETTING, "10ms"));
        JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(jobReqId), context);
        adapter.fill(posting, new AnswerSet(List.of()), context);
        return adapter.submit(posting, context);
    }

    private static WorkdayTenant tenant(UiGeneration ui) {
        return ui == UiGeneration.LEGACY ? WorkdayFixtures.NORTHWIND : WorkdayFixtures.CONTOSO;
    }

    private void start(WorkdayTenant tenant, boolean verifyEmail) {
        start(tenant, WorkdayWizard.standard(tenant.company()).withVerifyEmail(verifyEmail));
    }

    private void start(WorkdayTenant tenant, WorkdayWizard wizard) {
        List<WorkdayPosting> postings = WorkdayFixtures.postings();
        harness = new WorkdayHarness(folder, tenant, postings, wizard);
        mail = MailReplica.start().withUser(EMAIL, "ada", "mail-pass-1");
        harness.replica.sendMailVia(mail);
        vault = new EncryptedFileVault(folder.resolve("credentials.vault"), new NyxConfig.Vault(Optional.empty(),
                Optional.of(Base64.getEncoder().encodeToString(new byte[32])), Optional.empty()), 210_000,
                new SecureRandom());
    }

    private TestApplyContext context(boolean withMailbox) {
        return context(withMailbox, Set.of());
    }

    /** A context answering every question of the standard wizard but {@code unanswered}. */
    private TestApplyContext context(boolean withMailbox, Set<String> unanswered) {
        UiGeneration ui = harness.replica.tenant().ui();
        List<Answer> answers = new ArrayList<>();
        Map<String, Map<String, String>> values = Map.of(
                "myInformation", Map.of("source", "LinkedIn", "previousWorker", "No", "country", "France",
                        "firstName", "Ada", "lastName", "Lovelace", "city", "Lyon", "phoneDeviceType", "Mobile",
                        "phoneNumber", "+33 4 72 00 00 00"),
                "myExperience", Map.of("linkedIn", "https://www.linkedin.com/in/ada"),
                "applicationQuestions", Map.of("workAuthorization", "Yes", "sponsorship", "No",
                        "experienceYears", "5-10 years", "relocate", "No"),
                "voluntaryDisclosures", Map.of("gender", "I do not wish to answer.", "hispanicOrLatino", "No",
                        "ethnicity", "I do not wish to answer.", "veteranStatus", "I do not wish to self-identify",
                        "acceptTermsAndAgreements", "Yes"),
                "selfIdentify", Map.of("name", "Ada Lovelace", "disabilityStatus", "I do not want to answer"));
        values.forEach((step, fields) -> fields.forEach((field, value) -> {
            if (!unanswered.contains(field)) {
                String id = id(ui, step, field);
                answers.add(new Answer(id, id, List.of(value), AnswerSource.BANK, 1.0, List.of(), TokenUsage.NONE));
            }
        }));
        TestApplyContext.Builder builder = harness.contextBuilder().stepTimeout(Duration.ofSeconds(10))
                .vault(vault, EMAIL).stepAnswers(new AnswerSet(answers)).experience(EXPERIENCE);
        if (withMailbox) {
            builder.mailbox(new ImapMailbox(mail.mailboxSettings("ada", "mail-pass-1", Duration.ofMillis(100)), true,
                    Optional.empty(), Clock.systemUTC()));
        }
        return builder.build();
    }

    /** The id the step filler gives a field: the step key and the control's id (legacy automation id, fkit id). */
    private String id(UiGeneration ui, String step, String fieldKey) {
        WorkdayField field = harness.replica.wizard().step(step).flatMap(found -> found.field(fieldKey)).orElseThrow();
        String pageId = ui == UiGeneration.LEGACY ? field.legacyId() : field.fkitId();
        if (field.kind() == WorkdayFieldKind.DATE && ui == UiGeneration.FKIT) {
            pageId = field.wrapperId(ui).replaceFirst("^formField-", "");
        }
        return step + "." + pageId;
    }
}
