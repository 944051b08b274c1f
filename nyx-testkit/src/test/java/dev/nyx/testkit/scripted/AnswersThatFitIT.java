package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static dev.nyx.testkit.scripted.PipelineFixture.nyx;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.nyx.core.Nyx;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.core.storage.EventLog;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.Event;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.FormReader;
import dev.nyx.spi.support.FormSubmitter;
import dev.nyx.spi.support.SchemaFiller;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.StaticFormSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that fit the form (issue 10), through the whole pipeline in a real browser, on a plain
 * company form that is not a Greenhouse replica: a loose answer-bank entry that fits no option is
 * passed over for the sponsorship rule, a skills checklist is answered from the profile's skills
 * (with synonyms), "Company careers site" picks "Lumen careers site", and the education block is
 * answered from JSON Resume {@code education}.
 */
class AnswersThatFitIT {
    private static final String JOB = "/lumen/jobs/77";

    @TempDir
    Path folder;

    private ReplicaServer server;
    private Nyx nyx;

    @BeforeEach
    void start() {
        server = ReplicaServer.start().mount(StaticFormSite.builder("lumen", "/lumen")
                .page("/jobs/77", Path.of("src/test/resources/answers-fit/lumen-backend.html"))
                .build());
        nyx = nyx(config(folder), new PlainFormAdapter());
    }

    @AfterEach
    void stop() {
        nyx.close();
        server.close();
    }

    @Test
    void should_submit_the_fitting_answers_when_bank_entries_fit_no_option_and_no_rule_spells_the_options()
            throws Exception {
        // when
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(server.url(JOB).toString(), profile()));

        // then
        assertThat(outcome.status()).as(outcome.reason().orElse("")).contains(ApplicationStatus.SUBMITTED);
        assertThat(server.submissions()).singleElement().satisfies(submission -> {
            Map<String, List<String>> fields = submission.fields();
            assertThat(fields.get("sponsorship")).containsExactly("no");
            assertThat(fields.get("technologies")).containsExactlyInAnyOrder("kafka", "postgresql", "kubernetes");
            assertThat(fields.get("source")).containsExactly("careers");
            assertThat(fields.get("school")).containsExactly("Technische Universität Berlin");
            assertThat(fields.get("graduation_year")).containsExactly("2013");
        });
        long id = outcome.applicationId().orElseThrow();
        assertThat(nyx.injector().getInstance(EventLog.class).forApplication(id)).extracting(Event::message)
                .anySatisfy(message -> assertThat(message).contains("Passed over the answer bank's entry",
                        "require sponsorship"));
    }

    /** Authorised in Germany only; skills written as Postgres and k8s; a loose bank entry about visa status. */
    private Profile profile() throws Exception {
        Files.writeString(folder.resolve("resume-en.pdf"), "%PDF-1.4 resume");
        String yaml = "basics:\n  name: Mara Lindqvist\n  email: mara.lindqvist@example.com\n"
                + "  location:\n    city: Berlin\n    countryCode: DE\n"
                + "education:\n  - institution: Technische Universität Berlin\n    area: Computer Science\n"
                + "    studyType: Master\n    startDate: 2011-10\n    endDate: 2013-09\n"
                + "skills:\n  - name: Backend\n    keywords: [Java, Kafka, Postgres, k8s]\n"
                + "nyx:\n  firstName: Mara\n  lastName: Lindqvist\n"
                + "  workAuthorization:\n    DE: true\n  requiresSponsorship: false\n"
                + "  resumes:\n    - id: en\n      path: resume-en.pdf\n      language: en\n      default: true\n"
                + "  answers:\n    - question: /visa status/i\n      answer: U.S. citizen\n"
                + "    - question: /how did you hear/i\n      answer: Company careers site\n";
        return new ProfileLoader().load(Files.writeString(folder.resolve("profile.yaml"), yaml));
    }

    /** An adapter for the plain form on the shared helpers, as a plugin author would write one. */
    private static final class PlainFormAdapter implements AtsAdapter {
        private static final String FORM = "form#application";

        @Override
        public String name() {
            return "lumen";
        }

        @Override
        public boolean supports(URI url) {
            return url.getPath() != null && url.getPath().startsWith("/lumen/jobs/");
        }

        @Override
        public JobPosting fetchPosting(URI url, PageContext context) {
            Page page = context.page();
            Response response = page.navigate(url.toString());
            if (response == null || response.status() == 404) {
                throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "No posting at " + url);
            }
            String jobId = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            return new JobPosting(PostingKey.of(name(), jobId), url, name(), page.locator("h1").innerText().strip(),
                    page.locator(".company").innerText().strip(),
                    Optional.of(page.locator(".location").innerText().strip()),
                    page.locator(".description").innerText(), Optional.empty(), Optional.of("en"),
                    FormReader.read(form(context)));
        }

        @Override
        public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
            SchemaFiller.of(form(context)).withNotes(context::note).fill(posting.form(), answers, context.resume());
        }

        @Override
        public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
            return SchemaFiller.of(form(context)).readBack(posting.form());
        }

        @Override
        public Confirmation submit(JobPosting posting, ApplyContext context) {
            return FormSubmitter.forPage(context.page(), FORM, context.stepTimeout())
                    .named("the Lumen form").confirmedByText("thank you for applying").submit();
        }

        private static FormFiller form(PageContext context) {
            return FormFiller.forContext(context).within(FORM);
        }
    }
}
