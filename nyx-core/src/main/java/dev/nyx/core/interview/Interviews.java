package dev.nyx.core.interview;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.notify.EventPublisher;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.InterviewPrep;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.InterviewPrepStore;
import dev.nyx.core.storage.JobPostStore;
import dev.nyx.core.storage.StatusChange;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after a submission, as the candidate reports it: {@code nyx status ID interview|offer|declined}
 * or {@code nyx.interviews().moveTo(id, status, profile)}. Moving an application to
 * {@link ApplicationStatus#INTERVIEW} generates an interview preparation package
 * ({@link InterviewPrepper}) and stores it; {@link #prep} shows the newest one.
 *
 * <p>Called by the runner and host applications. Thread-safe. Throws {@link NyxException}:
 * {@code NOT_FOUND} for an unknown application, {@code INVALID_INPUT} for a status the candidate
 * does not set, {@code INVALID_STATE} when the application cannot move there (the message says
 * where it stands), {@code STATE_CONFLICT} when it changed meanwhile.
 */
public final class Interviews {
    private static final Logger LOG = LoggerFactory.getLogger(Interviews.class);
    /** The statuses the candidate sets; the pipeline sets every other one. */
    public static final Set<ApplicationStatus> SET_BY_CANDIDATE = EnumSet.of(ApplicationStatus.INTERVIEW,
            ApplicationStatus.OFFER, ApplicationStatus.DECLINED);

    private final ApplicationStore applications;
    private final JobPostStore postings;
    private final InterviewPrepStore preps;
    private final InterviewPrepper prepper;
    private final EventPublisher events;
    private final Clock clock;

    @Inject
    public Interviews(ApplicationStore applications, JobPostStore postings, InterviewPrepStore preps,
                      InterviewPrepper prepper, EventPublisher events, Clock clock) {
        this.applications = requireNonNull(applications, "applications is null");
        this.postings = requireNonNull(postings, "postings is null");
        this.preps = requireNonNull(preps, "preps is null");
        this.prepper = requireNonNull(prepper, "prepper is null");
        this.events = requireNonNull(events, "events is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * The application after the move, and the interview package when it moved to {@code INTERVIEW}.
     *
     * @param prepProblem why no package was made although the application moved to {@code INTERVIEW}
     */
    public record StatusUpdate(Application application, Optional<InterviewPrep> prep, Optional<String> prepProblem) {
        public StatusUpdate {
            requireNonNull(application, "application is null");
            requireNonNull(prep, "prep is null");
            requireNonNull(prepProblem, "prepProblem is null");
        }
    }

    /** Parses {@code interview}, {@code offer} or {@code declined} (any case). */
    public static ApplicationStatus parseStatus(String text) {
        requireNonNull(text, "text is null");
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return SET_BY_CANDIDATE.stream().filter(status -> status.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new NyxException(ErrorCode.INVALID_INPUT, "unknown status \"" + text
                        + "\": you can set interview, offer or declined"));
    }

    /**
     * Moves the application to {@code to} (one of {@link #SET_BY_CANDIDATE}); for {@code INTERVIEW},
     * also generates and stores its preparation package for {@code profile}. The move stands even
     * when the package cannot be made (the update then says why).
     */
    public StatusUpdate moveTo(long id, ApplicationStatus to, Profile profile) {
        return moveTo(id, to, Optional.of(requireNonNull(profile, "profile is null")));
    }

    /** Moves the application to {@code OFFER} or {@code DECLINED}; {@code INTERVIEW} needs the profile. */
    public StatusUpdate moveTo(long id, ApplicationStatus to) {
        return moveTo(id, to, Optional.empty());
    }

    private StatusUpdate moveTo(long id, ApplicationStatus to, Optional<Profile> profile) {
        requireNonNull(to, "to is null");
        if (to == ApplicationStatus.INTERVIEW && profile.isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "moving to INTERVIEW prepares the interview from the"
                    + " candidate's profile: give the profile");
        }
        if (!SET_BY_CANDIDATE.contains(to)) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "the status " + to + " is set by the pipeline; you can"
                    + " set interview, offer or declined");
        }
        Application current = find(id);
        if (!current.status().canMoveTo(to)) {
            throw new NyxException(ErrorCode.INVALID_STATE, "application " + id + " is " + current.status()
                    + " and cannot move to " + to + (current.status().allowedNext().isEmpty() ? ": it is final"
                    : "; from " + current.status() + " it can move to " + current.status().allowedNext())
                    + (to == ApplicationStatus.INTERVIEW ? " (an interview follows a submitted application)" : ""));
        }
        StatusChange change = applications.transition(id, current.status(), to,
                Optional.of("set by the candidate"), false);
        events.dispatch(change.event());
        if (to != ApplicationStatus.INTERVIEW) {
            return new StatusUpdate(change.application(), Optional.empty(), Optional.empty());
        }
        try {
            InterviewPrep prep = prepare(change.application(), profile.orElseThrow());
            return new StatusUpdate(applications.find(id).orElse(change.application()), Optional.of(prep),
                    Optional.empty());
        } catch (NyxException failed) {
            LOG.warn("Application {}: no interview preparation ({}): {}", id, failed.code(), failed.getMessage());
            return new StatusUpdate(change.application(), Optional.empty(), Optional.of(failed.getMessage()));
        }
    }

    /** Generates a new preparation package for the application (in any status) and stores it. */
    public InterviewPrep prepare(long id, Profile profile) {
        requireNonNull(profile, "profile is null");
        return prepare(find(id), profile);
    }

    /** The newest preparation package of the application, if one was made. */
    public Optional<InterviewPrep> prep(long id) {
        find(id);
        return preps.latest(id);
    }

    private InterviewPrep prepare(Application application, Profile profile) {
        JobPosting posting = postings.find(application.postingKey()).map(stored -> stored.posting())
                .orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "the posting of application "
                        + application.id() + " (" + application.postingKey() + ") is not stored: apply to "
                        + application.url() + " first"));
        InterviewPrep prep = preps.save(prepper.prepare(application.id(), posting, profile));
        if (prep.tokens().total() > 0) {
            applications.update(application.id(), ApplicationPatch.none().addingSpend(prep.tokens(), prep.costUsd()));
        }
        events.publish(Event.forApplication(application.id(), clock.instant(), EventType.NOTE,
                "Interview preparation stored: " + prep.likelyQuestions().size() + " likely questions, "
                        + prep.stories().size() + " stories" + (prep.briefing().isPresent()
                        ? ", a briefing by the language model" : ", no language-model briefing"),
                Map.of("tokensIn", Long.toString(prep.tokens().input()),
                        "tokensOut", Long.toString(prep.tokens().output()))));
        return prep;
    }

    private Application find(long id) {
        return applications.find(id).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND,
                "no application with id " + id + ": give the id 'nyx apply' printed"));
    }
}
