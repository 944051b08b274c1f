package dev.nyx.core.match;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.match.internal.HardConstraints;
import dev.nyx.core.match.internal.SkillVocabulary;
import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.JobPosting;
import dev.nyx.model.MatchScore;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Skill;
import dev.nyx.model.profile.Work;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.spi.MatchScorer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The built-in {@link MatchScorer}, named {@value #NAME}: scores how well a posting fits the candidate,
 * 0..100, with reasons a person can read. It is the one in use unless {@code matching.scorer} names
 * another or the host binds its own (see {@link MatchScorerSelection}).
 *
 * <p>The score is {@value #SIMILARITY_WEIGHT} × similarity points + {@value #SKILL_WEIGHT} × skill
 * points, rounded:
 * <ul>
 *   <li><b>similarity points</b>: the cosine similarity of the profile (headline, summary, positions
 *       with their summaries and highlights, skills) and the posting (title and description),
 *       embedded in-process by {@link TextEmbedder}; {@value #SIMILARITY_FLOOR} or less gives 0,
 *       {@value #SIMILARITY_CEILING} or more gives 100, linear between. Unrelated texts land near
 *       0.05–0.2 with MiniLM, a resume and a matching job near 0.55–0.7.</li>
 *   <li><b>skill points</b>: the share of the known skills the posting mentions that the profile
 *       lists (skills, keywords, or mentioned in the work history), spellings normalised
 *       ("k8s" = "Kubernetes"). A posting naming no known skill is scored on similarity alone.</li>
 * </ul>
 * A broken hard constraint (location/remote, work authorisation, salary floor, seniority, excluded
 * company) vetoes the posting: score 0, the veto first among the reasons, the unvetoed
 * {@link MatchResult#fitScore()} kept for display (as the last reason).
 *
 * <p>{@link #score} is what the effort planner reads; {@link #analyse} returns the whole analysis
 * (similarity, matched and missing skills, typed vetoes) for interview preparation and tests.
 * Called by the effort planner once per posting, and by interview preparation. Thread-safe. Throws
 * what {@link TextEmbedder} and {@link CompanyStore} throw.
 */
public final class EmbeddingMatchScorer implements MatchScorer {
    /** The name {@code matching.scorer} selects this scorer by; the default. */
    public static final String NAME = "embedding";
    /** Weight of the similarity points. */
    public static final double SIMILARITY_WEIGHT = 0.6;
    /** Weight of the skill points. */
    public static final double SKILL_WEIGHT = 0.4;
    /** Cosine similarity at or below which similarity gives no points. */
    public static final double SIMILARITY_FLOOR = 0.15;
    /** Cosine similarity at or above which similarity gives all points. */
    public static final double SIMILARITY_CEILING = 0.60;

    private final TextEmbedder embedder;
    private final CompanyStore companies;
    private final Clock clock;
    private final SkillVocabulary vocabulary = new SkillVocabulary();
    private final HardConstraints constraints = new HardConstraints();
    /** The last profile's text vector and skills: a session scores many postings for one profile. */
    private final AtomicReference<ProfileView> lastProfile = new AtomicReference<>();

    private record ProfileView(Profile profile, float[] vector, Set<String> skills) {
    }

    @Inject
    public EmbeddingMatchScorer(TextEmbedder embedder, CompanyStore companies, Clock clock) {
        this.embedder = requireNonNull(embedder, "embedder is null");
        this.companies = requireNonNull(companies, "companies is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The score, reasons and vetoes of {@link #analyse(JobPosting, Profile)}. */
    @Override
    public MatchScore score(JobPosting posting, Profile profile) {
        return analyse(posting, profile).toScore();
    }

    /** Analyses the posting with no excluded companies besides those with tier {@code avoid}. */
    public MatchResult analyse(JobPosting posting, Profile profile) {
        return analyse(posting, profile, Set.of());
    }

    /**
     * Analyses the posting: the score and everything it was made of.
     *
     * @param excludedCompanies companies the candidate never applies to, compared case-insensitively,
     *                          in addition to those with tier {@code avoid}
     */
    public MatchResult analyse(JobPosting posting, Profile profile, Set<String> excludedCompanies) {
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(excludedCompanies, "excludedCompanies is null");
        ProfileView view = view(profile);
        // a profile with no headline, summary, positions or skills has nothing to compare: similarity 0
        double similarity = view.vector().length == 0 ? 0
                : TextEmbedder.cosine(view.vector(), embedder.embed(postingText(posting)));
        double similarityPoints = 100 * clamp((similarity - SIMILARITY_FLOOR) / (SIMILARITY_CEILING - SIMILARITY_FLOOR));

        Set<String> asked = vocabulary.mentionedIn(postingText(posting));
        Set<String> held = view.skills();
        List<String> matched = asked.stream().filter(held::contains).toList();
        List<String> missing = asked.stream().filter(skill -> !held.contains(skill)).toList();
        double fit = asked.isEmpty()
                ? similarityPoints
                : SIMILARITY_WEIGHT * similarityPoints + SKILL_WEIGHT * 100.0 * matched.size() / asked.size();
        int fitScore = (int) Math.round(fit);

        CompanyTier tier = companies.find(posting.company()).map(Company::tier).orElse(CompanyTier.NORMAL);
        HardConstraints.Findings findings = constraints.check(posting, profile,
                new HardConstraints.Context(tier, excludedCompanies, LocalDate.now(clock)));

        List<String> reasons = new ArrayList<>();
        findings.vetoes().forEach(veto -> reasons.add(veto.reason()));
        reasons.add(view.vector().length == 0
                ? "Similarity: your profile has no headline, summary, positions or skills to compare (0 points)."
                : String.format(Locale.ROOT, "Similarity of your profile and the posting: %.2f (%d of 100 points).",
                similarity, Math.round(similarityPoints)));
        reasons.add(skillReason(asked, matched, missing));
        reasons.addAll(findings.notes());
        if (!findings.vetoes().isEmpty()) {
            reasons.add("Without the veto the posting would score " + fitScore + " of 100.");
        }
        int score = findings.vetoes().isEmpty() ? fitScore : 0;
        return new MatchResult(score, fitScore, similarity, matched, missing, findings.vetoes(), reasons);
    }

    /** The known skills a text mentions, by canonical name ("k8s" and "Kubernetes" are one), in order. */
    public Set<String> skillsIn(String text) {
        return vocabulary.mentionedIn(requireNonNull(text, "text is null"));
    }

    private ProfileView view(Profile profile) {
        ProfileView last = lastProfile.get();
        // identity, not equals: a changed profile is a new object, and equals would walk the whole record
        if (last != null && last.profile() == profile) {
            return last;
        }
        String text = profileText(profile);
        ProfileView fresh = new ProfileView(profile, text.isBlank() ? new float[0] : embedder.embed(text),
                Set.copyOf(candidateSkills(profile)));
        lastProfile.set(fresh);
        return fresh;
    }

    /** The text embedded for the candidate: what they did, not who they are (no contact details). */
    static String profileText(Profile profile) {
        StringBuilder text = new StringBuilder();
        profile.basics().label().ifPresent(label -> text.append(label).append(".\n"));
        profile.basics().summary().ifPresent(summary -> text.append(summary).append('\n'));
        for (Work work : profile.work()) {
            work.position().ifPresent(position -> text.append(position).append(". "));
            work.summary().ifPresent(summary -> text.append(summary).append(' '));
            work.highlights().forEach(highlight -> text.append(highlight).append(' '));
            text.append('\n');
        }
        if (!profile.skills().isEmpty()) {
            text.append("Skills: ");
            for (Skill skill : profile.skills()) {
                text.append(skill.name());
                if (!skill.keywords().isEmpty()) {
                    text.append(" (").append(String.join(", ", skill.keywords())).append(')');
                }
                text.append(", ");
            }
        }
        return text.toString().strip();
    }

    static String postingText(JobPosting posting) {
        return posting.title() + ".\n" + posting.description();
    }

    private Set<String> candidateSkills(Profile profile) {
        Set<String> held = new LinkedHashSet<>();
        for (Skill skill : profile.skills()) {
            held.add(vocabulary.normalise(skill.name()));
            skill.keywords().forEach(keyword -> held.add(vocabulary.normalise(keyword)));
        }
        StringBuilder history = new StringBuilder();
        profile.basics().summary().ifPresent(history::append);
        for (Work work : profile.work()) {
            history.append('\n').append(work.position().orElse("")).append('\n').append(work.summary().orElse(""));
            work.highlights().forEach(highlight -> history.append('\n').append(highlight));
        }
        held.addAll(vocabulary.mentionedIn(history.toString()));
        return held;
    }

    private static String skillReason(Set<String> asked, List<String> matched, List<String> missing) {
        if (asked.isEmpty()) {
            return "Skills: the posting names no skill we know; scored on similarity alone.";
        }
        String reason = "Skills: " + matched.size() + " of " + asked.size() + " asked skills match"
                + (matched.isEmpty() ? "" : " (" + String.join(", ", matched) + ")");
        return reason + (missing.isEmpty() ? "." : "; missing: " + String.join(", ", missing) + ".");
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
