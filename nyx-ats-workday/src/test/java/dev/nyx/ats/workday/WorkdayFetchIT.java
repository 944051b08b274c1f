package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.model.BoardPosting;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayPosting;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Postings and boards read from the Workday replica: the CXS API, its 429s, and the page fallback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkdayFetchIT {
    private WorkdayHarness harness;

    @BeforeAll
    void start(@TempDir Path folder) {
        harness = new WorkdayHarness(folder);
        WorkdayFixtures.board(45).forEach(harness.replica::put);
    }

    @AfterEach
    void calm() {
        harness.replica.rateLimitEvery(0);
        harness.replica.rateLimitNext(0);
        harness.replica.failNextPageLoads(0);
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void should_read_the_posting_from_the_cxs_api_when_it_answers() {
        // given
        URI url = URI.create(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER) + "/apply/applyManually");
        int before = harness.replica.cxsRequests();

        // when
        JobPosting posting = harness.adapter().fetchPosting(url, harness.context());

        // then
        assertThat(harness.replica.cxsRequests()).isEqualTo(before + 1);
        assertThat(posting.key().value()).isEqualTo("workday:northwind/External/JR-12345");
        assertThat(posting.url()).isEqualTo(URI.create(harness.replica.tenantRoot()
                + "/External/job/Remote-USA/Senior-Java-Engineer_JR-12345"));
        assertThat(posting.title()).isEqualTo("Senior Java Engineer");
        assertThat(posting.company()).isEqualTo("Northwind Robotics");
        assertThat(posting.location()).contains("Remote, USA");
        assertThat(posting.description()).contains("About the role").contains("Java 17 & PostgreSQL")
                .contains("5+ years of Java").doesNotContain("<");
        assertThat(posting.form().questions()).isEmpty();
    }

    @Test
    void should_retry_and_still_use_the_api_when_the_waf_answers_a_few_429s() {
        // given
        harness.replica.rateLimitNext(2);
        TestApplyContext context = harness.context();

        // when
        JobPosting posting = harness.adapter().fetchPosting(harness.replica.postingUrl(WorkdayFixtures.DATA_ANALYST),
                context);

        // then
        assertThat(posting.title()).isEqualTo("Data Analyst (m/f/d)");
        assertThat(context.page().url()).isEqualTo("about:blank");
    }

    @Test
    void should_read_the_page_when_the_api_keeps_answering_429() {
        // given
        harness.replica.rateLimitNext(100);
        TestApplyContext context = harness.context();

        // when
        JobPosting posting = harness.adapter().fetchPosting(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER),
                context);

        // then
        assertThat(posting.title()).isEqualTo("Senior Java Engineer");
        assertThat(posting.company()).isEqualTo("Northwind Robotics");
        assertThat(posting.location()).contains("Remote, USA");
        assertThat(posting.description()).contains("5+ years of Java");
        assertThat(posting.language()).contains("en");
        assertThat(posting.key().value()).isEqualTo("workday:northwind/External/JR-12345");
    }

    @Test
    void should_read_the_page_when_the_api_is_switched_off() {
        // when
        JobPosting posting = harness.adapter(Map.of(WorkdayAdapter.USE_API_SETTING, "false"))
                .fetchPosting(harness.replica.postingUrl(WorkdayFixtures.DATA_ANALYST), harness.context());

        // then
        assertThat(posting.title()).isEqualTo("Data Analyst (m/f/d)");
        assertThat(posting.location()).contains("Lyon, France");
    }

    @Test
    void should_reload_the_page_when_it_says_something_went_wrong_once() {
        // given
        harness.replica.failNextPageLoads(1);

        // when
        JobPosting posting = harness.adapter(Map.of(WorkdayAdapter.USE_API_SETTING, "false"))
                .fetchPosting(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER), harness.context());

        // then
        assertThat(posting.title()).isEqualTo("Senior Java Engineer");
    }

    @Test
    void should_fail_as_transient_when_the_page_keeps_saying_something_went_wrong() {
        // given
        harness.replica.failNextPageLoads(3);

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () ->
                harness.adapter(Map.of(WorkdayAdapter.USE_API_SETTING, "false"))
                        .fetchPosting(harness.replica.postingUrl(WorkdayFixtures.JAVA_ENGINEER), harness.context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.NETWORK);
        assertThat(thrown.getMessage()).contains("Something went wrong");
    }

    @Test
    void should_say_posting_closed_when_the_api_says_it_cannot_be_applied_to() {
        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () -> harness.adapter()
                .fetchPosting(harness.replica.postingUrl(WorkdayFixtures.CLOSED_ROLE), harness.context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_CLOSED);
    }

    @Test
    void should_say_posting_not_found_when_the_page_is_missing_and_the_api_is_off() {
        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () ->
                harness.adapter(Map.of(WorkdayAdapter.USE_API_SETTING, "false"))
                        .fetchPosting(harness.replica.missingPostingUrl(), harness.context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_NOT_FOUND);
    }

    @Test
    void should_list_every_open_posting_page_by_page_when_the_waf_answers_429_now_and_then() {
        // given
        harness.replica.rateLimitEvery(3);

        // when
        List<BoardPosting> board = harness.adapter().listBoard(harness.replica.boardUrl(), harness.context());

        // then
        assertThat(board).hasSize(2 + 45);
        assertThat(board).extracting(BoardPosting::title).contains("Senior Java Engineer", "Software Engineer 45")
                .doesNotContain("Robot Technician");
        assertThat(board.get(0).url()).isEqualTo(URI.create(harness.replica.tenantRoot()
                + "/External/job/Remote-USA/Senior-Java-Engineer_JR-12345"));
        assertThat(board.get(0).location()).isEqualTo(Optional.of("Remote, USA"));
        assertThat(harness.adapter().supports(board.get(0).url())).isFalse();
    }

    @Test
    void should_say_not_found_when_the_tenant_has_no_such_site() {
        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () -> harness.adapter()
                .listBoard(URI.create(harness.replica.tenantRoot() + "/Internal"), harness.context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void should_list_real_boards_but_no_postings_when_asked_what_it_lists() {
        WorkdayAdapter adapter = harness.adapter();

        assertThat(adapter.listsBoard(URI.create("https://acme.wd5.myworkdayjobs.com/en-US/External"))).isTrue();
        assertThat(adapter.listsBoard(URI.create("https://wd1.myworkdaysite.com/recruiting/acme/Careers"))).isTrue();
        assertThat(adapter.listsBoard(URI.create("https://acme.wd5.myworkdayjobs.com/External/job/X/Y_JR-1"))).isFalse();
        assertThat(adapter.boardOf("acme")).isEmpty();
    }

    @Test
    void should_read_the_page_when_the_cxs_tenant_path_is_not_the_host_label(@TempDir Path folder) {
        // given
        try (WorkdayHarness other = new WorkdayHarness(folder, WorkdayFixtures.CONTOSO.withCxsTenant("contoso_corp"),
                List.of(WorkdayPosting.open("R-77", "Platform Engineer", "Leeds, UK", "<p>Platform work.</p>")))) {
            TestApplyContext context = other.context();

            // when
            JobPosting posting = other.adapter().fetchPosting(other.replica.postingUrl("R-77"), context);

            // then
            assertThat(posting.title()).isEqualTo("Platform Engineer");
            assertThat(posting.company()).isEqualTo("Contoso Ltd");
            assertThat(posting.key().value()).isEqualTo("workday:contoso/Careers/R-77");
            assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("does not know this career site"));
        }
    }
}
