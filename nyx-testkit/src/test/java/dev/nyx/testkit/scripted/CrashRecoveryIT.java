package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static dev.nyx.testkit.scripted.PipelineFixture.nyx;
import static dev.nyx.testkit.scripted.PipelineFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.PostingKey;
import dev.nyx.model.profile.Profile;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.scripted.ScriptedAtsAdapter.Step;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies between storing {@code SUBMITTING} and the confirmation: a second Nyx on the
 * same database (standing in for the restarted process, its clock past the recovery window) marks
 * the application {@code NEEDS_VERIFICATION} and never submits it again.
 */
class CrashRecoveryIT {
    @TempDir
    Path folder;

    private ReplicaServer server;
    private ExecutorService deadProcess;
    private CountDownLatch neverReleased;

    @BeforeEach
    void start() {
        server = ReplicaServer.start().mount(new ScriptedSite());
        deadProcess = Executors.newSingleThreadExecutor();
        neverReleased = new CountDownLatch(1);
    }

    @AfterEach
    void stop() throws InterruptedException {
        deadProcess.shutdownNow();
        deadProcess.awaitTermination(30, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void should_mark_needs_verification_and_never_resubmit_when_the_process_died_while_submitting() throws Exception {
        // given: the first process stores SUBMITTING, then hangs in the click (it "dies" there)
        NyxConfig config = config(folder, true, "5s", "60s");
        Profile profile = profile(folder);
        String url = server.url(ScriptedSite.MOUNT + "/jobs/" + ScriptedSite.PLATFORM_ENGINEER).toString();
        ScriptedAtsAdapter dying = new ScriptedAtsAdapter();
        CountDownLatch clicking = new CountDownLatch(1);
        dying.hangOn(Step.SUBMIT, clicking, neverReleased);
        Nyx first = nyx(config, dying);
        deadProcess.submit(() -> first.applications().apply(ApplyRequest.of(url, profile)));
        assertThat(clicking.await(60, TimeUnit.SECONDS)).isTrue();
        ApplicationStore firstStore = first.injector().getInstance(ApplicationStore.class);
        PostingKey key = PostingKey.of("scripted", ScriptedSite.PLATFORM_ENGINEER);
        assertThat(firstStore.findLatest(key)).map(Application::status).contains(ApplicationStatus.SUBMITTING);

        // when: a restarted process opens the same database later than the recovery window
        ScriptedAtsAdapter restarted = new ScriptedAtsAdapter();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        try (Nyx second = nyx(config, restarted, later)) {
            ApplicationStore store = second.injector().getInstance(ApplicationStore.class);
            Application recovered = store.findLatest(key).orElseThrow();

            ApplyOutcome again = second.applications().apply(ApplyRequest.of(url, profile));

            // then
            assertThat(recovered.status()).isEqualTo(ApplicationStatus.NEEDS_VERIFICATION);
            assertThat(second.injector().getInstance(EventLog.class).forApplication(recovered.id()))
                    .anySatisfy(event -> {
                        assertThat(event.data()).containsEntry("to", "NEEDS_VERIFICATION");
                        assertThat(event.data().get("reason")).contains("stopped before the site confirmed");
                    });
            assertThat(again.duplicateOf()).contains(recovered.id());
            assertThat(again.reason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("may have been submitted").contains("nyx verify " + recovered.id()));
            assertThat(restarted.calls(Step.SUBMIT)).isZero();
            assertThat(server.submissions()).isEmpty();
        }
        // the dead worker never clicked either
        await().atMost(Duration.ofSeconds(5)).until(() -> dying.calls(Step.SUBMIT) == 1);
        assertThat(server.submissions()).isEmpty();
        closeWithoutRelease(first);
    }

    @Test
    void should_apply_again_only_after_the_candidate_settles_an_unknown_submission_as_not_submitted() throws Exception {
        // given: an application left NEEDS_VERIFICATION by a process that died in the submit click
        NyxConfig config = config(folder, true, "5s", "60s");
        Profile profile = profile(folder);
        String url = server.url(ScriptedSite.MOUNT + "/jobs/" + ScriptedSite.PLATFORM_ENGINEER).toString();
        ScriptedAtsAdapter dying = new ScriptedAtsAdapter();
        CountDownLatch clicking = new CountDownLatch(1);
        dying.hangOn(Step.SUBMIT, clicking, neverReleased);
        Nyx first = nyx(config, dying);
        deadProcess.submit(() -> first.applications().apply(ApplyRequest.of(url, profile)));
        assertThat(clicking.await(60, TimeUnit.SECONDS)).isTrue();
        closeWithoutRelease(first);
        ScriptedAtsAdapter restarted = new ScriptedAtsAdapter();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        try (Nyx second = nyx(config, restarted, later)) {
            ApplyOutcome held = second.applications().apply(ApplyRequest.of(url, profile));
            long unknown = held.duplicateOf().orElseThrow();
            assertThat(second.verifications().pending()).extracting(Application::id).containsExactly(unknown);

            // when: the candidate checked the site and found nothing, and applies again
            Application settled = second.verifications().notSubmitted(unknown);
            ApplyOutcome again = second.applications().apply(ApplyRequest.of(url, profile));
            ApplyOutcome third = second.applications().apply(ApplyRequest.of(url, profile));

            // then: exactly one submission, and the posting is claimed again
            assertThat(settled.status()).isEqualTo(ApplicationStatus.FAILED);
            assertThat(settled.retryable()).isTrue();
            assertThat(again.submitted()).as(again.toString()).isTrue();
            assertThat(third.duplicateOf()).isPresent();
            assertThat(restarted.calls(Step.SUBMIT)).isEqualTo(1);
            assertThat(server.submissions()).hasSize(1);
            assertThat(second.verifications().pending()).isEmpty();
        }
    }

    @Test
    void should_leave_a_live_submission_alone_when_it_is_younger_than_the_recovery_window() throws Exception {
        NyxConfig config = config(folder, true, "5s", "60s");
        Profile profile = profile(folder);
        String url = server.url(ScriptedSite.MOUNT + "/jobs/" + ScriptedSite.PLATFORM_ENGINEER).toString();
        ScriptedAtsAdapter busy = new ScriptedAtsAdapter();
        CountDownLatch clicking = new CountDownLatch(1);
        busy.hangOn(Step.SUBMIT, clicking, neverReleased);
        Nyx first = nyx(config, busy);
        deadProcess.submit(() -> first.applications().apply(ApplyRequest.of(url, profile)));
        assertThat(clicking.await(60, TimeUnit.SECONDS)).isTrue();

        // another JVM starting now must not take the running submission for dead
        try (Nyx second = nyx(config, new ScriptedAtsAdapter())) {
            Application seen = second.injector().getInstance(ApplicationStore.class)
                    .findLatest(PostingKey.of("scripted", ScriptedSite.PLATFORM_ENGINEER)).orElseThrow();

            assertThat(seen.status()).isEqualTo(ApplicationStatus.SUBMITTING);
        }
        closeWithoutRelease(first);
    }

    /** Closing interrupts the hung plugin call: what a killed process leaves behind. */
    private static void closeWithoutRelease(Nyx nyx) {
        nyx.close();
    }
}
