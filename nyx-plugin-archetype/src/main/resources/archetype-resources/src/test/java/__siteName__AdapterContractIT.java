package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Question;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.testkit.AbstractAtsAdapterContractTest;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.StaticFormSite;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.TestExtensionContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The adapter contract suite against a copy of the posting page (src/test/resources/replica), served by StaticFormSite. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ${siteName}AdapterContractIT extends AbstractAtsAdapterContractTest {
    private Path temp;
    private ReplicaServer server;
    private TestBrowser browser;
    private ${siteName}Adapter adapter;
    private Path resume;

    @BeforeAll
    void start(@TempDir Path folder) throws IOException {
        temp = folder;
        server = ReplicaServer.start().mount(StaticFormSite.builder("${pluginId}", "/site")
                .page("/jobs/1001", Path.of("src/test/resources/replica/job-1001.html")).build());
        browser = TestBrowser.launch();
        adapter = new ${siteName}Adapter(TestExtensionContext.of(${siteName}Adapter.NAME, Map.of("hosts", "127.0.0.1"), temp));
        resume = Files.writeString(temp.resolve("resume.pdf"), "%PDF-1.4 a test resume");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected AtsAdapter adapter() {
        return adapter;
    }

    @Override
    protected ReplicaServer server() {
        return server;
    }

    @Override
    protected ApplyContext context() {
        return TestApplyContext.builder(browser.newPage()).resume(resume).evidenceDirectory(temp).build();
    }

    @Override
    protected URI postingUrl() {
        return server.url("/site/jobs/1001");
    }

    @Override
    protected URI missingPostingUrl() {
        return server.url("/site/jobs/9999");
    }

    @Override
    protected AnswerSet answers(JobPosting posting) {
        return new AnswerSet(posting.form().questions().stream().map(question -> Answer.of(question, switch (question.id()) {
            case "name" -> "Ada Lovelace";
            case "email" -> "ada@example.com";
            case "resume" -> resume.getFileName().toString();
            case "experience" -> "6 or more years";
            case "visa" -> "No";
            default -> "Because the work matters.";
        }, AnswerSource.DEFAULT, List.of())).toList());
    }

    @Override
    protected String submitPathGlob() {
        return "/site/jobs/*";
    }

    @Test
    void should_send_every_answer_and_the_resume_when_submitted() {
        // given
        JobPosting posting = adapter.fetchPosting(postingUrl(), context());
        ApplyContext context = context();
        adapter.fill(posting, answers(posting), context);

        // when
        adapter.submit(posting, context);

        // then
        Submission submission = server.submissions().get(server.submissions().size() - 1);
        assertThat(submission.form().first("name")).contains("Ada Lovelace");
        assertThat(submission.form().first("experience")).contains("6+");
        assertThat(submission.form().first("visa")).contains("no");
        assertThat(submission.form().file("resume")).hasValueSatisfying(file ->
                assertThat(file.fileName()).isEqualTo("resume.pdf"));
        assertThat(posting.form().questions()).extracting(Question::id)
                .containsExactly("name", "email", "resume", "experience", "visa", "cover");
    }
}
