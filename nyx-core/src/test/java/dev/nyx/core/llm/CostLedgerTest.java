package dev.nyx.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.TokenUsage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

class CostLedgerTest {

    @Test
    void should_sum_each_session_separately_when_applications_finish_concurrently() throws Exception {
        // given
        CostLedger ledger = new CostLedger();
        LlmUsage one = new LlmUsage(3, new TokenUsage(1000, 200), new BigDecimal("0.0003"));
        int workers = 4;
        CyclicBarrier start = new CyclicBarrier(workers);
        List<Thread> threads = new ArrayList<>();

        // when: 4 threads add 50 applications each to session 1, and one to session 2
        for (int worker = 0; worker < workers; worker++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                for (int index = 0; index < 50; index++) {
                    ledger.add("s-1", one);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        ledger.add("s-2", one);

        // then
        assertThat(ledger.session("s-1")).isEqualTo(new LlmUsage(600, new TokenUsage(200_000, 40_000),
                new BigDecimal("0.0600")));
        assertThat(ledger.session("s-2").calls()).isEqualTo(3);
        assertThat(ledger.session("s-3")).isEqualTo(LlmUsage.NONE);
    }
}
