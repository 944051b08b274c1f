package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.mail.MailReplica;
import dev.nyx.testkit.workday.UiGeneration;
import dev.nyx.testkit.workday.WorkdayFieldKind;
import dev.nyx.testkit.workday.WorkdayField;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayReplica;
import dev.nyx.testkit.workday.WorkdayStep;
import dev.nyx.testkit.workday.WorkdaySubmission;
import dev.nyx.testkit.workday.WorkdayTenant;
import dev.nyx.testkit.workday.WorkdayWizard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Workday applications through the runner ({@code nyx apply}) and the real Workday plugin archive, on replica
 * tenants running the standard wizard, with a real encrypted credential vault and the candidate's mailbox on a
 * GreenMail server (issue 12, Done-when 1 to 3): the first application creates the account, verifies the email over
 * IMAP, completes every step and is submitted once with the profile's values; a second posting of the same tenant
 * signs in and creates no account; a wrong stored password, a locked account, a question the profile cannot answer,
 * a refused step, a session that expires mid-wizard and a page that says "Something went wrong" each end with a clear
 * status and reason, and none is submitted twice.
 */
class WorkdayApplyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VAULT_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String MAIL_LOGIN = "lena";
    private static final String MAIL_PASSWORD = "mail-pass-1";

    @TempDir
    Path temp;

    private ReplicaServer server;
    private MailReplica mail;
    private WorkdayReplica replica;
    private Path config;
    private Path profile;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @ParameterizedTest
    @EnumSource(UiGeneration.class)
    void should_create_the_account_verify_the_email_and_submit_every_step_once_on_a_first_application(UiGeneration ui)
            throws Exception {
        // given: a tenant that verifies a new account's email
        start(tenant(ui), wizard(tenant(ui)).withVerifyEmail(true));

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then: submitted once, with the profile's values
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        assertThat(replica.submissions()).singleElement().satisfies(submission -> {
            assertThat(submission.email()).isEqualTo(VariantProfile.EMAIL);
            assertThat(submission.jobReqId()).isEqualTo(WorkdayFixtures.JAVA_ENGINEER);
            assertProfileValues(submission);
        });
        // the account: created on the tenant, stored in the vault, neither email nor password in the file in clear
        SiteAccount stored = vault().account(replica.tenant().host()).orElseThrow();
        assertThat(replica.accounts().find(VariantProfile.EMAIL)).get().satisfies(account ->
                assertThat(account.password()).isEqualTo(stored.password().reveal()));
        String file = new String(Files.readAllBytes(vaultFile()), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain(VariantProfile.EMAIL).doesNotContain(stored.password().reveal());
        // the email was verified through the mailbox
        assertThat(mail.received()).singleElement().satisfies(received ->
                assertThat(received.to()).containsExactly(VariantProfile.EMAIL));
        assertThat(replica.honeypotHits()).isZero();
    }

    @Test
    void should_sign_in_with_the_stored_account_and_create_none_when_applying_to_a_second_posting() throws Exception {
        // given: the first application created the account
        start(WorkdayFixtures.NORTHWIND, wizard(WorkdayFixtures.NORTHWIND).withVerifyEmail(true));
        assertThat(apply(WorkdayFixtures.JAVA_ENGINEER).get("status").asText()).isEqualTo("SUBMITTED");

        // when
        JsonNode outcome = apply(WorkdayFixtures.DATA_ANALYST);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        assertThat(replica.accounts().count()).isEqualTo(1);
        assertThat(mail.received()).hasSize(1);
        assertThat(replica.submissions()).extracting(WorkdaySubmission::jobReqId)
                .containsExactly(WorkdayFixtures.JAVA_ENGINEER, WorkdayFixtures.DATA_ANALYST);
    }

    @Test
    void should_wait_for_the_candidate_without_submitting_when_the_stored_password_is_wrong() throws Exception {
        // given
        start(WorkdayFixtures.NORTHWIND);
        String host = replica.tenant().host();
        vault().putAccount(new SiteAccount(host, VariantProfile.EMAIL, Secret.of("Old-Pass-1!xyz"), false));
        replica.accounts().put(VariantProfile.EMAIL, "New-Pass-2!xyz", false);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("NEEDS_INPUT");
        assertThat(outcome.get("reason").asText()).contains("refused the password", host,
                "nyx credentials set " + host).doesNotContain("Old-Pass-1!xyz");
        assertThat(replica.savedSteps()).isEmpty();
        assertThat(replica.submissions()).isEmpty();
        assertThat(vault().account(host).orElseThrow().locked()).isTrue();
    }

    @Test
    void should_wait_for_the_candidate_without_submitting_when_the_account_is_locked() throws Exception {
        // given
        start(WorkdayFixtures.NORTHWIND);
        String host = replica.tenant().host();
        vault().putAccount(new SiteAccount(host, VariantProfile.EMAIL, Secret.of("Stored-Pass-1!x"), false));
        replica.accounts().put(VariantProfile.EMAIL, "Stored-Pass-1!x", true);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("NEEDS_INPUT");
        assertThat(outcome.get("reason").asText()).contains("is locked", "nyx credentials set " + host);
        assertThat(replica.savedSteps()).isEmpty();
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_wait_for_the_candidate_when_a_step_asks_a_question_the_profile_cannot_answer() throws Exception {
        // given: Application Questions also asks which shift the candidate prefers
        WorkdayTenant tenant = WorkdayFixtures.CONTOSO;
        WorkdayWizard standard = wizard(tenant);
        WorkdayStep questions = standard.step("applicationQuestions").orElseThrow();
        List<WorkdayField> fields = new ArrayList<>(questions.fields());
        fields.add(WorkdayField.question("shift", WorkdayFieldKind.DROPDOWN, "Which shift do you prefer?", true,
                List.of("Early shift", "Late shift")));
        start(tenant, standard.withStep(questions.withFields(fields)));

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("NEEDS_INPUT");
        assertThat(outcome.get("reason").asText()).contains("Which shift do you prefer?", "nyx.answers");
        assertThat(replica.submissions()).isEmpty();
        assertThat(replica.savedSteps()).extracting(save -> save.step()).doesNotContain("applicationQuestions");
    }

    @Test
    void should_fail_naming_the_step_and_workdays_message_when_a_save_is_refused() throws Exception {
        // given
        start(WorkdayFixtures.NORTHWIND);
        replica.refuseNextSave("myInformation", "city", "Error: Enter a city that exists.");

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("FAILED");
        assertThat(outcome.get("error").get("code").asText()).isEqualTo("FORM_REJECTED");
        assertThat(outcome.get("error").get("message").asText()).contains("My Information",
                "Enter a city that exists");
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_sign_in_again_and_submit_once_when_the_session_expires_mid_wizard() throws Exception {
        // given: the tenant ends every session as soon as the first step is saved
        start(WorkdayFixtures.CONTOSO);
        replica.expireSessionsAfterSaves(1);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        assertThat(replica.submissions()).hasSize(1);
        assertThat(replica.accounts().count()).isEqualTo(1);
    }

    @Test
    void should_reload_and_submit_once_when_pages_say_something_went_wrong_at_first() throws Exception {
        // given
        start(WorkdayFixtures.NORTHWIND);
        replica.failNextPageLoads(2);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("SUBMITTED");
        assertThat(replica.submissions()).hasSize(1);
    }

    @Test
    void should_fail_as_retryable_naming_the_page_when_it_keeps_saying_something_went_wrong() throws Exception {
        // given
        start(WorkdayFixtures.NORTHWIND);
        replica.failNextPageLoads(3);

        // when
        JsonNode outcome = apply(WorkdayFixtures.JAVA_ENGINEER);

        // then
        assertThat(outcome.get("status").asText()).as(outcome.toString()).isEqualTo("FAILED");
        assertThat(outcome.get("error").get("code").asText()).isEqualTo("NETWORK");
        assertThat(outcome.get("error").get("kind").asText()).isEqualTo("TRANSIENT");
        assertThat(outcome.get("error").get("message").asText()).contains("Something went wrong", "/apply");
        assertThat(replica.accounts().count()).isZero();
        assertThat(replica.submissions()).isEmpty();
    }

    /** What the standard wizard records from the variant profile (Lena Moreau). */
    private void assertProfileValues(WorkdaySubmission submission) throws Exception {
        assertThat(submission.value("myInformation", "country")).containsExactly("France");
        assertThat(submission.value("myInformation", "firstName")).containsExactly(VariantProfile.FIRST_NAME);
        assertThat(submission.value("myInformation", "lastName")).containsExactly(VariantProfile.LAST_NAME);
        assertThat(submission.value("myInformation", "city")).containsExactly(VariantProfile.CITY);
        assertThat(submission.value("myInformation", "source")).containsExactly("Company Website");
        assertThat(submission.work()).hasSize(2);
        assertThat(submission.work().get(0)).containsEntry("jobTitle", "Senior Backend Engineer")
                .containsEntry("company", "Rhône Payments").containsEntry("currentlyWorkHere", "true")
                .containsEntry("startDate", "03/2019").containsEntry("endDate", "");
        assertThat(submission.work().get(1)).containsEntry("jobTitle", "Software Engineer")
                .containsEntry("company", "Datalyon").containsEntry("currentlyWorkHere", "false")
                .containsEntry("startDate", "09/2016").containsEntry("endDate", "02/2019");
        assertThat(submission.education()).hasSize(2);
        assertThat(submission.education().get(0)).containsEntry("school", VariantProfile.SCHOOL)
                .containsEntry("degree", "Master's Degree").containsEntry("fieldOfStudy", "Computer Science")
                .containsEntry("firstYear", "2014").containsEntry("lastYear", "2016");
        assertThat(submission.education().get(1)).containsEntry("school", "Université de Strasbourg")
                .containsEntry("degree", "Bachelor's Degree").containsEntry("fieldOfStudy", "Mathematics")
                .containsEntry("firstYear", "2011").containsEntry("lastYear", "2014");
        assertThat(submission.value("voluntaryDisclosures", "gender")).containsExactly("I do not wish to answer.");
        assertThat(submission.value("voluntaryDisclosures", "veteranStatus"))
                .containsExactly("I do not wish to self-identify");
        assertThat(submission.resumeBytes()).isEqualTo(Files.readAllBytes(profile.resolveSibling("resume-en.pdf")));
    }

    private static WorkdayTenant tenant(UiGeneration ui) {
        return ui == UiGeneration.LEGACY ? WorkdayFixtures.NORTHWIND : WorkdayFixtures.CONTOSO;
    }

    private void start(WorkdayTenant tenant) throws Exception {
        start(tenant, wizard(tenant));
    }

    /**
     * The standard wizard, its "Are you Hispanic or Latino?" offering the way to decline that real tenants offer
     * (the profile declines every EEO question).
     */
    private static WorkdayWizard wizard(WorkdayTenant tenant) {
        WorkdayWizard standard = WorkdayWizard.standard(tenant.company());
        WorkdayStep disclosures = standard.step("voluntaryDisclosures").orElseThrow();
        List<WorkdayField> fields = disclosures.fields().stream().map(field -> !field.key().equals("hispanicOrLatino")
                ? field : new WorkdayField(field.key(), field.kind(), field.label(), field.required(), field.legacyId(),
                field.fkitId(), List.of("Yes", "No", "I do not wish to answer"), field.categories(), field.shownWhen()))
                .toList();
        return standard.withStep(disclosures.withFields(fields));
    }

    private void start(WorkdayTenant tenant, WorkdayWizard wizard) throws Exception {
        server = ReplicaServer.start();
        mail = MailReplica.start().withUser(VariantProfile.EMAIL, MAIL_LOGIN, MAIL_PASSWORD);
        replica = WorkdayReplica.start(server, tenant, WorkdayFixtures.postings(), wizard).sendMailVia(mail);
        PluginArchives.installWorkdayPlugin(temp.resolve("plugins"));
        config = Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: " + temp.resolve("data") + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n"
                + "  settings:\n    workday:\n      reloadPause: 50ms\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n"
                // the whole wizard is one fill call: six pages on a shared two-core test machine
                + "limits:\n  pluginCallTimeout: 2m\n"
                + mail.mailboxYaml(MAIL_LOGIN, MAIL_PASSWORD, Duration.ofMillis(200)));
        profile = writeProfile(temp.resolve("profile"));
    }

    /**
     * The variant profile (Lena Moreau) as a Workday candidate keeps it: her answer bank says where she heard of the
     * job in the standard wizard's words ("Company Website"), which phone she gives (Workday asks the device type),
     * and that she declines the disability form (Self Identify's "Please check one of the boxes below:", which the
     * engine does not map to the profile's {@code eeo.disability}).
     */
    private static Path writeProfile(Path folder) throws Exception {
        Path file = VariantProfile.writeTo(folder);
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        String answers = "\n  answers:\n";
        assertThat(yaml).contains(answers, "answer: Company careers site\n");
        return Files.writeString(file, yaml.replace("answer: Company careers site\n", "answer: Company Website\n")
                .replace(answers, answers + "    - question: /^phone device type$/i\n      answer: Mobile\n"
                        + "    - question: /^please check one of the boxes below/i\n"
                        + "      answer: I do not want to answer\n"),
                StandardCharsets.UTF_8);
    }

    private JsonNode apply(String jobReqId) throws Exception {
        List<String> args = new ArrayList<>(List.of("apply", "--config", config.toString(), "--profile",
                profile.toString(), "--json", "--allow-private-addresses", "--ats", "workday",
                replica.postingUrl(jobReqId).toString()));
        CommandResult result = CommandResult.run(Map.of("NYX_VAULT_KEY", VAULT_KEY), args.toArray(String[]::new));
        return JSON.readTree(result.out().strip().split("\\R")[0]);
    }

    private Path vaultFile() {
        return temp.resolve("data").resolve("credentials.vault");
    }

    private EncryptedFileVault vault() {
        return new EncryptedFileVault(vaultFile(), new NyxConfig.Vault(Optional.empty(), Optional.of(VAULT_KEY),
                Optional.empty()), 210_000, new SecureRandom());
    }
}
