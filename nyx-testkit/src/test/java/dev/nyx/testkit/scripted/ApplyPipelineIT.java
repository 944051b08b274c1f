package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static dev.nyx.testkit.scripted.PipelineFixture.nyx;
import static dev.nyx.testkit.scripted.PipelineFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.Nyx;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.PostingKey;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorKind;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.core.storage.NewApplication;
import dev.nyx.testkit.Fault;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.scripted.ScriptedAtsAdapter.Step;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's state machine against the scripted replica site in a real browser. */
class ApplyPipelineIT {
    @TempDir
    Path folder;

    private ReplicaServer server;
    private ScriptedAtsAdapter adapter;
    private Profile profile;
    private Nyx nyx;

    @BeforeEach
    void start() {
        server = ReplicaServer.start().mount(new ScriptedSite());
        adapter = new ScriptedAtsAdapter();
        profile = profile(folder);
        nyx = nyx(config(folder), adapter);
    }

    @AfterEach
    void stop() {
        nyx.close();
        server.close();
    }

    private String url(String jobId) {
        return server.url(ScriptedSite.MOUNT + "/jobs/" + jobId).toString();
    }

    private ApplyOutcome apply(String jobId) {
        return nyx.applications().apply(ApplyRequest.of(url(jobId), profile));
    }

    private ApplicationStore store() {
        return nyx.injector().getInstance(ApplicationStore.class);
    }

    @Test
    void should_submit_once_and_record_everything_when_every_question_is_answered() {
        ApplyOutcome outcome = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        assertThat(outcome.ats()).contains("scripted");
        assertThat(server.submissions()).singleElement().satisfies(submission -> {
            assertThat(submission.fields().get("first_name")).containsExactly("Mara");
            assertThat(submission.fields().get("last_name")).containsExactly("Lindqvist");
            assertThat(submission.fields().get("email")).containsExactly("mara.lindqvist@example.com");
        });
        long id = outcome.applicationId().orElseThrow();
        assertThat(store().find(id).orElseThrow().submittedAt()).isPresent();
        assertThat(store().answers(id)).hasSize(3);
        assertThat(store().confirmation(id)).hasValueSatisfying(confirmation ->
                assertThat(confirmation.message()).contains("Thank you for applying"));
        assertThat(outcome.screenshot()).hasValueSatisfying(file -> assertThat(file).exists()
                .startsWith(folder.resolve("data/evidence/" + id)));
        List<String> moves = nyx.injector().getInstance(EventLog.class).forApplication(id).stream()
                .filter(event -> event.type() == EventType.STATUS_CHANGED).map(Event::data)
                .map(data -> data.get("from") + ">" + data.get("to")).toList();
        assertThat(moves).containsExactly("DISCOVERED>FETCHED", "FETCHED>MATCHED", "MATCHED>ANSWERING",
                "ANSWERING>FILLING", "FILLING>SUBMITTING", "SUBMITTING>SUBMITTED");
    }

    @Test
    void should_report_the_duplicate_and_submit_nothing_when_applying_twice() {
        ApplyOutcome first = apply(ScriptedSite.PLATFORM_ENGINEER);

        ApplyOutcome second = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(second.duplicateOf()).isEqualTo(first.applicationId());
        assertThat(second.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("already"));
        assertThat(server.submissions()).hasSize(1);
        assertThat(adapter.calls(Step.SUBMIT)).isEqualTo(1);
    }

    @Test
    void should_skip_the_repost_when_the_same_role_was_applied_to_under_another_id() {
        apply(ScriptedSite.PLATFORM_ENGINEER);

        ApplyOutcome repost = apply(ScriptedSite.PLATFORM_ENGINEER_REPOST);

        assertThat(repost.status()).contains(ApplicationStatus.SKIPPED);
        assertThat(repost.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("re-post"));
        assertThat(server.submissions()).hasSize(1);
    }

    @Test
    void should_fill_without_submitting_and_keep_a_screenshot_when_dry_run() {
        ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(url(ScriptedSite.PLATFORM_ENGINEER), profile)
                .asDryRun());

