package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.NewApplication;
import dev.nyx.core.storage.Storage;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.PostingKey;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nyx verify [ID submitted|not-submitted]} on a real H2 database in a temporary folder. */
class VerifyCommandTest {
    private static final List<ApplicationStatus> TO_UNKNOWN = List.of(ApplicationStatus.FETCHED,
            ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING, ApplicationStatus.FILLING);

    @TempDir
    Path dataDirectory;

    @Test
    void should_list_the_applications_whose_submission_is_unknown() {
        // given
        long unknown = createUnknownSubmission("crashed");

        // when
        CommandResult result = run("verify");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 application was interrupted during the submit click")
                .containsPattern("\\s" + unknown + "\\s+https://jobs.example.com/crashed");
    }

    @Test
    void should_record_the_application_as_submitted_and_keep_the_claim_when_the_candidate_saw_it_submitted() {
        // given
        long unknown = createUnknownSubmission("seen");

        // when
        CommandResult result = run("verify", String.valueOf(unknown), "submitted");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Application " + unknown + " is recorded as submitted");
        try (Storage storage = open()) {
            assertThat(storage.applications().find(unknown)).map(Application::status)
                    .contains(ApplicationStatus.SUBMITTED);
            assertThat(storage.applications().submissionClaimant(PostingKey.of("test", "seen"))).contains(unknown);
        }
        assertThat(run("verify").out()).contains("No application waits for verification.");
    }

    @Test
    void should_release_the_posting_when_the_candidate_found_it_not_submitted() {
        // given
        long unknown = createUnknownSubmission("lost");

        // when
        CommandResult result = run("verify", String.valueOf(unknown), "not-submitted");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("recorded as not submitted", "nyx apply https://jobs.example.com/lost");
        try (Storage storage = open()) {
            Application settled = storage.applications().find(unknown).orElseThrow();
            assertThat(settled.status()).isEqualTo(ApplicationStatus.FAILED);
            assertThat(settled.retryable()).isTrue();
            assertThat(storage.applications().submissionClaimant(PostingKey.of("test", "lost"))).isEmpty();
        }
    }

    @Test
    void should_refuse_with_exit_code_2_when_the_finding_is_missing_or_unknown_or_the_application_is_not_waiting() {
        // given
        long unknown = createUnknownSubmission("odd");

        // when
        CommandResult missing = run("verify", String.valueOf(unknown));
        CommandResult wrong = run("verify", String.valueOf(unknown), "maybe");
        run("verify", String.valueOf(unknown), "submitted");
        CommandResult twice = run("verify", String.valueOf(unknown), "not-submitted");

        // then
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nyx verify " + unknown + " submitted|not-submitted");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("'maybe' is not a finding");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("application " + unknown + " is SUBMITTED, not NEEDS_VERIFICATION");
    }

    private CommandResult run(String... args) {
        return CommandResult.run(Map.of("NYX_DATA_DIRECTORY", dataDirectory.toString()), args);
    }

    private Storage open() {
        return Storage.open(new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2),
                dataDirectory, Clock.systemUTC());
    }

    /** An application that claimed its posting and was interrupted in the submit click. */
    private long createUnknownSubmission(String slug) {
        try (Storage storage = open()) {
            ApplicationStore applications = storage.applications();
            PostingKey key = PostingKey.of("test", slug);
            Application current = applications.create(NewApplication.discovered(key,
                    URI.create("https://jobs.example.com/" + slug)));
            for (ApplicationStatus next : TO_UNKNOWN) {
                current = applications.transition(current.id(), current.status(), next, Optional.empty(), false)
                        .application();
            }
            applications.claimSubmission(key, current.id(), ApplicationStatus.FILLING);
            applications.transition(current.id(), ApplicationStatus.SUBMITTING, ApplicationStatus.NEEDS_VERIFICATION,
                    Optional.of("interrupted"), false);
            return current.id();
        }
    }
}
