package dev.nyx.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.FormAnswerer;
import dev.nyx.core.answer.LlmAnswerer;
import dev.nyx.core.llm.CostLedger;
import dev.nyx.core.llm.LlmClients;
import dev.nyx.core.storage.EventLog;
import dev.nyx.model.Event;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerWiringTest {
    @TempDir
    Path temp;

    @Test
    void should_assemble_the_answerer_without_a_model_when_no_llm_is_configured() {
        try (Nyx nyx = Nyx.builder().config(TestConfigs.config(temp, Duration.ofSeconds(2)))
                .module(binder -> binder.bind(EventLog.class).toInstance(new NoEvents()))
                .build()) {
            assertThat(nyx.injector().getInstance(FormAnswerer.class)).isNotNull();
            assertThat(nyx.injector().getInstance(LlmAnswerer.class).available()).isFalse();
            assertThat(nyx.injector().getInstance(LlmClients.class))
                    .isSameAs(nyx.injector().getInstance(LlmClients.class));
            assertThat(nyx.injector().getInstance(CostLedger.class))
                    .isSameAs(nyx.injector().getInstance(CostLedger.class));
        }
    }

    /** Assembly needs an event log; these tests write no events. */
    private static final class NoEvents implements EventLog {
        @Override
        public Event append(Event event) {
            return event;
        }

        @Override
        public List<Event> forApplication(long applicationId) {
            return List.of();
        }

        @Override
        public List<Event> after(long afterId, int limit) {
            return List.of();
        }
    }
}