        assertThat(outcome.status()).contains(ApplicationStatus.FILLING);
        assertThat(outcome.screenshot()).hasValueSatisfying(file -> assertThat(Files.isRegularFile(file)).isTrue());
        assertThat(server.submissions()).isEmpty();
        assertThat(adapter.calls(Step.SUBMIT)).isZero();
        assertThat(nyx.injector().getInstance(EventLog.class).forApplication(outcome.applicationId().orElseThrow()))
                .anySatisfy(event -> assertThat(event.message()).contains("dry run"));
    }

    @Test
    void should_resume_the_same_application_when_applying_for_real_after_a_dry_run() {
        ApplyOutcome dryRun = nyx.applications().apply(ApplyRequest.of(url(ScriptedSite.PLATFORM_ENGINEER), profile)
                .asDryRun());

        ApplyOutcome real = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(real.applicationId()).isEqualTo(dryRun.applicationId());
        assertThat(real.status()).contains(ApplicationStatus.SUBMITTED);
        assertThat(server.submissions()).hasSize(1);
    }

    @Test
    void should_need_input_naming_the_question_when_a_required_question_has_no_answer() {
        ApplyOutcome outcome = apply(ScriptedSite.DATA_ENGINEER);

        assertThat(outcome.status()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(outcome.reason()).hasValueSatisfying(reason ->
                assertThat(reason).contains(ScriptedSite.FAVOURITE_COLOUR));
        assertThat(outcome.unanswered()).contains(ScriptedSite.FAVOURITE_COLOUR);
        assertThat(store().find(outcome.applicationId().orElseThrow()).orElseThrow().failureReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains(ScriptedSite.FAVOURITE_COLOUR));
        assertThat(adapter.calls(Step.FILL)).isZero();
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_fail_as_not_found_when_the_posting_is_404() {
        ApplyOutcome outcome = apply("9999");

        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure ->
                assertThat(failure.code()).isEqualTo(ErrorCode.POSTING_NOT_FOUND));
        assertThat(store().find(outcome.applicationId().orElseThrow()).orElseThrow().retryable()).isFalse();
    }

    @Test
    void should_fail_as_closed_when_the_posting_no_longer_accepts_applications() {
        ApplyOutcome outcome = apply(ScriptedSite.CLOSED);

        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.POSTING_CLOSED);
            assertThat(failure.message()).contains("no longer accepts");
        });
    }

    @Test
    void should_fail_with_the_page_message_and_record_nothing_when_the_site_rejects_the_form() {
        server.faults().inject(Fault.validationError(ScriptedSite.MOUNT + "/jobs/" + ScriptedSite.PLATFORM_ENGINEER,
                "Email looks invalid").forMethod("POST"));

        ApplyOutcome outcome = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.FORM_REJECTED);
            assertThat(failure.message()).contains("Email looks invalid");
        });
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_fail_as_retryable_timeout_when_the_page_is_slower_than_the_step_timeout() {
        server.faults().inject(Fault.delay(ScriptedSite.MOUNT + "/jobs/*", Duration.ofSeconds(8)).forMethod("GET"));

        ApplyOutcome outcome = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(outcome.status()).contains(ApplicationStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(failure ->
                assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT));
        assertThat(store().find(outcome.applicationId().orElseThrow()).orElseThrow().retryable()).isTrue();
    }

    @Test
    void should_fail_naming_the_plugin_and_go_on_when_the_adapter_throws() {
        adapter.failOn(Step.FILL, new IllegalStateException("widget exploded"));

        ApplyOutcome failed = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(failed.status()).contains(ApplicationStatus.FAILED);
        assertThat(failed.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.PLUGIN_FAILED);
            assertThat(failure.message()).contains("scripted").contains("widget exploded");
        });
        assertThat(server.submissions()).isEmpty();
    }

    @Test
    void should_redact_sensitive_profile_values_when_an_adapter_error_carries_them() {
        adapter.failOn(Step.FILL, new IllegalStateException("field refused the date 1989-06-14 (14.06.1989)"));

        ApplyOutcome failed = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(failed.failure()).hasValueSatisfying(failure -> assertThat(failure.message())
                .contains("[redacted]").doesNotContain("1989"));
        assertThat(nyx.injector().getInstance(EventLog.class).forApplication(failed.applicationId().orElseThrow()))
                .allSatisfy(event -> assertThat(event.message() + event.data()).doesNotContain("1989"));
    }

    @Test
    void should_time_out_a_hanging_adapter_and_apply_to_the_next_posting() throws Exception {
        nyx.close();
        nyx = nyx(config(folder, true, "5s", "2s"), adapter);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        adapter.hangOn(Step.FILL, entered, never);

        ApplyOutcome hung = apply(ScriptedSite.PLATFORM_ENGINEER);

        assertThat(entered.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(hung.status()).contains(ApplicationStatus.FAILED);
        assertThat(hung.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(failure.kind()).isEqualTo(ErrorKind.TRANSIENT);
            assertThat(failure.message()).contains("scripted").contains("PT2S");
        });
        never.countDown();
        adapter.hangOn(Step.FILL, new CountDownLatch(1), new CountDownLatch(0));
        assertThat(apply(ScriptedSite.PLATFORM_ENGINEER_REPOST).status()).contains(ApplicationStatus.SUBMITTED);
    }

    @Test
    void should_report_a_duplicate_and_click_nothing_when_another_application_claimed_the_posting_first()
            throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        adapter.hangOn(Step.FILL, entered, release);
        ApplyOutcome[] result = new ApplyOutcome[1];
        Thread worker = new Thread(() -> result[0] = apply(ScriptedSite.PLATFORM_ENGINEER));
        worker.start();
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        // a worker elsewhere wins the claim while this one is filling
        long rival = store().create(NewApplication.discovered(new PostingKey("scripted:rival"),
                URI.create(url(ScriptedSite.PLATFORM_ENGINEER)))).id();
        assertThat(store().claimSubmission(PostingKey.of("scripted", ScriptedSite.PLATFORM_ENGINEER), rival)).isTrue();

        release.countDown();
        worker.join(TimeUnit.SECONDS.toMillis(60));

        assertThat(result[0].duplicateOf()).contains(rival);
        assertThat(result[0].status()).contains(ApplicationStatus.FAILED);
        assertThat(adapter.calls(Step.SUBMIT)).isZero();
        assertThat(server.submissions()).isEmpty();
    }
}
