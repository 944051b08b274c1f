package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.pipeline.PipelineSettings;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.JobPosting;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.JobPostStore;
import dev.nyx.core.storage.StoredPosting;
import dev.nyx.core.storage.TextKeys;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what to do with a fetched posting given what is stored: report a duplicate (already
 * submitted, being submitted, awaiting verification, or claimed), resume an unfinished application,
 * skip the same role applied to under another posting (a re-post with a new id, the company's careers
 * page, another site: "one job, many doors", by {@link TextKeys#companyKey}, {@link TextKeys#titleKey}
 * and {@link TextKeys#sameLocation} within {@code PipelineSettings.repostWindow}), or start a new
 * application. Never decides in memory
 * what the database decides: the claim itself is taken later, by the submit step.
 * Thread-safe. Public only for wiring.
 */
public final class Dedupe {
    /** Statuses that mean "sent, or maybe sent": never apply again. */
    static final Set<ApplicationStatus> SENT = EnumSet.of(ApplicationStatus.SUBMITTING, ApplicationStatus.SUBMITTED,
            ApplicationStatus.NEEDS_VERIFICATION, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER,
            ApplicationStatus.DECLINED);

    private final ApplicationStore applications;
    private final JobPostStore postings;
    private final PipelineSettings settings;
    private final Clock clock;

    @Inject
    public Dedupe(ApplicationStore applications, JobPostStore postings, PipelineSettings settings, Clock clock) {
        this.applications = requireNonNull(applications, "applications is null");
        this.postings = requireNonNull(postings, "postings is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** What the pipeline does with the posting. */
    public sealed interface Verdict {
    }

    /** An earlier application sent (or may have sent) this posting: submit nothing. */
    public record Duplicate(Application earlier, String reason) implements Verdict {
    }

    /** An unfinished application for this posting exists: continue it. */
    public record Resume(Application application) implements Verdict {
    }

    /** The same role was applied to under another posting recently. */
    public record Repost(String reason) implements Verdict {
    }

    /** Nothing stands in the way. */
    public record Fresh() implements Verdict {
    }

    public Verdict judge(JobPosting posting) {
        requireNonNull(posting, "posting is null");
        Optional<Long> claimant = applications.submissionClaimant(posting.key());
        if (claimant.isPresent()) {
            Application holder = applications.find(claimant.get()).orElseThrow();
            if (holder.status() == ApplicationStatus.NEEDS_VERIFICATION) {
                return new Duplicate(holder, unknownSubmission(posting, holder));
            }
            return new Duplicate(holder, "posting " + posting.key() + " was already submitted by application "
                    + holder.id() + " (" + holder.status() + "); nothing was submitted again");
        }
        Optional<Application> latest = applications.findLatest(posting.key());
        if (latest.isPresent()) {
            Application earlier = latest.get();
            if (earlier.status() == ApplicationStatus.NEEDS_VERIFICATION) {
                return new Duplicate(earlier, unknownSubmission(posting, earlier));
            }
            if (SENT.contains(earlier.status())) {
                return new Duplicate(earlier, "posting " + posting.key() + " already has application " + earlier.id()
                        + " in status " + earlier.status() + "; nothing was submitted again");
            }
            if (earlier.status() == ApplicationStatus.SKIPPED || earlier.status() == ApplicationStatus.REJECTED) {
                return new Duplicate(earlier, "posting " + posting.key() + " was " + earlier.status().name()
                        .toLowerCase(java.util.Locale.ROOT) + " before (application " + earlier.id() + ")"
                        + earlier.failureReason().map(reason -> ": " + reason).orElse(""));
            }
            boolean permanentFailure = earlier.status() == ApplicationStatus.FAILED && !earlier.retryable();
            if (!permanentFailure) {
                return new Resume(earlier);
            }
        }
        return repostOf(posting).<Verdict>map(Repost::new).orElseGet(Fresh::new);
    }

    private static String unknownSubmission(JobPosting posting, Application holder) {
        return "posting " + posting.key() + " may have been submitted by application " + holder.id()
                + " (NEEDS_VERIFICATION: it was interrupted during the submit click); nothing was submitted again."
                + " Check the site or your mailbox, then settle it: nyx verify " + holder.id()
                + " submitted|not-submitted (not-submitted lets Nyx apply again)";
    }

    private Optional<String> repostOf(JobPosting posting) {
        if (settings.repostWindow().isZero()) {
            return Optional.empty();
        }
        Instant since = clock.instant().minus(settings.repostWindow());
        for (StoredPosting other : postings.findSameRole(posting.company(), posting.title(), since)) {
            JobPosting earlierPosting = other.posting();
            if (earlierPosting.key().equals(posting.key())
                    || !TextKeys.sameLocation(posting.location(), earlierPosting.location())) {
                continue;
            }
            Optional<Application> applied = applications.findLatest(earlierPosting.key())
                    .filter(application -> SENT.contains(application.status()));
            if (applied.isPresent()) {
                return Optional.of("the same role was applied to as posting " + earlierPosting.key() + " (application "
                        + applied.get().id() + ", " + applied.get().status() + ", " + earlierPosting.url() + ") within the"
                        + " last " + settings.repostWindow().toDays() + " days: " + sameness(posting, earlierPosting)
                        + "; skipped as a re-post of the same job");
            }
        }
        return Optional.empty();
    }

    /** Why two postings are one role, in words: same company, same title, same place. */
    private static String sameness(JobPosting posting, JobPosting earlier) {
        String company = posting.company().equals(earlier.company()) ? "same company '" + posting.company() + "'"
                : "company '" + posting.company() + "' is '" + earlier.company() + "'";
        String title = posting.title().equals(earlier.title()) ? "same title '" + posting.title() + "'"
                : "title '" + posting.title() + "' is '" + earlier.title() + "' (as '"
                + TextKeys.titleKey(posting.title()) + "')";
        String place = posting.location().isPresent() && earlier.location().isPresent()
                ? (posting.location().equals(earlier.location()) ? "same location '" + posting.location().get() + "'"
                : "location '" + posting.location().get() + "' is '" + earlier.location().get() + "'")
                : "location not stated on both";
        return company + ", " + title + ", " + place;
    }
}
