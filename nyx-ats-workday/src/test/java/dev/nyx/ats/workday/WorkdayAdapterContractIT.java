package dev.nyx.ats.workday;

import dev.nyx.spi.PageContext;
import dev.nyx.spi.PostingSource;
import dev.nyx.testkit.AbstractPostingSourceContractTest;
import dev.nyx.testkit.workday.WorkdayFixtures;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scraping contract on the Workday replica tenant. The filling half ({@code AbstractAtsAdapterContractTest})
 * waits for the wizard: until then {@link WorkdayFetchIT} checks that filling refuses and submits nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayAdapterContractIT extends AbstractPostingSourceContractTest {
    private WorkdayHarness harness;
    private WorkdayAdapter adapter;

    @BeforeAll
    void start(@TempDir Path folder) {
        harness = new WorkdayHarness(folder);
        adapter = harness.adapter();
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Override
    protected PostingSource source() {
        return adapter;
    }

    @Override
    protected PageContext pageContext() {
        return harness.context();
    }

    @Override
    protected URI postingUrl() {
        return harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER);
    }

    @Override
    protected URI missingPostingUrl() {
        return harness.replica.missingPostingUrl();
    }

    /** Workday shows the questions only in the wizard, behind the candidate account. */
    @Override
    protected boolean formKnownBeforeApplying() {
        return false;
    }

    @Override
    protected List<URI> unrelatedUrls() {
        return List.of(URI.create("https://example.com/jobs/123"),
                URI.create("https://boards.greenhouse.io/acme/jobs/4012345"),
                URI.create("https://jobs.lever.co/acme/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f"),
                URI.create("https://acme.wd5.myworkdayjobs.com.evil.example/External/job/X/Y_JR-1"),
                URI.create("https://myworkdayjobs.com/External/job/X/Y_JR-1"),
                URI.create("https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/job/X/Y_JR-1"),
                URI.create("https://acme.wd5.myworkdayjobs.com/External"),
                URI.create("https://www.myworkday.com/acme/d/home.htmld"),
                URI.create("https://www.google.com/search?q=workday"));
    }
}
