package dev.nyx.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.Effort;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.PostingKey;
import dev.nyx.model.TokenUsage;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.NewApplication;
import dev.nyx.core.storage.StatusChange;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link ApplicationStore} contract; every database runs it through a subclass. */
abstract class AbstractApplicationStoreContractTest extends StorageTestSupport {

    private static final PostingKey KEY = PostingKey.of("greenhouse", "acme/4012345");
    private static final URI URL = URI.create("https://boards.greenhouse.io/acme/jobs/4012345");

    private Storage storage;
    private ApplicationStore applications;
    private ExecutorService workers;

    @BeforeEach
    void openStore() {
        storage = openStorage();
        applications = storage.applications();
        workers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void should_return_stored_application_when_created() {
        // when
        Application created = applications.create(new NewApplication(KEY, URL, Optional.of("greenhouse"),
                Optional.empty(), ApplicationStatus.DISCOVERED));

        // then
        assertThat(created.id()).isPositive();
        assertThat(created.postingKey()).isEqualTo(KEY);
        assertThat(created.url()).isEqualTo(URL);
        assertThat(created.ats()).contains("greenhouse");
        assertThat(created.status()).isEqualTo(ApplicationStatus.DISCOVERED);
        assertThat(created.tokens()).isEqualTo(TokenUsage.NONE);
        assertThat(created.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(created.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(applications.find(created.id())).contains(created);
        assertThat(applications.find(created.id() + 1000)).isEmpty();
    }

    @Test
    void should_find_latest_application_when_posting_has_several() {
        // given
        applications.create(NewApplication.discovered(KEY, URL));
        clock.advance(Duration.ofMinutes(1));
        Application latest = applications.create(NewApplication.discovered(KEY, URL));
        applications.create(NewApplication.discovered(PostingKey.of("lever", "other"), URL));

        // when / then
        assertThat(applications.findLatest(KEY)).contains(latest);
        assertThat(applications.findLatest(PostingKey.of("lever", "unknown"))).isEmpty();
    }

    @Test
    void should_find_applications_by_status_when_statuses_given() {
        // given
        Application discovered = applications.create(NewApplication.discovered(KEY, URL));
        Application fetched = applications.create(NewApplication.discovered(PostingKey.of("lever", "2"), URL));
        fetched = applications.transition(fetched.id(), ApplicationStatus.DISCOVERED, ApplicationStatus.FETCHED,
                Optional.empty(), false).application();

        // when / then
        assertThat(applications.findByStatus(Set.of(ApplicationStatus.FETCHED))).containsExactly(fetched);
        assertThat(applications.findByStatus(Set.of(ApplicationStatus.FETCHED, ApplicationStatus.DISCOVERED)))
                .containsExactly(discovered, fetched);
        assertThat(applications.findByStatus(Set.of(ApplicationStatus.SUBMITTED))).isEmpty();
        assertThat(applications.findByStatus(Set.of())).isEmpty();
    }

    @Test
    void should_change_status_and_append_event_when_transition_is_allowed() {
        // given
        Application created = applications.create(NewApplication.discovered(KEY, URL));
        clock.advance(Duration.ofSeconds(3));

        // when
        StatusChange change = applications.transition(created.id(), ApplicationStatus.DISCOVERED,
                ApplicationStatus.FETCHED, Optional.of("posting fetched"), false);

        // then
        assertThat(change.application().status()).isEqualTo(ApplicationStatus.FETCHED);
        assertThat(change.application().updatedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(change.application().duration()).contains(Duration.ofSeconds(3));
        assertThat(applications.find(created.id())).contains(change.application());
        Event event = change.event();
        assertThat(event.id()).isPositive();
        assertThat(event.type()).isEqualTo(EventType.STATUS_CHANGED);
        assertThat(event.applicationId()).contains(created.id());
        assertThat(event.data()).isEqualTo(Map.of("from", "DISCOVERED", "to", "FETCHED", "reason", "posting fetched"));
        assertThat(storage.events().forApplication(created.id())).containsExactly(event);
    }

    @Test
    void should_keep_status_and_write_no_event_when_event_insert_fails() throws Exception {
        // given: a constraint that makes the event insert, and only it, fail
        Application created = applications.create(NewApplication.discovered(KEY, URL));
        executeSql("ALTER TABLE events ADD CONSTRAINT test_refuse_status_events CHECK (event_type <> 'STATUS_CHANGED')");

        // when / then
        assertThatThrownBy(() -> applications.transition(created.id(), ApplicationStatus.DISCOVERED,
                ApplicationStatus.FETCHED, Optional.empty(), false))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
        assertThat(applications.find(created.id())).map(Application::status).contains(ApplicationStatus.DISCOVERED);
        assertThat(storage.events().forApplication(created.id())).isEmpty();
    }

    @Test
    void should_store_reason_retryability_and_submission_time_when_failing_and_submitting() {
        // given
        Application failing = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED);
        Application submitting = moveTo(applications.create(NewApplication.discovered(PostingKey.of("lever", "9"), URL)),
                ApplicationStatus.FETCHED, ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING,
                ApplicationStatus.FILLING, ApplicationStatus.SUBMITTING);

        // when
        Application failed = applications.transition(failing.id(), ApplicationStatus.FETCHED, ApplicationStatus.FAILED,
                Optional.of("site returned 503"), true).application();
        Application submitted = applications.transition(submitting.id(), ApplicationStatus.SUBMITTING,
                ApplicationStatus.SUBMITTED, Optional.empty(), false).application();
        Application retried = applications.transition(failed.id(), ApplicationStatus.FAILED,
                ApplicationStatus.DISCOVERED, Optional.of("retry"), false).application();

        // then
        assertThat(failed.failureReason()).contains("site returned 503");
        assertThat(failed.retryable()).isTrue();
        assertThat(submitted.submittedAt()).contains(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(retried.failureReason()).isEmpty();
        assertThat(retried.retryable()).isFalse();
    }

    @Test
    void should_reject_transition_naming_statuses_when_status_model_forbids_it() {
        // given
        Application created = applications.create(NewApplication.discovered(KEY, URL));

        // when / then
        assertThatThrownBy(() -> applications.transition(created.id(), ApplicationStatus.DISCOVERED,
                ApplicationStatus.SUBMITTED, Optional.empty(), false))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE);
                    assertThat(e.getMessage()).contains("application " + created.id(), "DISCOVERED", "SUBMITTED",
                            "FETCHED");
                });
        assertThat(applications.find(created.id())).contains(created);
        assertThat(storage.events().forApplication(created.id())).isEmpty();
    }

    @Test
    void should_report_conflict_when_status_is_no_longer_the_expected_one() {
        // given
        Application created = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED);

        // when / then
        assertThatThrownBy(() -> applications.transition(created.id(), ApplicationStatus.DISCOVERED,
                ApplicationStatus.FETCHED, Optional.empty(), false))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.STATE_CONFLICT);
                    assertThat(e.getMessage()).contains("no longer DISCOVERED but FETCHED");
                });
        assertThat(storage.events().forApplication(created.id())).hasSize(1);
    }

    @Test
    void should_fail_with_not_found_when_application_is_unknown() {
        // when / then
        assertThatThrownBy(() -> applications.transition(4242, ApplicationStatus.DISCOVERED, ApplicationStatus.FETCHED,
                Optional.empty(), false))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).contains("application 4242");
                });
        assertThatThrownBy(() -> applications.update(4242, ApplicationPatch.none().withAts("lever")))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> applications.claimSubmission(KEY, 4242))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void should_let_exactly_one_transition_win_when_two_race_from_the_same_status() throws Exception {
        for (int round = 0; round < 25; round++) {
            // given
            Application fetched = moveTo(applications.create(NewApplication.discovered(KEY, URL)),
                    ApplicationStatus.FETCHED);
            CyclicBarrier start = new CyclicBarrier(2);

            // when
            Future<Outcome> toMatched = workers.submit(() -> race(start, fetched.id(), ApplicationStatus.MATCHED));
            Future<Outcome> toSkipped = workers.submit(() -> race(start, fetched.id(), ApplicationStatus.SKIPPED));
            List<Outcome> outcomes = List.of(toMatched.get(30, TimeUnit.SECONDS), toSkipped.get(30, TimeUnit.SECONDS));

            // then
            assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.won())
                    .singleElement().extracting(Outcome::failure).isEqualTo(ErrorCode.STATE_CONFLICT);
            ApplicationStatus winner = outcomes.stream().filter(Outcome::won).findFirst().orElseThrow().target();
            assertThat(applications.find(fetched.id())).map(Application::status).contains(winner);
            assertThat(storage.events().forApplication(fetched.id())).hasSize(2)
                    .last().extracting(event -> event.data().get("to")).isEqualTo(winner.name());
        }
    }

    @Test
    void should_add_captcha_cost_to_the_total_and_its_captcha_share_when_patched() {
        // given
        Application created = applications.create(NewApplication.discovered(KEY, URL));
        applications.update(created.id(), ApplicationPatch.none().addingSpend(new TokenUsage(10, 2),
                new BigDecimal("0.004")));

        // when
        applications.update(created.id(), ApplicationPatch.none().addingCaptchaSpend(new BigDecimal("0.003")));
        Application patched = applications.update(created.id(), ApplicationPatch.none()
                .addingCaptchaSpend(new BigDecimal("0.00299")));

        // then
        assertThat(patched.costUsd()).isEqualByComparingTo("0.00999");
        assertThat(patched.captchaCostUsd()).isEqualByComparingTo("0.00599");
        assertThat(applications.find(created.id())).contains(patched);
    }

    @Test
    void should_replace_details_and_add_spending_when_patched() {
        // given
        Application created = applications.create(NewApplication.discovered(KEY, URL));
        applications.update(created.id(), ApplicationPatch.none().withAts("greenhouse").withEffort(Effort.HIGH)
                .addingSpend(new TokenUsage(100, 20), new BigDecimal("0.0125")));

        // when
        Application patched = applications.update(created.id(), ApplicationPatch.none().withMatchScore(87)
                .withResumeId("resume-en").withSessionId("session-1")
                .addingSpend(new TokenUsage(50, 5), new BigDecimal("0.0025")));

        // then
        assertThat(patched.ats()).contains("greenhouse");
        assertThat(patched.effort()).contains(Effort.HIGH);
        assertThat(patched.matchScore()).contains(87);
        assertThat(patched.resumeId()).contains("resume-en");
        assertThat(patched.sessionId()).contains("session-1");
        assertThat(patched.tokens()).isEqualTo(new TokenUsage(150, 25));
        assertThat(patched.costUsd()).isEqualByComparingTo("0.015");
        assertThat(applications.find(created.id())).contains(patched);
    }

    @Test
    void should_return_answers_as_saved_when_read_back() {
        // given
        Application created = applications.create(NewApplication.discovered(KEY, URL));
        Answer email = new Answer("email", "Email", List.of("ada@example.org"), AnswerSource.RULE, 1.0,
                List.of("basics.email"), TokenUsage.NONE);
        Answer languages = new Answer("languages", "Which languages do you speak?", List.of("English", "German"),
                AnswerSource.LLM, 0.75, List.of("languages[0]", "languages[1]"), new TokenUsage(321, 12));
        Answer eeo = new Answer("gender", "Gender", List.of("Decline to self-identify"), AnswerSource.DEFAULT, 0.5,
                List.of(), TokenUsage.NONE);
        applications.saveAnswers(created.id(), new AnswerSet(List.of(email, eeo)));

        // when
        applications.saveAnswers(created.id(), new AnswerSet(List.of(languages, email, eeo)));

        // then
        assertThat(applications.answers(created.id())).containsExactly(languages, email, eeo);
        assertThat(applications.answers(created.id() + 1)).isEmpty();
        applications.saveAnswers(created.id(), new AnswerSet(List.of()));
        assertThat(applications.answers(created.id())).isEmpty();
    }

    @Test
    void should_return_confirmation_as_recorded_when_read_back() {
        // given
        Application created = applications.create(NewApplication.discovered(KEY, URL));
        Confirmation confirmation = new Confirmation(URI.create("https://boards.greenhouse.io/acme/jobs/4012345/confirmation"),
                "Thank you for applying to Acme!", Optional.of(Path.of("/data/evidence/1/confirmation.png")));
        assertThat(applications.confirmation(created.id())).isEmpty();

        // when
        applications.recordConfirmation(created.id(), confirmation);

        // then
        assertThat(applications.confirmation(created.id())).contains(confirmation);
        Confirmation withoutScreenshot = new Confirmation(URI.create("https://jobs.lever.co/acme/thanks"), "Thanks",
                Optional.empty());
        applications.recordConfirmation(created.id(), withoutScreenshot);
        assertThat(applications.confirmation(created.id())).contains(withoutScreenshot);
    }

    @Test
    void should_let_only_the_first_claim_win_when_posting_is_claimed_again() {
        // given
        Application first = applications.create(NewApplication.discovered(KEY, URL));
        Application second = applications.create(NewApplication.discovered(KEY, URL));
        assertThat(applications.submissionClaimant(KEY)).isEmpty();

        // when
        boolean firstWon = applications.claimSubmission(KEY, first.id());
        boolean secondWon = applications.claimSubmission(KEY, second.id());
        boolean firstAgain = applications.claimSubmission(KEY, first.id());

        // then
        assertThat(firstWon).isTrue();
        assertThat(secondWon).isFalse();
        assertThat(firstAgain).isFalse();
        assertThat(applications.submissionClaimant(KEY)).contains(first.id());
    }

    @Test
    void should_claim_and_store_submitting_together_and_change_nothing_for_the_loser() {
        // given: two applications to one posting, both filled
        Application first = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED,
                ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING, ApplicationStatus.FILLING);
        Application second = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED,
                ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING, ApplicationStatus.FILLING);

        // when
        Optional<StatusChange> won = applications.claimSubmission(KEY, first.id(), ApplicationStatus.FILLING);
        Optional<StatusChange> lost = applications.claimSubmission(KEY, second.id(), ApplicationStatus.FILLING);

        // then
        assertThat(won).map(change -> change.application().status()).contains(ApplicationStatus.SUBMITTING);
        assertThat(applications.submissionClaimant(KEY)).contains(first.id());
        assertThat(lost).isEmpty();
        assertThat(applications.find(second.id())).map(Application::status).contains(ApplicationStatus.FILLING);
    }

    @Test
    void should_keep_no_claim_when_storing_submitting_fails_after_the_claim_insert() throws Exception {
        // given: a fault between the claim and the status: the claim is inserted, then SUBMITTING cannot be stored
        Application filled = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED,
                ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING, ApplicationStatus.FILLING);
        executeSql("ALTER TABLE applications ADD CONSTRAINT test_refuse_submitting CHECK (status <> 'SUBMITTING')");

        // when / then: neither the claim nor SUBMITTING was kept, so the posting is not blocked forever
        assertThatThrownBy(() -> applications.claimSubmission(KEY, filled.id(), ApplicationStatus.FILLING))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
        assertThat(applications.submissionClaimant(KEY)).isEmpty();
        assertThat(applications.find(filled.id())).map(Application::status).contains(ApplicationStatus.FILLING);
    }

    @Test
    void should_keep_no_claim_when_the_application_moved_on_before_the_claim() {
        // given: the caller believes the application is FILLING, but another worker already failed it
        Application filled = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED,
                ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING, ApplicationStatus.FILLING,
                ApplicationStatus.FAILED);

        // when / then
        assertThatThrownBy(() -> applications.claimSubmission(KEY, filled.id(), ApplicationStatus.FILLING))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STATE_CONFLICT));
        assertThat(applications.submissionClaimant(KEY)).isEmpty();
    }

    @Test
    void should_release_the_claim_and_fail_retryably_together_when_an_unknown_submission_was_not_submitted() {
        // given
        Application filled = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED,
                ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING, ApplicationStatus.FILLING);
        applications.claimSubmission(KEY, filled.id(), ApplicationStatus.FILLING);
        Application other = moveTo(applications.create(NewApplication.discovered(KEY, URL)), ApplicationStatus.FETCHED,
                ApplicationStatus.MATCHED, ApplicationStatus.ANSWERING, ApplicationStatus.FILLING);
        assertThatThrownBy(() -> applications.releaseSubmission(filled.id(), "too early"))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STATE_CONFLICT));
        assertThat(applications.submissionClaimant(KEY)).contains(filled.id());
        moveTo(applications.find(filled.id()).orElseThrow(), ApplicationStatus.NEEDS_VERIFICATION);

        // when
        Application released = applications.releaseSubmission(filled.id(), "not submitted").application();

        // then
        assertThat(released.status()).isEqualTo(ApplicationStatus.FAILED);
        assertThat(released.retryable()).isTrue();
        assertThat(released.failureReason()).contains("not submitted");
        assertThat(applications.submissionClaimant(KEY)).isEmpty();
        assertThat(applications.claimSubmission(KEY, other.id(), ApplicationStatus.FILLING)).isPresent();
    }

    private Outcome race(CyclicBarrier start, long id, ApplicationStatus target) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        try {
            applications.transition(id, ApplicationStatus.FETCHED, target, Optional.empty(), false);
            return new Outcome(target, true, null);
        } catch (NyxException e) {
            return new Outcome(target, false, e.code());
        }
    }

    private Application moveTo(Application application, ApplicationStatus... path) {
        Application current = application;
        for (ApplicationStatus next : path) {
            current = applications.transition(current.id(), current.status(), next, Optional.empty(), false)
                    .application();
        }
        return current;
    }

    private record Outcome(ApplicationStatus target, boolean won, ErrorCode failure) {
    }

}
