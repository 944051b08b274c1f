package dev.nyx.testkit.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.greenhouse.internal.ClassicPage;
import dev.nyx.testkit.greenhouse.internal.JobBoardsPage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRenderingTest {
    private static final String SITE = "http://127.0.0.1:1/site";

    @Test
    void should_escape_fixture_text_and_defuse_the_description_when_the_classic_page_renders() {
        // when
        String html = ClassicPage.render(SITE, GreenhouseFixtures.dataAnalyst(), "tok\"en",
                Optional.of("<src>"));

        // then
        assertThat(html).contains("<h1 class=\"app-title\">Data Analyst &quot;Growth&quot; &lt;Team B&gt;</h1>")
                .contains("Which tools do you use for analysis? &lt;Excel &amp; SQL&gt;")
                .contains("&lt;script&gt;window.pwned = true;&lt;/script&gt;")
                .contains("&lt;img src=x onerror=&quot;window.pwned=true&quot;&gt;")
                .contains("<meta name=\"csrf-token\" content=\"tok&quot;en\">")
                .contains("name=\"gh_src\" value=\"&lt;src&gt;\"")
                .contains(GreenhouseFixtures.INJECTION_TEXT.replace("'", "&#39;"))
                .doesNotContain("<script>window", "<img", "<Team B>");
    }

    @Test
    void should_escape_fixture_text_and_defuse_the_description_when_the_job_boards_page_renders() {
        // when
        String html = JobBoardsPage.render(SITE, GreenhouseFixtures.dataAnalyst(),
                Map.of("email", "Bad <email>"), Optional.of("Fix \"these\""));

        // then
        assertThat(html).contains("Data Analyst &quot;Growth&quot; &lt;Team B&gt;")
                .contains("&lt;script&gt;window.pwned = true;&lt;/script&gt;")
                .contains(">Bad &lt;email&gt;</p>")
                .contains(">Fix &quot;these&quot;</div>")
                .doesNotContain("<script>window", "<img", "<Team B>");
    }

    @Test
    void should_wire_labels_in_every_real_way_when_the_full_posting_renders() {
        // when
        String classic = ClassicPage.render(SITE, GreenhouseFixtures.backendEngineer(), "t", Optional.empty());
        String jobBoards = JobBoardsPage.render(SITE, GreenhouseFixtures.backendEngineer(), Map.of(), Optional.empty());

        // then
        assertThat(classic).contains("<label for=\"first_name\">First Name <span class=\"asterisk\">*</span></label>")
                .contains("<label>Last Name <span class=\"asterisk\">*</span>\n<input type=\"text\" id=\"last_name\"")
                .contains("aria-labelledby=\"phone_label\"")
                .contains("placeholder=\"Preferred Name\"");
        assertThat(jobBoards).contains("<label id=\"first_name-label\" for=\"first_name\" class=\"label\">")
                .contains("aria-labelledby=\"phone-label\"")
                .contains("placeholder=\"Preferred Name\"")
                .contains("<label class=\"label\">How many years of professional Java experience do you have?")
                .contains("id=\"question_5009[]\"")
                .contains("type=\"date\"")
                .contains("type=\"number\"")
                .contains("<fieldset class=\"checkbox\" aria-required=\"true\"><legend class=\"label\">Privacy notice");
    }
}
