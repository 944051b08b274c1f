package dev.nyx.core.answer;

import static dev.nyx.core.answer.AnswerFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context of a fetched posting, and the authorisation rule answering from the posting's country. */
class PostingContextTest {
    /** The question names no country: only the posting's location says which one is meant. */
    private static final Question THIS_COUNTRY = yesNo("Are you authorised to work in the country of this job?");

    private static Profile profile;
    private final AnswerEngine engine = new AnswerEngine(AnswerFixtures.CLOCK);

    @BeforeAll
    static void loadProfile(@TempDir Path folder) {
        // the fixture profile: DE true, SE true, US false, nothing for GB
        profile = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml());
    }

    private static JobPosting posting(Optional<String> location) {
        return new JobPosting(PostingKey.of("greenhouse", "7"), URI.create("https://boards.greenhouse.io/acme/jobs/7"),
                "greenhouse", "Backend Engineer", "Acme", location, "Build things.", Optional.empty(),
                Optional.of("en"), new FormSchema(List.of(THIS_COUNTRY)));
    }

    @Test
    void should_take_the_country_from_the_location_when_the_posting_names_one() {
        assertThat(PostingContext.of(posting(Optional.of("Remote - Germany"))).countryCode()).contains("DE");
        assertThat(PostingContext.of(posting(Optional.of("London, UK"))).countryCode()).contains("GB");
        assertThat(PostingContext.of(posting(Optional.of("Berlin or London"))).countryCode()).isEmpty();
        assertThat(PostingContext.of(posting(Optional.empty())).countryCode()).isEmpty();
    }

    @Test
    void should_answer_from_the_profile_when_the_posting_country_is_listed() {
        Optional<Answer> germany = answer(posting(Optional.of("Berlin, Germany")));
        Optional<Answer> texas = answer(posting(Optional.of("Austin, TX")));

        assertThat(germany).get().satisfies(found -> {
            assertThat(found.value()).isEqualTo("Yes");
            assertThat(found.source()).isEqualTo(AnswerSource.RULE);
            assertThat(found.factsUsed()).containsExactly("nyx.workAuthorization.DE");
        });
        assertThat(texas).get().satisfies(found -> {
            assertThat(found.value()).isEqualTo("No");
            assertThat(found.factsUsed()).containsExactly("nyx.workAuthorization.US");
        });
    }

    @Test
    void should_need_input_when_the_profile_does_not_list_the_country_or_the_location_names_none() {
        for (Optional<String> location : List.of(Optional.of("London, UK"), Optional.of("Remote"),
                Optional.of("Cambridge"), Optional.<String>empty())) {
            AnswerResult result = engine.answer(new FormSchema(List.of(THIS_COUNTRY)),
                    PostingContext.of(posting(location)), profile);

            assertThat(result.answers().forQuestion(THIS_COUNTRY.id())).as("%s", location).isEmpty();
            assertThat(result.needsInput()).as("%s", location).extracting(UnansweredQuestion::question)
                    .containsExactly(THIS_COUNTRY);
        }
    }

    private Optional<Answer> answer(JobPosting posting) {
        return engine.answer(posting.form(), PostingContext.of(posting), profile).answers()
                .forQuestion(THIS_COUNTRY.id());
    }
}
