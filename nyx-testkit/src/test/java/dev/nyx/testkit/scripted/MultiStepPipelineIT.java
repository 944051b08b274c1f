package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static dev.nyx.testkit.scripted.PipelineFixture.nyx;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.nyx.core.Nyx;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.Verification;
import dev.nyx.spi.VerificationQuery;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.FormReader;
import dev.nyx.spi.support.FormSubmitter;
import dev.nyx.spi.support.SchemaFiller;
import dev.nyx.testkit.FormData;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.llm.OpenAiCompatibleServer;
import dev.nyx.testkit.mail.MailReplica;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-step mechanism through the whole pipeline in a real browser: a two-step application whose
 * second step shows its questions only after the first is sent (as a wizard behind a sign-in does). The
 * adapter has the host answer them mid-flow ({@code ApplyContext.answer}): through the answer engine (rules,
 * and the language model for free text, its tokens in the application's spending), with events and stored
 * answers, and {@code NEEDS_INPUT} for a required question the profile cannot answer.
 * Variants email a verification code or link between the steps, read over IMAP ({@code ApplyContext.mailbox()})
 * from a GreenMail server; without mailbox settings the application waits in {@code NEEDS_INPUT}.
 */
class MultiStepPipelineIT {
    private static final String JOB = "/wizard/jobs/5";
    private static final String CANDIDATE = "mara.lindqvist@example.com";
    private static final String CODE = "482913";

    @TempDir
    Path folder;

    private ReplicaServer server;
    private MailReplica mail;
    private OpenAiCompatibleServer llm;
    private Nyx nyx;

    @AfterEach
    void stop() {
        if (nyx != null) {
            nyx.close();
        }
        if (server != null) {
            server.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (llm != null) {
            llm.close();
        }
    }

    @Test
    void should_answer_the_second_steps_questions_through_the_engine_when_the_adapter_asks_mid_flow()
            throws Exception {
        // given
        start(false, false, "");

        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(server.url(JOB).toString(), profile()));

        // then: the second step's answers came from the profile's facts and reached the site
        assertThat(outcome.status()).as(outcome.reason().orElse("")).contains(ApplicationStatus.SUBMITTED);
        assertThat(server.submissions()).singleElement().satisfies(submission -> {
            Map<String, List<String>> fields = submission.fields();
            assertThat(fields.get("first_name")).containsExactly("Mara");
            assertThat(fields.get("email")).containsExactly(CANDIDATE);
            assertThat(fields.get("phone")).containsExactly("+49 170 5550123");
            assertThat(fields.get("sponsorship")).containsExactly("no");
        });
        long id = outcome.applicationId().orElseThrow();
        assertThat(nyx.injector().getInstance(ApplicationStore.class).answers(id)).extracting(Answer::questionId)
                .contains("first_name", "email", "phone", "sponsorship");
        assertThat(nyx.injector().getInstance(EventLog.class).forApplication(id))
                .filteredOn(event -> event.type() == EventType.ANSWERED).extracting(Event::message)
                .anySatisfy(message -> assertThat(message).contains("sponsorship"))
                .allSatisfy(message -> assertThat(message).doesNotContain("5550123"));
    }

    @Test
    void should_have_the_language_model_write_a_later_steps_free_text_and_count_its_tokens() throws Exception {
        // given
        start(Check.NONE, false, true, "");

        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(server.url(JOB).toString(), profile()));

        // then: the model answered the motivation question, and the application's spending has its tokens
        assertThat(outcome.status()).as(outcome.reason().orElse("")).contains(ApplicationStatus.SUBMITTED);
        assertThat(llm.completions()).isPositive();
        assertThat(server.submissions()).singleElement().satisfies(submission ->
                assertThat(submission.fields().get("motivation")).singleElement().asString().isNotBlank());
        long id = outcome.applicationId().orElseThrow();
        assertThat(nyx.injector().getInstance(ApplicationStore.class).answers(id))
                .filteredOn(answer -> answer.questionId().equals("motivation"))
                .singleElement().satisfies(answer -> assertThat(answer.source()).isEqualTo(AnswerSource.LLM));
        long reported = llm.usages().stream().mapToLong(usage -> usage.promptTokens() + usage.completionTokens()).sum();
        assertThat(nyx.injector().getInstance(ApplicationStore.class).find(id).orElseThrow().tokens().total())
                .isEqualTo(reported);
    }

    @Test
    void should_wait_for_input_when_a_later_step_asks_a_required_question_the_profile_cannot_answer()
            throws Exception {
        // given
        start(false, true, "");

        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(server.url(JOB).toString(), profile()));

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(outcome.reason()).get().asString().contains("Which shift do you prefer?", "nyx.answers");
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_type_the_emailed_code_when_the_site_verifies_the_email_between_the_steps() throws Exception {
        // given
        mail = MailReplica.start().withUser(CANDIDATE, "mara", "mail-pass-1");
        start(true, false, mail.mailboxYaml("mara", "mail-pass-1", Duration.ofMillis(200)));

        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(server.url(JOB).toString(), profile()));

        // then
        assertThat(outcome.status()).as(outcome.reason().orElse("")).contains(ApplicationStatus.SUBMITTED);
        assertThat(mail.received()).singleElement().satisfies(received -> assertThat(received.to())
                .containsExactly(CANDIDATE));
        assertThat(server.submissions()).singleElement().satisfies(submission ->
                assertThat(submission.fields().get("verified")).containsExactly("yes"));
        long id = outcome.applicationId().orElseThrow();
        assertThat(nyx.injector().getInstance(EventLog.class).forApplication(id)).extracting(Event::message)
                .allSatisfy(message -> assertThat(message).doesNotContain(CODE));
    }

    @Test
    void should_open_the_emailed_link_when_the_site_verifies_the_email_by_link() throws Exception {
        // given: the replica's link is http on 127.0.0.1, which counts because private addresses are allowed
        mail = MailReplica.start().withUser(CANDIDATE, "mara", "mail-pass-1");
        start(Check.LINK, false, mail.mailboxYaml("mara", "mail-pass-1", Duration.ofMillis(200)));

        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(server.url(JOB).toString(), profile()));

        // then
        assertThat(outcome.status()).as(outcome.reason().orElse("")).contains(ApplicationStatus.SUBMITTED);
        assertThat(server.submissions()).singleElement().satisfies(submission ->
                assertThat(submission.fields().get("verified")).containsExactly("yes"));
    }

    @Test
    void should_wait_for_input_when_the_site_verifies_the_email_and_no_mailbox_is_configured() throws Exception {
        // given
        start(true, false, "");

        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(server.url(JOB).toString(), profile()));

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(outcome.reason()).get().asString().contains("mailbox.host", "mailbox.password");
        assertThat(server.submissions()).isEmpty();
    }

    private void start(boolean verifyEmail, boolean unanswerable, String mailboxYaml) {
        start(verifyEmail ? Check.CODE : Check.NONE, unanswerable, mailboxYaml);
    }

    private void start(Check check, boolean unanswerable, String moreYaml) {
        start(check, unanswerable, false, moreYaml);
    }

    private void start(Check check, boolean unanswerable, boolean freeText, String moreYaml) {
        server = ReplicaServer.start().mount(new WizardSite(check, unanswerable, freeText, Optional.ofNullable(mail)));
        if (freeText) {
            llm = OpenAiCompatibleServer.mountOn(server);
            moreYaml += "llm:\n  baseUrl: " + llm.baseUrl() + "\n  apiKey: test-key\n  model: test-model\n";
        }
        String mailboxYaml = moreYaml;
        nyx = nyx(config(folder, true, "5s", "30s", mailboxYaml), new WizardAdapter());
    }

    private Profile profile() throws Exception {
        Files.writeString(folder.resolve("resume-en.pdf"), "%PDF-1.4 resume");
        String yaml = "basics:\n  name: Mara Lindqvist\n  email: " + CANDIDATE + "\n  phone: \"+49 170 5550123\"\n"
                + "  location:\n    city: Berlin\n    countryCode: DE\n"
                + "nyx:\n  firstName: Mara\n  lastName: Lindqvist\n"
                + "  workAuthorization:\n    DE: true\n  requiresSponsorship: false\n"
                + "  resumes:\n    - id: en\n      path: resume-en.pdf\n      language: en\n      default: true\n";
        return new ProfileLoader().load(Files.writeString(folder.resolve("profile.yaml"), yaml));
    }

    /** How the site checks the email between the steps. */
    private enum Check { NONE, CODE, LINK }

    /**
     * A two-step application: step one (name, email) posts to step two, whose questions the posting page
     * does not show; with a {@link Check}, step one's post first emails a code (and asks for it) or a link.
     */
    private static final class WizardSite implements Site {
        private final Check check;
        private final boolean unanswerable;
        private final boolean freeText;
        private final Optional<MailReplica> mail;

        WizardSite(Check check, boolean unanswerable, boolean freeText, Optional<MailReplica> mail) {
            this.check = check;
            this.freeText = freeText;
            this.unanswerable = unanswerable;
            this.mail = mail;
        }

        @Override
        public String name() {
            return "wizard";
        }

        @Override
        public String mountPath() {
            return "/wizard";
        }

        @Override
        public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
            String path = request.sitePath();
            if (request.method().equals("GET") && path.equals("/jobs/5")) {
                return ReplicaResponse.html(200, page("<h1>Backend Engineer</h1><p class=\"company\">Wizard Corp</p>"
                        + "<p class=\"location\">Berlin, Germany</p><div class=\"description\">Build services.</div>"
                        + "<form id=\"step1\" method=\"post\" action=\"/wizard/jobs/5/step1\">"
                        + "<label for=\"first_name\">First name</label><input id=\"first_name\" name=\"first_name\" required>"
                        + "<label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\" required>"
                        + "<button type=\"submit\">Next</button></form>"));
            }
            FormData values = request.method().equals("GET") ? request.query() : request.form();
            String firstName = values.first("first_name").orElse("");
            String email = values.first("email").orElse("");
            if (path.equals("/jobs/5/step1") && check == Check.LINK) {
                String link = context.url("/jobs/5/activate?token=T0K3N&first_name="
                        + URLEncoder.encode(firstName, StandardCharsets.UTF_8) + "&email="
                        + URLEncoder.encode(email, StandardCharsets.UTF_8));
                mail.ifPresent(server -> server.send("no-reply@mailer.wizard.test", email, "Activate your account",
                        "Hello,\nplease verify your email: " + link + "\n", Optional.empty()));
                return ReplicaResponse.html(200, page("<p id=\"check-email\">We sent you an email. Open its link"
                        + " to go on.</p>"));
            }
            if (path.equals("/jobs/5/activate") && !values.first("token").orElse("").equals("T0K3N")) {
                return ReplicaResponse.html(200, page("<div role=\"alert\">That link is not valid.</div>"));
            }
            if (path.equals("/jobs/5/step1") && check == Check.CODE) {
                mail.ifPresent(server -> server.send("no-reply@mailer.wizard.test", email, "Verify your email",
                        "Hello,\nyour verification code is " + CODE + ".\n", Optional.empty()));
                return ReplicaResponse.html(200, page("<h2>Verify your email</h2>"
                        + "<form id=\"verify\" method=\"post\" action=\"/wizard/jobs/5/verify\">"
                        + hidden("first_name", firstName) + hidden("email", email)
                        + "<label for=\"code\">Verification code</label><input id=\"code\" name=\"code\" required>"
                        + "<button type=\"submit\">Verify</button></form>"));
            }
            if (path.equals("/jobs/5/verify") && !request.form().first("code").orElse("").equals(CODE)) {
                return ReplicaResponse.html(200, page("<div role=\"alert\">That code is not right.</div>"));
            }
            if (path.equals("/jobs/5/step1") || path.equals("/jobs/5/verify") || path.equals("/jobs/5/activate")) {
                return ReplicaResponse.html(200, page("<h2>Questions</h2><dl class=\"review\">"
                        + "<dt>First name</dt><dd data-field=\"first_name\">" + firstName + "</dd>"
                        + "<dt>Email</dt><dd data-field=\"email\">" + email + "</dd></dl>"
                        + "<form id=\"step2\" method=\"post\" action=\"/wizard/jobs/5/apply\">"
                        + hidden("first_name", firstName) + hidden("email", email)
                        + hidden("verified", path.endsWith("/step1") ? "no" : "yes")
                        + "<label for=\"phone\">Phone</label><input id=\"phone\" name=\"phone\" type=\"tel\" required>"
                        + "<label for=\"sponsorship\">Will you now or in the future require visa sponsorship?</label>"
                        + "<select id=\"sponsorship\" name=\"sponsorship\" required><option value=\"\">Select</option>"
                        + "<option value=\"yes\">Yes</option><option value=\"no\">No</option></select>"
                        + (unanswerable ? "<label for=\"shift\">Which shift do you prefer?</label>"
                        + "<select id=\"shift\" name=\"shift\" required><option value=\"\">Select</option>"
                        + "<option value=\"early\">Early</option><option value=\"late\">Late</option></select>" : "")
                        + (freeText ? "<label for=\"motivation\">Why do you want to join Wizard Corp?</label>"
                        + "<textarea id=\"motivation\" name=\"motivation\" required maxlength=\"2000\"></textarea>" : "")
                        + "<button type=\"submit\">Submit application</button></form>"));
            }
            if (path.equals("/jobs/5/apply") && request.method().equals("POST")) {
                context.recorder().record(new Submission(name(), "5", request.path(), request.method(),
                        request.receivedAt(), request.form(), request.headers(), Optional.empty()));
                return ReplicaResponse.html(200, page("<h1>Thank you for applying</h1>"));
            }
            return ReplicaResponse.notFound(path);
        }

        private static String hidden(String name, String value) {
            return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">";
        }

        private static String page(String body) {
            return "<!DOCTYPE html><html lang=\"en\"><head><title>Wizard Corp</title></head><body>" + body
                    + "</body></html>";
        }
    }

    /** A wizard adapter on the shared helpers: step one from the posting, step two answered mid-flow. */
    private static final class WizardAdapter implements AtsAdapter {
        @Override
        public String name() {
            return "wizard";
        }

        @Override
        public boolean supports(URI url) {
            return url.getPath() != null && url.getPath().startsWith("/wizard/jobs/");
        }

        @Override
        public JobPosting fetchPosting(URI url, PageContext context) {
            Page page = context.page();
            page.navigate(url.toString());
            return new JobPosting(PostingKey.of(name(), "5"), url, name(), page.locator("h1").innerText().strip(),
                    page.locator(".company").innerText().strip(), Optional.of(page.locator(".location").innerText()
                    .strip()), page.locator(".description").innerText(), Optional.empty(), Optional.of("en"),
                    FormReader.read(form(context, "form#step1")));
        }

        @Override
        public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
            Page page = context.page();
            if (page.locator("form#step2").count() > 0) {
                return; // already past step one (QA's corrections touch nothing on this page)
            }
            SchemaFiller.of(form(context, "form#step1")).fill(posting.form(), answers, context.resume());
            Instant sent = context.clock().instant();
            page.locator("form#step1 button[type=submit]").click();
            page.waitForLoadState();
            if (page.locator("form#verify, #check-email").count() > 0) {
                Verification verification = context.mailbox().awaitVerification(new VerificationQuery(
                        "wizard.test", URI.create(page.url()).getHost(), sent, Duration.ofSeconds(5)))
                        .orElseThrow(() -> new NyxException(ErrorCode.TIMEOUT, "no verification email came in 5 s"));
                if (verification.link().isPresent()) {
                    page.navigate(verification.link().get().toString());
                } else {
                    page.locator("#code").fill(verification.code().orElseThrow());
                    page.locator("form#verify button[type=submit]").click();
                    page.waitForLoadState();
                }
            }
            FormFiller step = form(context, "form#step2");
            List<Question> questions = FormReader.read(step).questions();
            AnswerSet stepAnswers = context.answer(questions);
            SchemaFiller.of(step).fill(new FormSchema(questions), stepAnswers, context.resume());
        }

        /** Step one's values as the second step's review shows them. */
        @Override
        public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
            Map<String, List<String>> shown = new LinkedHashMap<>();
            for (Question question : posting.form().questions()) {
                shown.put(question.id(), List.of(context.page().locator("[data-field=\"" + question.id() + "\"]")
                        .innerText().strip()));
            }
            return shown;
        }

        @Override
        public Confirmation submit(JobPosting posting, ApplyContext context) {
            return FormSubmitter.forPage(context.page(), "form#step2", context.stepTimeout())
                    .named("the wizard's last step").confirmedByText("thank you for applying").submit();
        }

        private static FormFiller form(PageContext context, String selector) {
            return FormFiller.forContext(context).within(selector);
        }
    }
}
