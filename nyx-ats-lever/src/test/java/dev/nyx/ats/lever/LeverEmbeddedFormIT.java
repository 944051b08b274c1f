package dev.nyx.ats.lever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.lever.LeverFixtures;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A company careers page embedding the Lever apply form in an iframe: found by fingerprint, read, filled, sent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeverEmbeddedFormIT {
    private LeverHarness harness;
    private URI careersPage;

    @BeforeAll
    void start(@TempDir Path folder) {
        harness = new LeverHarness(folder);
        String frame = harness.replica.applyUrl(LeverFixtures.BACKEND_ENGINEER).toString();
        harness.server.mount(new Site() {
            @Override
            public String name() {
                return "careers";
            }

            @Override
            public String mountPath() {
                return "/careers.northwind.example";
            }

            @Override
            public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
                return ReplicaResponse.html(200, "<!DOCTYPE html><html lang=\"en\"><head><title>Join Northwind</title>"
                        + "</head><body><h1>Senior Backend Engineer</h1><p>Apply below.</p><iframe id=\"lever-jobs-iframe\""
                        + " src=\"" + frame + "\" width=\"900\" height=\"3000\"></iframe></body></html>");
            }
        });
        careersPage = harness.server.url("/careers.northwind.example/jobs/backend");
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void should_recognise_read_fill_and_submit_the_form_when_a_company_page_embeds_it() {
        // given
        LeverAdapter adapter = harness.adapter(true);
        TestApplyContext context = harness.context();
        context.page().navigate(careersPage.toString());

        // when
        boolean recognised = adapter.recognises(context.page());
        JobPosting posting = adapter.fetchPosting(careersPage, context);
        adapter.fill(posting, harness.backendAnswers(), context);
        Confirmation confirmation = adapter.submit(posting, context);

        // then
        assertThat(adapter.supports(careersPage)).isFalse();
        assertThat(recognised).isTrue();
        assertThat(posting.key().value()).isEqualTo("lever:northwind/" + LeverFixtures.BACKEND_ENGINEER);
        assertThat(posting.title()).isEqualTo("Senior Backend Engineer");
        assertThat(confirmation.message()).containsIgnoringCase("application submitted");
        assertThat(harness.replica.submissionsFor(LeverFixtures.BACKEND_ENGINEER)).singleElement()
                .satisfies(submission -> assertThat(submission.fields().get("name")).containsExactly("Ada Lovelace"));
    }
}
