package dev.nyx.ats.greenhouse;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.testkit.AbstractAtsAdapterContractTest;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.greenhouse.BackendEngineerAnswers;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** The adapter contract on both Greenhouse page styles of the replica. */
class GreenhouseAdapterContractIT {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Classic extends StyleContract {
        Classic() {
            super(GreenhouseStyle.CLASSIC);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class JobBoards extends StyleContract {
        JobBoards() {
            super(GreenhouseStyle.JOB_BOARDS);
        }
    }

    abstract static class StyleContract extends AbstractAtsAdapterContractTest {
        private final GreenhouseStyle style;
        private GreenhouseHarness harness;
        private GreenhouseAdapter adapter;

        StyleContract(GreenhouseStyle style) {
            this.style = style;
        }

        @BeforeAll
        void start(@TempDir Path folder) {
            harness = new GreenhouseHarness(folder);
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
            return harness.replica.postingUrl(style, GreenhouseFixtures.BACKEND_ENGINEER);
        }

        @Override
        protected URI missingPostingUrl() {
            return harness.replica.postingUrl(style, 4099999L);
        }

        @Override
        protected AnswerSet answers(JobPosting posting) {
            return GreenhouseHarness.answers(BackendEngineerAnswers.sample(harness.resume));
        }

        @Override
        protected String submitPathGlob() {
            String mount = style == GreenhouseStyle.CLASSIC ? "/boards.greenhouse.io" : "/job-boards.greenhouse.io";
            return mount + "/" + GreenhouseFixtures.BOARD + "/jobs/*";
        }

        @Override
        protected List<URI> unrelatedUrls() {
            return List.of(URI.create("https://example.com/jobs/123"), URI.create("https://jobs.lever.co/acme/123"),
                    URI.create("https://greenhouse.io.evil.example/acme/jobs/4012345"),
                    URI.create("https://boards.greenhouse.io.evil.example/acme/jobs/4012345"),
                    URI.create("https://www.google.com/search?q=greenhouse"));
        }
    }
}
