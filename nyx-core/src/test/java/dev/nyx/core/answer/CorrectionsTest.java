package dev.nyx.core.answer;

import static dev.nyx.core.answer.AnswerFixtures.ACME_DE;
import static dev.nyx.core.answer.AnswerFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.match.InMemoryEmbeddingCache;
import dev.nyx.core.match.TextEmbedder;
import dev.nyx.core.storage.Storage;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.Correction;
import dev.nyx.core.storage.NewApplication;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections on a real H2 database, answered by the engine with the real embedding model: the
 * corrected text, a re-wording of it, and not an unrelated question or one about another country.
 */
class CorrectionsTest {
    /** One embedder for the class: the model loads once per process anyway. */
    private static final TextEmbedder EMBEDDER = new TextEmbedder(new InMemoryEmbeddingCache());

    @TempDir
    Path folder;

    private Storage storage;
    private Corrections corrections;
    private AnswerEngine engine;
    private long applicationId;

    @BeforeEach
    void open() {
        storage = Storage.open(new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2),
                folder.resolve("data"), AnswerFixtures.CLOCK);
        corrections = new Corrections(storage.answerBank(), storage.applications(), AnswerFixtures.CLOCK);
        engine = new AnswerEngine(AnswerFixtures.CLOCK, storage.answerBank(), EMBEDDER::similarity);
        applicationId = storage.applications().create(NewApplication.discovered(PostingKey.of("test", "1"),
                URI.create("https://jobs.example.com/1"))).id();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private Optional<Answer> answer(Question question) {
        Profile profile = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml());
        return engine.answer(new FormSchema(List.of(question)), ACME_DE, profile).answers()
                .forQuestion(question.id());
    }

    @Test
    void should_answer_from_the_newest_correction_and_keep_the_history_when_corrected_twice() {
        // given: the fixture profile is willing to relocate; the candidate corrected it twice
        corrections.correct(applicationId, "Are you willing to relocate?", "Yes");
        Correction newest = corrections.correct(applicationId, "are you willing to relocate", "No");

        // when
        Optional<Answer> answer = answer(yesNo("ARE YOU WILLING TO RELOCATE?"));

        // then
        assertThat(answer).get().satisfies(found -> {
            assertThat(found.value()).isEqualTo("No");
            assertThat(found.source()).isEqualTo(AnswerSource.BANK);
            assertThat(found.factsUsed()).containsExactly("corrections[" + newest.id() + "]");
        });
        assertThat(corrections.history("Are you willing to relocate?")).extracting(Correction::answer)
                .containsExactly("Yes", "No");
    }

    @Test
    void should_give_the_corrected_answer_to_a_reworded_question_but_not_to_an_unrelated_one() {
        // given
        corrections.correct(applicationId, "Are you willing to relocate?", "No");

        // when
        Optional<Answer> reworded = answer(yesNo("Would you be open to relocating for this role?"));
        Optional<Answer> unrelated = answer(yesNo("Are you willing to travel?"));

        // then: the re-wording takes the correction; the other question is left to the rules
        assertThat(reworded).get().satisfies(found -> {
            assertThat(found.value()).isEqualTo("No");
            assertThat(found.source()).isEqualTo(AnswerSource.BANK);
        });
        assertThat(unrelated.map(Answer::source)).isNotEqualTo(Optional.of(AnswerSource.BANK));
    }

    @Test
    void should_not_carry_an_answer_to_another_country_when_the_wordings_name_different_places() {
        // given: alike sentences (similarity about 0.7), different countries
        corrections.correct(applicationId, "Are you legally authorized to work in Canada?", "No");

        // when
        Optional<Answer> answer = answer(yesNo("Are you legally authorized to work in Germany?"));

        // then: the rules answer from the profile's work authorisation instead
        assertThat(answer).get().satisfies(found -> assertThat(found.source()).isEqualTo(AnswerSource.RULE));
    }

    @Test
    void should_refuse_with_not_found_when_the_application_is_unknown() {
        assertThatThrownBy(() -> corrections.correct(4711, "Are you willing to relocate?", "No"))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("no application with id 4711");
        assertThat(corrections.latest()).isEmpty();
    }

    @Test
    void should_refuse_with_invalid_input_when_the_answer_is_empty() {
        assertThatThrownBy(() -> corrections.correct(applicationId, "Are you willing to relocate?", "  "))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("is empty");
        assertThat(corrections.latest()).isEmpty();
    }
}
