package dev.nyx.ats.lever;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.testkit.AbstractAtsAdapterContractTest;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.lever.LeverFixtures;
import dev.nyx.testkit.lever.LeverReplica;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The adapter contract on the Lever replica's posting with every card kind. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeverAdapterContractIT extends AbstractAtsAdapterContractTest {
    private LeverHarness harness;
    private LeverAdapter adapter;

    @BeforeAll
    void start(@TempDir Path folder) {
        harness = new LeverHarness(folder);
        adapter = harness.adapter(true);
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Override
    protected AtsAdapter adapter() {
        return adapter;
    }

    @Override
    protected ReplicaServer server() {
        return harness.server;
    }

    @Override
    protected ApplyContext context() {
        return harness.context();
    }

    @Override
    protected URI postingUrl() {
        return harness.replica.postingUrl(LeverFixtures.BACKEND_ENGINEER);
    }

    @Override
    protected URI missingPostingUrl() {
        return harness.replica.postingUrl("00000000-1111-4222-8333-444444444444");
    }

    @Override
    protected AnswerSet answers(JobPosting posting) {
        return harness.backendAnswers();
    }

    @Override
    protected String submitPathGlob() {
        return LeverReplica.JOBS_MOUNT + "/" + LeverFixtures.SITE + "/*/apply";
    }

    @Override
    protected List<URI> unrelatedUrls() {
        return List.of(URI.create("https://example.com/jobs/123"),
                URI.create("https://boards.greenhouse.io/acme/jobs/4012345"),
                URI.create("https://jobs.lever.co.evil.example/acme/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f"),
                URI.create("https://lever.co/acme/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f"),
                URI.create("https://jobs.lever.co/acme"),
                URI.create("https://api.lever.co/v0/postings/acme/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f"),
                URI.create("https://www.google.com/search?q=lever"));
    }
}
