package dev.nyx.core.pipeline.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/** Failure messages of the host's web client say what failed, never "null". */
class JdkWebClientMessageTest {

    @Test
    void should_name_the_failure_when_the_exception_has_no_message() {
        // given: what HttpClient throws for a refused connection
        IOException refused = new ConnectException();
        refused.initCause(new java.nio.channels.ClosedChannelException());

        // when
        String text = JdkWebClient.describe(refused);

        // then
        assertThat(text).isEqualTo("ConnectException").doesNotContain("null");
    }

    @Test
    void should_add_the_cause_when_it_says_more() {
        // given
        IOException failure = new IOException(null, new java.net.UnknownHostException("boards-api.greenhouse.io"));

        // when
        String text = JdkWebClient.describe(failure);

        // then
        assertThat(text).isEqualTo("IOException (boards-api.greenhouse.io)");
    }
}
