package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.plan.EffortPlanner;
import dev.nyx.core.plan.EffortPolicy;
import dev.nyx.core.plan.PlannedPosting;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Decision;
import dev.nyx.model.EventType;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The match-and-plan step: scores the posting, records score, reasons, tier and effort on the
 * application, and moves it on: {@code MATCHED}, then {@code SKIPPED} or {@code AWAITING_APPROVAL}
 * (with the plan's reason) when the bands say so, else on to the answers; a request that only
 * plans ({@link ApplyRequest#holdForApproval()}) waits for approval where it would go on.
 *
 * <p>What counts as approved (the bands then cannot stop it, the effort still follows the policy):
 * an application the candidate approved ({@code APPROVED}), one that passed the policy before and is
 * resumed (needs input, answering, filling), and a posting the candidate named without
 * {@code --respect-policy}. A named posting still waiting for approval is approved by naming it.
 *
 * <p>Shared by every application run (the application travels in a {@link RecordedAttempt}); holds only
 * its collaborators, so it is thread-safe as they are.
 */
@Singleton
final class PlanStep {
    /** Statuses past the approval gate: resuming them does not ask the policy again. */
    private static final Set<ApplicationStatus> PAST_THE_GATE = EnumSet.of(ApplicationStatus.NEEDS_INPUT,
            ApplicationStatus.ANSWERING, ApplicationStatus.FILLING, ApplicationStatus.AWAITING_CAPTCHA);

    private final EffortPlanner planner;
    private final ApplicationStore applications;

    @Inject
    PlanStep(EffortPlanner planner, ApplicationStore applications) {
        this.planner = requireNonNull(planner, "planner is null");
        this.applications = requireNonNull(applications, "applications is null");
    }

    /**
     * Matches and plans; returns the plan when the application goes on to the answers, empty when it
     * stopped here (skipped, or waiting for approval: the outcome then has the reason).
     */
    Optional<Plan> run(RecordedAttempt attempt, JobPosting posting) {
        ApplicationTracker tracker = attempt.tracker();
        OutcomeBuilder outcome = attempt.outcome();
        ApplicationStatus before = tracker.status();
        Optional<String> approvedBecause = approvedBecause(before, attempt.request());
        PlannedPosting planned = planner.plan(posting, attempt.profile(), approvedBecause);
        Plan plan = planned.plan();
        applications.update(tracker.id(), ApplicationPatch.none().withAts(attempt.adapterName())
                .withEffort(plan.effort()).withMatchScore(planned.match().score())
                .withMatchReasons(planned.match().reasons()).withCompanyTier(planned.tier()));
        outcome.match(new ApplyOutcome.MatchSummary(planned.match().score(), planned.match().reasons(),
                planned.tier(), plan.effort(), plan.decision(), plan.reason()));
        tracker.note(EventType.POSTING, "Matched: score " + planned.match().score() + ", tier "
                + planned.tier().name().toLowerCase(Locale.ROOT), matchData(planned));
        if (!PAST_THE_GATE.contains(before)) {
            tracker.advanceTo(ApplicationStatus.MATCHED);
        }
        tracker.note("Plan: " + plan.decision() + " at " + plan.effort() + " effort: " + plan.reason());
        if (plan.decision() == Decision.APPLY && attempt.request().holdForApproval()
                && tracker.status() != ApplicationStatus.AWAITING_APPROVAL) {
            // discovery only queues: the candidate decides what is sent
            String reason = "found on a watched board; the policy would apply at " + plan.effort().name()
                    .toLowerCase(Locale.ROOT) + " effort (" + plan.reason() + ")";
            tracker.move(ApplicationStatus.AWAITING_APPROVAL, Optional.of(reason), false);
            outcome.reason(reason + ". Approve it with 'nyx approve " + tracker.id() + "'.");
            return Optional.empty();
        }
        if (plan.decision() == Decision.APPLY) {
            if (tracker.status() == ApplicationStatus.AWAITING_APPROVAL) {
                tracker.move(ApplicationStatus.APPROVED, Optional.of(plan.reason()), false);
            }
            return Optional.of(plan);
        }
        if (tracker.status() == ApplicationStatus.AWAITING_APPROVAL) {
            // already queued: it stays for the candidate ('nyx approve' or 'nyx reject'), whatever changed
            String reason = "still waits for your approval ('nyx approve " + tracker.id() + "'): " + plan.reason();
            tracker.note(reason);
            outcome.reason(reason);
            return Optional.empty();
        }
        tracker.move(plan.decision() == Decision.SKIP ? ApplicationStatus.SKIPPED
                : ApplicationStatus.AWAITING_APPROVAL, Optional.of(plan.reason()), false);
        outcome.reason(plan.decision() == Decision.SKIP ? plan.reason()
                : plan.reason() + " Approve it with 'nyx approve " + tracker.id() + "'.");
        return Optional.empty();
    }

    static Optional<String> approvedBecause(ApplicationStatus status, ApplyRequest request) {
        if (status == ApplicationStatus.APPROVED) {
            return Optional.of("You approved this application.");
        }
        if (PAST_THE_GATE.contains(status)) {
            return Optional.of("It passed the policy before (it was " + status + ").");
        }
        return request.bandsDecide() ? Optional.empty() : Optional.of(EffortPolicy.NAMED);
    }

    private static Map<String, String> matchData(PlannedPosting planned) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("score", Integer.toString(planned.match().score()));
        data.put("tier", planned.tier().name());
        data.put("decision", planned.plan().decision().name());
        data.put("effort", planned.plan().effort().name());
        return data;
    }
}
