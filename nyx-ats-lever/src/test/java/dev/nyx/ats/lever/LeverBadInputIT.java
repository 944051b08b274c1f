package dev.nyx.ats.lever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.model.BoardPosting;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.Fault;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.lever.LeverFixtures;
import dev.nyx.testkit.lever.LeverPosting;
import dev.nyx.testkit.lever.LeverReplica;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong on Lever is said clearly and submits nothing: closed postings, unknown sites, an API that
 * answers garbage (the page is read instead), a page that fails too, the hCaptcha on submit without a way
 * to solve it; and board listings, paged, empty or of an unknown site.
 */
class LeverBadInputIT {
    @TempDir
    Path folder;

    private LeverHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private LeverHarness harness() {
        harness = new LeverHarness(folder);
        return harness;
    }

    @Test
    void should_throw_posting_closed_when_the_posting_was_closed() {
        LeverHarness lever = harness();

        NyxException thrown = catchThrowableOfType(NyxException.class, () -> lever.adapter(true)
                .fetchPosting(lever.replica.postingUrl(LeverFixtures.CLOSED), lever.context()));

        assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_CLOSED);
        assertThat(thrown.getMessage()).contains("closed", LeverFixtures.CLOSED);
        assertThat(lever.replica.submissions()).isEmpty();
    }

    @Test
    void should_name_the_unknown_site_when_the_site_does_not_exist() {
        LeverHarness lever = harness();

        NyxException thrown = catchThrowableOfType(NyxException.class, () -> lever.adapter(true)
                .fetchPosting(lever.replica.postingUrl("nosuchco", LeverFixtures.BACKEND_ENGINEER), lever.context()));

        assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_NOT_FOUND);
        assertThat(thrown.getMessage()).contains("no job site named 'nosuchco'");
    }

    @Test
    void should_read_the_posting_from_its_page_when_the_api_answers_garbage() {
        // given
        LeverHarness lever = harness();
        lever.replica.apiAnswersGarbage(LeverFixtures.SITE);
        TestApplyContext context = lever.context();

        // when
        JobPosting posting = lever.adapter(true).fetchPosting(lever.replica.postingUrl(LeverFixtures.BACKEND_ENGINEER),
                context);

        // then
        assertThat(posting.title()).isEqualTo("Senior Backend Engineer");
        assertThat(posting.description()).contains("warehouse robots");
        assertThat(posting.form().question("cards[" + LeverFixtures.QUESTIONS_CARD + "][field4]")).isPresent();
        assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("postings API failed"));
    }

    @Test
    void should_fail_with_network_and_submit_nothing_when_the_api_answers_garbage_and_the_page_fails() {
        // given
        LeverHarness lever = harness();
        lever.replica.apiAnswersGarbage(LeverFixtures.SITE);
        lever.server.faults().inject(Fault.status(LeverReplica.JOBS_MOUNT + "/" + LeverFixtures.SITE + "/**", 503));

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () -> lever.adapter(true)
                .fetchPosting(lever.replica.postingUrl(LeverFixtures.BACKEND_ENGINEER), lever.context()));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.NETWORK);
        assertThat(thrown.getMessage()).contains("HTTP 503");
        assertThat(lever.replica.submissions()).isEmpty();
    }

    @Test
    void should_read_the_eu_posting_through_the_eu_api_when_given_the_eu_board() {
        LeverHarness lever = harness();

        JobPosting posting = lever.adapter(true).fetchPosting(
                URI.create(lever.replica.euPostingUrl(LeverFixtures.SHORT_FORM) + "/apply"), lever.context());

        assertThat(posting.key().value()).isEqualTo("lever:northwind/" + LeverFixtures.SHORT_FORM);
        // the apply page shows no description: it came from the EU API
        assertThat(posting.description()).contains("robots spend their day");
    }

    @Test
    void should_submit_nothing_and_say_why_when_the_hcaptcha_on_submit_cannot_be_solved() {
        // given: the forms carry Lever's invisible hCaptcha; the context has no CAPTCHA gate
        harness = new LeverHarness(folder, Optional.of(new IssuedTokens()));
        LeverAdapter adapter = harness.adapter(true);
        JobPosting posting = adapter.fetchPosting(harness.replica.postingUrl(LeverFixtures.BACKEND_ENGINEER),
                harness.context());
        TestApplyContext context = harness.context();
        adapter.fill(posting, harness.backendAnswers(), context);

        // when
        NyxException thrown = catchThrowableOfType(NyxException.class, () -> adapter.submit(posting, context));

        // then
        assertThat(thrown.code()).isEqualTo(ErrorCode.CAPTCHA_UNSOLVED);
        assertThat(thrown.getMessage()).contains("hCaptcha", "not sent");
        assertThat(context.captchaResults()).hasSize(1);
        assertThat(harness.replica.submissions()).isEmpty();
    }

    @Test
    void should_list_every_open_posting_page_by_page_when_listing_a_board() {
        // given: 150 more postings than the fixtures' two open ones
        LeverHarness lever = harness();
        for (int index = 0; index < 150; index++) {
            LeverPosting extra = LeverFixtures.shortForm();
            lever.replica.put(new LeverPosting(extra.site(), UUID.nameUUIDFromBytes(("extra" + index).getBytes())
                    .toString(), extra.company(), "Robot Wrangler " + index, extra.team(), "Lyon, France",
                    extra.commitment(), extra.description(), "en", extra.form(), true));
        }

        // when
        List<BoardPosting> board = lever.adapter(true).listBoard(URI.create("https://jobs.lever.co/northwind"),
                lever.context());

        // then
        assertThat(board).hasSize(152).extracting(BoardPosting::title).contains("Senior Backend Engineer",
                "Robot Wrangler 149").doesNotContain("Robotics Intern");
        assertThat(board).allSatisfy(posting -> assertThat(posting.url().toString())
                .startsWith(lever.replica.boardUrl("northwind") + "/"));
    }

    @Test
    void should_list_nothing_when_the_board_has_no_open_posting_and_say_so_when_the_site_is_unknown() {
        LeverHarness lever = harness();
        lever.replica.put(LeverFixtures.closed().closed());
        lever.replica.close(LeverFixtures.BACKEND_ENGINEER);
        lever.replica.close(LeverFixtures.SHORT_FORM);

        List<BoardPosting> empty = lever.adapter(true).listBoard(URI.create("https://jobs.lever.co/northwind"),
                lever.context());
        NyxException unknown = catchThrowableOfType(NyxException.class, () -> lever.adapter(true)
                .listBoard(URI.create("https://jobs.lever.co/nosuchco"), lever.context()));

        assertThat(empty).isEmpty();
        assertThat(unknown.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(unknown.getMessage()).contains("no job site named 'nosuchco'");
    }
}
