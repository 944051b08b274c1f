package dev.nyx.core.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A web client time-out the adapter recovers from still names its step in the outcome's reason. */
class StepTimeoutWebClientTest {
    private static final URI API = URI.create("https://boards-api.greenhouse.io/v1/boards/acme/jobs/1");

    /** A web client whose host never answers in time. */
    private static final class SilentHost implements WebClient {
        @Override
        public Response get(URI url, Map<String, String> headers) {
            throw new NyxException(ErrorCode.TIMEOUT, "No answer from '" + url + "' within 10000 ms"
                    + " (network.requestTimeout)");
        }

        @Override
        public Response postJson(URI url, String json, Map<String, String> headers) {
            throw new NyxException(ErrorCode.NETWORK, "Request to '" + url + "' failed: ConnectException");
        }
    }

    @Test
    void should_name_the_step_in_the_reason_when_a_call_times_out_and_the_run_goes_on() {
        // given
        OutcomeBuilder outcome = new OutcomeBuilder("https://boards.greenhouse.io/acme/jobs/1", Clock.systemUTC());
        WebClient web = new StepTimeoutWebClient(new SilentHost(), outcome);
        outcome.step("fetch posting");

        // when: the adapter catches the time-out and reads the page instead
        assertThatThrownBy(() -> web.get(API, Map.of())).isInstanceOf(NyxException.class);
        ApplyOutcome built = outcome.build();

        // then
        assertThat(built.reason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("step 'fetch posting' timed out (No answer from '" + API + "'"));
        assertThat(built.timedOutStep()).contains("fetch posting");
    }

    @Test
    void should_leave_the_reason_alone_when_a_call_fails_otherwise() {
        // given
        OutcomeBuilder outcome = new OutcomeBuilder("https://boards.greenhouse.io/acme/jobs/1", Clock.systemUTC());
        WebClient web = new StepTimeoutWebClient(new SilentHost(), outcome);

        // when
        assertThatThrownBy(() -> web.postJson(API, "{}", Map.of())).isInstanceOf(NyxException.class);

        // then
        assertThat(outcome.build().reason()).isEmpty();
        assertThat(outcome.build().timedOutStep()).isEmpty();
    }

    @Test
    void should_keep_the_reason_and_add_the_step_when_the_run_also_stopped() {
        // given
        OutcomeBuilder outcome = new OutcomeBuilder("https://boards.greenhouse.io/acme/jobs/1", Clock.systemUTC());
        outcome.step("fetch posting");
        new StepTimeoutWebClient(new SilentHost(), outcome);
        outcome.timedOut("No answer from the API");

        // when
        outcome.reason("required questions without an answer: 'Salary'");

        // then
        assertThat(outcome.build().reason()).contains("required questions without an answer: 'Salary'; step"
                + " 'fetch posting' timed out (No answer from the API)");
    }
}
