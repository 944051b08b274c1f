package dev.nyx.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One engine shared by several threads gives each the same answers it gives one thread. */
class AnswerEngineConcurrencyTest {
    @TempDir
    Path folder;

    @Test
    void should_give_the_same_answers_when_one_engine_answers_from_several_threads() throws Exception {
        // given: the whole corpus as one form
        Profile profile = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml());
        List<Question> questions = new ArrayList<>();
        AnswerCorpusTest.corpus().map(AnswerCorpusTest.Case::question)
                .filter(question -> questions.stream().noneMatch(known -> known.id().equals(question.id())))
                .forEach(questions::add);
        FormSchema form = new FormSchema(questions);
        AnswerEngine engine = new AnswerEngine(AnswerFixtures.CLOCK);
        AnswerResult expected = engine.answer(form, AnswerFixtures.ACME_DE, profile);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnswerResult>> results = new ArrayList<>();
            for (int run = 0; run < 8; run++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return engine.answer(form, AnswerFixtures.ACME_DE, profile);
                }));
            }

            // when
            start.countDown();

            // then
            for (Future<AnswerResult> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
