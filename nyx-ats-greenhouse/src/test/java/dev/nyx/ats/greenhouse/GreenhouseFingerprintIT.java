package dev.nyx.ats.greenhouse;

import com.microsoft.playwright.Page;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Question;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown hosts resolve through the page fingerprint, also when a company page embeds the board. */
class GreenhouseFingerprintIT {
    private static GreenhouseHarness harness;

    @BeforeAll
    static void start(@TempDir Path folder) {
        harness = new GreenhouseHarness(folder);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = GreenhouseStyle.class, names = {"CLASSIC", "JOB_BOARDS"})
    void should_recognise_the_page_when_it_carries_a_greenhouse_form(GreenhouseStyle style) {
        // given
        Page page = harness.context().page();
        URI url = harness.replica.postingUrl(style, GreenhouseFixtures.BACKEND_ENGINEER);
        page.navigate(url.toString());

        // then
        assertThat(harness.adapter(true).supports(url)).as("127.0.0.1 is no Greenhouse host").isFalse();
        assertThat(harness.adapter(true).recognises(page)).isTrue();
    }

    @Test
    void should_not_recognise_the_page_when_it_has_no_greenhouse_form() {
        // given: the board's job list and a plain sign-up form
        Page page = harness.context().page();
        page.navigate(harness.server.url("/boards.greenhouse.io/acme").toString());
        boolean jobList = harness.adapter(true).recognises(page);
        page.setContent("<form id='signup'><label for='email'>Email</label><input id='email' name='email'></form>");

        // then
        assertThat(jobList).isFalse();
        assertThat(harness.adapter(true).recognises(page)).isFalse();
    }

    @Test
    void should_read_the_embedded_form_when_a_company_page_frames_the_board() {
        // given: a company careers page that frames the classic posting, served by the test on the replica's
        // address (Chromium keeps public pages from framing loopback ones)
        TestApplyContext context = harness.context();
        URI companyPage = harness.server.url("/careers.acme.example/jobs?gh_jid=4012345");
        URI framed = harness.replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER);
        context.page().route(companyPage.toString(), route -> route.fulfill(new com.microsoft.playwright.Route
                .FulfillOptions().setContentType("text/html").setBody("<html><body><h1>Careers at Acme</h1>"
                        + "<div id='grnhse_app'><iframe id='grnhse_iframe' title='Greenhouse Job Board' src='" + framed
                        + "'></iframe></div></body></html>")));
        GreenhouseAdapter adapter = harness.adapter(true);

        // when
        JobPosting posting = adapter.fetchPosting(companyPage, context);

        // then
        assertThat(adapter.supports(companyPage)).isTrue();
        assertThat(adapter.recognises(context.page())).isTrue();
        // the board named by the embedded frame: the same key as the board's own URL gives
        assertThat(posting.key().value()).isEqualTo("greenhouse:acme/4012345");
        assertThat(posting.title()).isEqualTo("Senior Backend Engineer (Java)");
        assertThat(posting.form().questions()).extracting(Question::id)
                .contains("first_name", "resume", "question_5009[]", "location", "disability_status");
    }

    @Test
    void should_fill_and_submit_inside_the_frame_when_a_company_page_embeds_the_board() {
        // given
        TestApplyContext blank = harness.context();
        URI companyPage = harness.server.url("/careers.acme.example/jobs?gh_jid=4012345");
        URI framed = harness.replica.postingUrl(GreenhouseStyle.CLASSIC, GreenhouseFixtures.BACKEND_ENGINEER);
        blank.page().route(companyPage.toString(), route -> route.fulfill(new com.microsoft.playwright.Route
                .FulfillOptions().setContentType("text/html").setBody("<html><body><h1>Careers at Acme</h1>"
                        + "<div id='grnhse_app'><iframe id='grnhse_iframe' style='width:900px;height:2400px' src='"
                        + framed + "'></iframe></div></body></html>")));
        GreenhouseAdapter adapter = harness.adapter(true);
        JobPosting posting = adapter.fetchPosting(companyPage, blank);
        TestApplyContext context = blank;
        harness.server.recorder().clear();

        // when
        adapter.fill(posting, GreenhouseHarness.answers(
                dev.nyx.testkit.greenhouse.BackendEngineerAnswers.sample(harness.resume)), context);
        dev.nyx.model.Confirmation confirmation = adapter.submit(posting, context);

        // then
        assertThat(harness.replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).hasSize(1);
        assertThat(confirmation.message()).containsIgnoringCase("Thank you for applying");
    }
}
