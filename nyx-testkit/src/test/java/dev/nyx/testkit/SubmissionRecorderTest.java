package dev.nyx.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SubmissionRecorderTest {
    private final SubmissionRecorder recorder = new SubmissionRecorder();

    @Test
    void should_filter_by_posting_and_keep_arrival_order_when_several_submissions_arrive() {
        // given
        recorder.record(submission("1"));
        recorder.record(submission("2"));
        recorder.record(submission("1"));

        // when
        List<Submission> forOne = recorder.submissionsFor("1");

        // then
        assertThat(forOne).hasSize(2).allSatisfy(submission -> assertThat(submission.postingId()).isEqualTo("1"));
        assertThat(recorder.submissions()).extracting(Submission::postingId).containsExactly("1", "2", "1");
        assertThat(recorder.count()).isEqualTo(3);
    }

    @Test
    void should_return_when_the_awaited_submissions_arrive_from_another_thread() throws Exception {
        // given
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CyclicBarrier waiting = new CyclicBarrier(2);
        try {
            CompletableFuture<List<Submission>> awaited = CompletableFuture.supplyAsync(() -> {
                await(waiting);
                return recorder.awaitSubmissions(2, Duration.ofSeconds(10));
            }, executor);
            await(waiting);

            // when
            recorder.record(submission("1"));
            recorder.record(submission("2"));

            // then
            assertThat(awaited.get(10, TimeUnit.SECONDS)).hasSize(2);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void should_time_out_with_a_clear_message_when_too_few_submissions_arrive() {
        // given
        recorder.record(submission("1"));

        // when / then
        assertThatThrownBy(() -> recorder.awaitSubmissions(2, Duration.ofMillis(50)))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("expected 2 submission(s)")
                .hasMessageContaining("but 1 arrived")
                .satisfies(thrown -> assertThat(((NyxException) thrown).code()).isEqualTo(ErrorCode.TIMEOUT));
    }

    @Test
    void should_forget_everything_when_cleared() {
        recorder.record(submission("1"));

        recorder.clear();

        assertThat(recorder.submissions()).isEmpty();
    }

    @Test
    void should_lower_case_header_names_and_copy_files_when_a_submission_is_built() {
        // given
        byte[] bytes = {1, 2, 3};
        UploadedFile file = new UploadedFile("resume", "cv.pdf", "application/pdf", bytes);
        bytes[0] = 9;

        // when
        Submission submission = new Submission("site", "1", "/p", "POST", Instant.EPOCH,
                new FormData(Map.of(), List.of(file)), Map.of("X-CSRF-Token", List.of("t")), Optional.empty());

        // then
        assertThat(submission.header("x-csrf-token")).contains("t");
        assertThat(submission.headers()).containsOnlyKeys("x-csrf-token");
        assertThat(submission.files().get(0).bytes()).containsExactly(1, 2, 3);
    }

    private static Submission submission(String postingId) {
        return new Submission("site", postingId, "/jobs/" + postingId, "POST", Instant.EPOCH, FormData.empty(),
                Map.of(), Optional.empty());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }
}
