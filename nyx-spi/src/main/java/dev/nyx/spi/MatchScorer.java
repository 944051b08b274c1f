package dev.nyx.spi;

import dev.nyx.model.JobPosting;
import dev.nyx.model.MatchScore;
import dev.nyx.model.profile.Profile;
import org.pf4j.ExtensionPoint;

/**
 * Rates how well a posting fits the candidate, 0..100 with reasons; the effort policy then decides
 * from the score (and the company's tier) whether to skip, ask for approval or apply, and at what effort.
 *
 * <p>One scorer is in use per Nyx. The built-in one, named {@code embedding}, compares profile and
 * posting in an in-process embedding model, counts shared skills and checks hard constraints
 * (location, work authorisation, salary floor, seniority, excluded companies). Another one comes
 * either from a plugin (an {@code @Extension} of this point, chosen by its {@link #name()} with
 * {@code matching.scorer} in {@code nyx.yaml}) or from the host application, which binds its own
 * with Guice ({@code Nyx.builder().module(binder -> binder.bind(MatchScorer.class).to(MyScorer.class))};
 * that binding wins over {@code matching.scorer}).
 *
 * <p>Called by the effort planner once per application (and again when the application is resumed),
 * from Nyx worker threads; a plugin's scorer runs behind a guard with the plugin's class loader and
 * {@code limits.pluginCallTimeout}. Instances are shared: implementations must be thread-safe. The
 * profile is the candidate's whole profile: use what the score needs, and never log, store or send
 * sensitive values (government ids, date of birth). Throw {@link NyxException} with a fitting
 * {@link ErrorCode} ({@link ErrorKind#TRANSIENT} when trying again may work); the application then fails
 * with the scorer's name in the reason. Evolves by adding {@code default} methods.
 */
public interface MatchScorer extends ExtensionPoint {

    /** A short, unique, lower-case name ("embedding", "keywords"): what {@code matching.scorer} selects. */
    String name();

    /** Rates the posting for this candidate. */
    MatchScore score(JobPosting posting, Profile profile);
}
