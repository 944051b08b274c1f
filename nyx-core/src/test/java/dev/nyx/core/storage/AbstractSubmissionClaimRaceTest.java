package dev.nyx.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Application;
import dev.nyx.model.PostingKey;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.NewApplication;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invariant 1, "at most one submission per posting": racers released together by a barrier
 * claim the same posting; exactly one wins, every round, and the stored claimant is the winner.
 */
abstract class AbstractSubmissionClaimRaceTest extends StorageTestSupport {

    static final int RACERS = 16;
    static final int ROUNDS = 200;
    static final int POOL_SIZE = RACERS;

    private static final Logger LOG = LoggerFactory.getLogger(AbstractSubmissionClaimRaceTest.class);
    private static final URI URL = URI.create("https://jobs.lever.co/acme/race");

    private ExecutorService racers;

    @BeforeEach
    void startRacers() {
        racers = Executors.newFixedThreadPool(RACERS);
    }

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    @Test
    void should_let_exactly_one_of_16_threads_win_when_they_race_for_one_posting_key() throws Exception {
        // given
        ApplicationStore store = openStorage().applications();

        // when / then
        race("16 threads, one storage", round -> store);
    }

    @Test
    void should_let_exactly_one_win_when_two_storage_instances_race_for_one_posting_key() throws Exception {
        // given: two pools and two Jdbi instances on one database, as two JVMs would have
        ApplicationStore first = openStorage().applications();
        ApplicationStore second = openStorage().applications();

        // when / then: half of the racers use each instance
        race("two storage instances", racer -> racer % 2 == 0 ? first : second);
    }

    private void race(String scenario, StoreForRacer storeForRacer) throws Exception {
        // given: one application per racer; each round races for a new posting key (the claim only
        // needs the application to exist, and reusing them keeps the 200 rounds fast)
        List<Long> applicationIds = new ArrayList<>(RACERS);
        for (int racer = 0; racer < RACERS; racer++) {
            PostingKey ownKey = PostingKey.of("lever", "acme/racer-" + racer);
            Application application = storeForRacer.store(racer).create(NewApplication.discovered(ownKey, URL));
            applicationIds.add(application.id());
        }
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            PostingKey key = PostingKey.of("lever", "acme/race-" + round);
            CyclicBarrier start = new CyclicBarrier(RACERS);

            // when
            List<Future<Boolean>> claims = new ArrayList<>(RACERS);
            for (int racer = 0; racer < RACERS; racer++) {
                ApplicationStore store = storeForRacer.store(racer);
                long applicationId = applicationIds.get(racer);
                Callable<Boolean> claim = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return store.claimSubmission(key, applicationId);
                };
                claims.add(racers.submit(claim));
            }
            List<Long> winners = new ArrayList<>();
            for (int racer = 0; racer < RACERS; racer++) {
                if (claims.get(racer).get(60, TimeUnit.SECONDS)) {
                    winners.add(applicationIds.get(racer));
                }
            }

            // then
            assertThat(winners).as("winners of round %d", round).hasSize(1);
            assertThat(storeForRacer.store(0).submissionClaimant(key)).as("claimant of round %d", round)
                    .contains(winners.get(0));
            assertThat(storeForRacer.store(1).submissionClaimant(key)).contains(winners.get(0));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("claim race ({}, {}): {} rounds of {} racers in {} s", getClass().getSimpleName(), scenario, ROUNDS,
                RACERS, String.format("%.2f", seconds));
    }

    @FunctionalInterface
    private interface StoreForRacer {
        ApplicationStore store(int racer);
    }
}
