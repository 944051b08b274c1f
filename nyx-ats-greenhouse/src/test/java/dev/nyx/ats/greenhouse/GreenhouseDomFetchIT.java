package dev.nyx.ats.greenhouse;

import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the form from the page (no API) gives the same questions as the Job Board API. */
class GreenhouseDomFetchIT {
    private static final Set<QuestionType> TEXT_KINDS = Set.of(QuestionType.SHORT_TEXT, QuestionType.NUMBER, QuestionType.DATE);
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
    void should_give_the_api_questions_when_reading_the_page(GreenhouseStyle style) {
        // given
        JobPosting fromApi = harness.adapter(true).fetchPosting(url(style), harness.context());

        // when
        JobPosting fromPage = harness.adapter(false).fetchPosting(url(style), harness.context());

        // then
        assertThat(fromPage.key()).isEqualTo(fromApi.key());
        assertThat(fromPage.title()).isEqualTo(fromApi.title());
        assertThat(fromPage.company()).isEqualTo(fromApi.company());
        assertThat(fromPage.location()).isEqualTo(fromApi.location());
        assertThat(fromPage.description()).contains("You will build the services");
        assertThat(fromPage.form().questions()).extracting(Question::id)
                .containsExactlyInAnyOrderElementsOf(fromApi.form().questions().stream().map(Question::id).toList());
        for (Question api : fromApi.form().questions()) {
            Question page = fromPage.form().question(api.id()).orElseThrow();
            assertThat(page.label()).as("label of %s", api.id()).isEqualTo(api.label());
            assertThat(page.required()).as("required of %s", api.id()).isEqualTo(api.required());
            assertThat(page.section()).as("section of %s", api.id()).isEqualTo(api.section());
            assertThat(page.options()).extracting(Option::label).as("options of %s", api.id())
                    .containsExactlyElementsOf(api.options().stream().map(Option::label).toList());
            // the API says only "input_text"; the page may know better (number, date)
            if (api.type() == QuestionType.SHORT_TEXT) {
                assertThat(page.type()).as("type of %s", api.id()).isIn(TEXT_KINDS);
            } else {
                assertThat(page.type()).as("type of %s", api.id()).isEqualTo(api.type());
            }
        }
    }

    @Test
    void should_list_the_api_questions_in_the_mapped_types_when_fetching_the_backend_posting() {
        // when
        JobPosting posting = harness.adapter(true).fetchPosting(url(GreenhouseStyle.CLASSIC), harness.context());

        // then
        assertThat(posting.key().value()).isEqualTo("greenhouse:acme/4012345");
        assertThat(posting.company()).isEqualTo("Acme Robotics");
        assertThat(posting.language()).contains("en");
        assertThat(posting.form().question("resume")).hasValueSatisfying(question -> {
            assertThat(question.type()).isEqualTo(QuestionType.FILE);
            assertThat(question.required()).isTrue();
        });
        assertThat(posting.form().question("question_5005").map(Question::type)).contains(QuestionType.YES_NO);
        assertThat(posting.form().question("question_5009[]").map(Question::type)).contains(QuestionType.MULTI_SELECT);
        assertThat(posting.form().question("question_5010[]").map(Question::type)).contains(QuestionType.CHECKBOX);
        assertThat(posting.form().question("veteran_status")).hasValueSatisfying(question -> {
            assertThat(question.label()).isEqualTo("Veteran Status");
            assertThat(question.section()).contains("EEOC");
            assertThat(question.required()).isFalse();
        });
        assertThat(posting.form().question("location").map(Question::required)).contains(true);
        assertThat(posting.form().questions()).extracting(Question::id).doesNotContain("latitude", "longitude", "resume_text");
    }

    private static java.net.URI url(GreenhouseStyle style) {
        return harness.replica.postingUrl(style, GreenhouseFixtures.BACKEND_ENGINEER);
    }

    static List<String> ids(JobPosting posting) {
        return posting.form().questions().stream().map(Question::id).toList();
    }
}
