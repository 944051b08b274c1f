package dev.nyx.ats.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.BoardPosting;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Board listing ({@code nyx watch}) against the Job Board API replica: open jobs only, and clear errors. */
class GreenhouseBoardListingIT {
    @TempDir
    static Path folder;

    private static GreenhouseHarness harness;

    @BeforeAll
    static void start() {
        harness = new GreenhouseHarness(folder);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void should_list_the_open_jobs_with_links_titles_and_locations_when_the_board_exists() {
        // when
        List<BoardPosting> listed = harness.adapter(true).listBoard(harness.replica.boardUrl(GreenhouseFixtures.BOARD),
                harness.context());

        // then: the closed posting is not listed
        assertThat(listed).extracting(BoardPosting::title)
                .containsExactly("Senior Backend Engineer (Java)", "Data Analyst \"Growth\" <Team B>");
        assertThat(listed.get(0).url().getPath()).endsWith("/acme/jobs/" + GreenhouseFixtures.BACKEND_ENGINEER);
        assertThat(listed.get(0).location()).contains("Berlin, Germany");
    }

    @Test
    void should_list_nothing_when_the_board_has_no_open_job() {
        harness.replica.openBoard("empty-co");

        assertThat(harness.adapter(true).listBoard(harness.replica.boardUrl("empty-co"), harness.context())).isEmpty();
    }

    @Test
    void should_say_not_found_naming_the_board_when_greenhouse_has_no_such_board() {
        assertThatThrownBy(() -> harness.adapter(true).listBoard(harness.replica.boardUrl("nobody-here"),
                harness.context()))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("no job board 'nobody-here'");
    }

    @Test
    void should_fail_with_network_when_the_api_answers_something_that_is_not_a_job_list() {
        // given: an API that answers HTML, and one that answers JSON without jobs
        harness.server.mount(new Garbage("/garbage-api"));
        GreenhouseAdapter adapter = new GreenhouseAdapter(new dev.nyx.testkit.TestExtensionContext(
                GreenhouseAdapter.NAME, java.util.Map.of(GreenhouseAdapter.API_BASE_URL_SETTING,
                harness.server.url("/garbage-api").toString()), java.util.Map.of(), java.time.Clock.systemUTC(),
                folder));

        // then
        for (String board : List.of("html", "nojobs")) {
            assertThatThrownBy(() -> adapter.listBoard(URI.create("https://boards.greenhouse.io/" + board),
                    harness.context()))
                    .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NETWORK))
                    .hasMessageContaining("try again later");
        }
    }

    @Test
    void should_know_board_urls_from_posting_urls_and_name_a_company_board() {
        GreenhouseAdapter adapter = harness.adapter(true);

        assertThat(adapter.listsBoard(URI.create("https://boards.greenhouse.io/acme"))).isTrue();
        assertThat(adapter.listsBoard(URI.create("https://job-boards.eu.greenhouse.io/acme/"))).isTrue();
        assertThat(adapter.listsBoard(URI.create("https://boards.greenhouse.io/embed/job_board?for=acme"))).isTrue();
        assertThat(adapter.listsBoard(URI.create("https://boards.greenhouse.io/acme/jobs/4012345"))).isFalse();
        assertThat(adapter.listsBoard(URI.create("https://boards.greenhouse.io/acme?gh_jid=4012345"))).isFalse();
        assertThat(adapter.listsBoard(URI.create("https://jobs.lever.co/acme"))).isFalse();
        assertThat(adapter.boardOf("Acme Robotics")).contains(URI.create("https://boards.greenhouse.io/acmerobotics"));
        assertThat(adapter.boardOf("!!!")).isEmpty();
    }

    /** A Job Board API stand-in that answers job lists with what is not one. */
    private record Garbage(String mountPath) implements Site {
        @Override
        public String name() {
            return "garbage-api";
        }

        @Override
        public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
            return request.sitePath().contains("/html/") ? ReplicaResponse.html(200, "<html><body>Maintenance</body></html>")
                    : ReplicaResponse.json(200, "{\"meta\": {\"total\": 0}}");
        }
    }
}
