package dev.nyx.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.notify.EventPublisher;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.StatusChange;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash safety: an application left in {@code SUBMITTING} by a process that died may or may not
 * have reached the site, so it becomes {@code NEEDS_VERIFICATION} (with an event) and is never
 * submitted again without a person. Other interrupted states (ANSWERING, FILLING, ...) need no
 * repair: the pipeline resumes them from the start of the form when the posting is applied to again.
 *
 * <p><b>Several JVMs on one database.</b> A {@code SUBMITTING} row may belong to a live worker in
 * another process. Rather than a lease column (a schema change), recovery uses the row's
 * {@code updatedAt}: a submission takes at most one plugin call ({@code limits.pluginCallTimeout})
 * bounded by browser steps ({@code browser.stepTimeout}), so a row untouched for
 * {@link PipelineSettings#recoveryMargin()} × the longer of the two is dead. The flip itself is a
 * compare-and-set, so two recovering processes cannot both flip it, and a worker that finishes
 * first wins.
 *
 * <p>Called by {@link dev.nyx.core.Nyx} when it starts and by the pipeline before it touches a
 * posting. Thread-safe.
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final ApplicationStore applications;
    private final EventPublisher events;
    private final Clock clock;
    private final Duration staleAfter;

    @Inject
    public Recovery(ApplicationStore applications, EventPublisher events, Clock clock, NyxConfig config,
                    PipelineSettings settings) {
        this.applications = requireNonNull(applications, "applications is null");
        this.events = requireNonNull(events, "events is null");
        this.clock = requireNonNull(clock, "clock is null");
        Duration step = requireNonNull(config, "config is null").browser().stepTimeout();
        Duration call = config.limits().pluginCallTimeout();
        this.staleAfter = (step.compareTo(call) > 0 ? step : call)
                .multipliedBy(requireNonNull(settings, "settings is null").recoveryMargin());
    }

    /** How long a {@code SUBMITTING} application must stay untouched before it counts as abandoned. */
    public Duration staleAfter() {
        return staleAfter;
    }

    /**
     * Marks every abandoned {@code SUBMITTING} application {@code NEEDS_VERIFICATION}.
     *
     * @return the applications it changed
     */
    public List<Application> recoverAbandonedSubmissions() {
        Instant cutoff = clock.instant().minus(staleAfter);
        List<Application> recovered = new ArrayList<>();
        for (Application application : applications.findByStatus(Set.of(ApplicationStatus.SUBMITTING))) {
            if (application.updatedAt().isBefore(cutoff)) {
                flip(application).ifPresent(recovered::add);
            }
        }
        return List.copyOf(recovered);
    }

    private Optional<Application> flip(Application application) {
        try {
            StatusChange change = applications.transition(application.id(), ApplicationStatus.SUBMITTING,
                    ApplicationStatus.NEEDS_VERIFICATION, Optional.of("the process submitting it stopped before the"
                            + " site confirmed (no change for " + staleAfter + "); check the site or your email"
                            + " before applying again"), false);
            events.dispatch(change.event());
            LOG.warn("Application {} was left submitting by a stopped process: now NEEDS_VERIFICATION", application.id());
            return Optional.of(change.application());
        } catch (NyxException e) {
            if (e.code() != ErrorCode.STATE_CONFLICT) {
                throw e;
            }
            // another worker finished or recovered it first
            return Optional.empty();
        }
    }
}
