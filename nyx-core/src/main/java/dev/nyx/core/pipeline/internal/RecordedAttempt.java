package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;

/**
 * What one recorded application carries from step to step: the attempt (request and outcome), the
 * tracker of its stored application, its page context, and the adapter that fills it with the
 * adapter's name. The steps ({@link FormSteps}, {@link PlanStep}, {@link QaStep}, {@link CaptchaStep})
 * are shared and hold only their collaborators; everything that belongs to one application travels
 * in here.
 *
 * <p>Made by {@link ApplicationRun} once the application is stored; belongs to one application and
 * its worker thread. The record is immutable; the tracker, page context and outcome it holds are
 * not thread-safe.
 *
 * @param attempt     the caller's request and the outcome being built
 * @param tracker     the stored application, moved through the status machine
 * @param page        the run's page context (evidence and notes already attached to the application)
 * @param adapter     the adapter that fills and submits the form
 * @param adapterName the adapter's name, for guarded calls and the record
 */
record RecordedAttempt(Attempt attempt, ApplicationTracker tracker, DefaultPageContext page, AtsAdapter adapter,
                       String adapterName) {
    RecordedAttempt {
        requireNonNull(attempt, "attempt is null");
        requireNonNull(tracker, "tracker is null");
        requireNonNull(page, "page is null");
        requireNonNull(adapter, "adapter is null");
        requireNonNull(adapterName, "adapterName is null");
    }

    ApplyRequest request() {
        return attempt.request();
    }

    Profile profile() {
        return attempt.request().profile();
    }

    boolean dryRun() {
        return attempt.request().dryRun();
    }

    OutcomeBuilder outcome() {
        return attempt.outcome();
    }
}
