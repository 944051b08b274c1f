package dev.nyx.core.plan;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Budget;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.MatchScore;
import dev.nyx.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The effort policy: score bands, company tiers and per-effort budgets. Read one with
 * {@link PolicyLoader}; the built-in defaults skip below 20, ask for approval from 20 to 50 and
 * apply at low, medium and high effort from 50, 65 and 80; tier {@code top} adds 15 to the score,
 * {@code avoid} skips.
 *
 * <p>Immutable and thread-safe. The constructor checks what the types cannot say (bands cover
 * 0..100 exactly once, every effort has a budget) and throws {@link IllegalArgumentException}
 * for a policy built wrongly in code; files are checked by {@link PolicyLoader}, which names path and line.
 *
 * @param bands   ordered by score, covering 0..100 without gaps or overlaps
 * @param tiers   a rule per tier; a missing tier is neutral
 * @param budgets a budget per effort
 */
public record EffortPolicy(List<Band> bands, Map<CompanyTier, TierRule> tiers, Map<Effort, Budget> budgets) {
    /** The reason's opening for a posting the candidate named. */
    public static final String NAMED = "You named this posting, so it counts as approved.";

    public EffortPolicy {
        bands = bands.stream().sorted(Comparator.comparingInt(Band::from)).toList();
        tiers = Map.copyOf(tiers);
        budgets = Map.copyOf(budgets);
        int expected = 0;
        for (Band band : bands) {
            if (band.from() != expected) {
                throw new IllegalArgumentException("bands must cover 0..100 without gaps or overlaps; expected a band"
                        + " from " + expected + ", found " + band.describe());
            }
            expected = band.to();
        }
        if (expected != 100) {
            throw new IllegalArgumentException("bands must reach 100; they end at " + expected);
        }
        for (Effort effort : Effort.values()) {
            if (!budgets.containsKey(effort)) {
                throw new IllegalArgumentException("no budget for effort " + effort);
            }
        }
    }

    /**
     * The plan for a matched posting.
     *
     * @param match               the posting's match
     * @param tier                the company's tier
     * @param approvedByCandidate the candidate named the posting (and did not ask to respect the
     *                            policy): apply whatever the bands say, at the bands' effort (the lowest
     *                            apply effort when the score falls in a skip or approval band)
     */
    public Plan plan(MatchScore match, CompanyTier tier, boolean approvedByCandidate) {
        return plan(match, tier, approvedByCandidate ? Optional.of(NAMED) : Optional.empty());
    }

    /**
     * The plan for a matched posting.
     *
     * @param match           the posting's match
     * @param tier            the company's tier
     * @param approvedBecause present when the candidate approved the posting (named it, or approved it
     *                        from the queue): a sentence saying so, which starts the plan's reason. It is
     *                        applied to at the bands' effort whatever the bands decide (the lowest apply
     *                        effort when the score falls in a skip or approval band)
     */
    public Plan plan(MatchScore match, CompanyTier tier, Optional<String> approvedBecause) {
        requireNonNull(match, "match is null");
        requireNonNull(tier, "tier is null");
        requireNonNull(approvedBecause, "approvedBecause is null");
        TierRule rule = tiers.getOrDefault(tier, TierRule.neutral());
        int shifted = Math.max(0, Math.min(100, match.score() + rule.shift()));
        Band band = bandOf(shifted);
        String scoreText = "Score " + match.score() + (rule.shift() == 0 ? ""
                : " (" + (rule.shift() > 0 ? "+" : "") + rule.shift() + " for tier " + tierName(tier) + " = " + shifted + ")");
        Effort effort = band.effort().orElse(lowestApplyEffort());
        if (approvedBecause.isPresent()) {
            List<String> caveats = new ArrayList<>();
            if (rule.skip()) {
                caveats.add("tier " + tierName(tier) + " would skip it");
            }
            caveats.addAll(match.vetoes());
            return new Plan(Decision.APPLY, effort, budgets.get(effort), approvedBecause.get() + " " + scoreText + " is in band " + band.describe() + ": apply at " + effortName(effort)
                    + " effort." + (caveats.isEmpty() ? "" : " Note: " + String.join(" ", caveats)));
        }
        if (rule.skip()) {
            return skip("Company tier " + tierName(tier) + ": skipped whatever the score.");
        }
        if (match.isVetoed()) {
            return skip("Skipped: " + String.join(" ", match.vetoes()));
        }
        return switch (band.decision()) {
            case SKIP -> skip(scoreText + " is in band " + band.describe() + ": skip.");
            case AWAIT_APPROVAL -> new Plan(Decision.AWAIT_APPROVAL, effort, budgets.get(effort), scoreText
                    + " is in band " + band.describe() + ": waits for your approval (then " + effortName(effort)
                    + " effort).");
            case APPLY -> new Plan(Decision.APPLY, effort, budgets.get(effort), scoreText + " is in band "
                    + band.describe() + ": apply at " + effortName(effort) + " effort.");
        };
    }

    /** The band a score (0..100) falls in. */
    public Band bandOf(int score) {
        return bands.stream().filter(band -> band.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("score out of 0..100: " + score));
    }

    private Effort lowestApplyEffort() {
        return bands.stream().flatMap(band -> band.effort().stream()).min(Comparator.naturalOrder())
                .orElse(Effort.LOW);
    }

    private Plan skip(String reason) {
        return new Plan(Decision.SKIP, Effort.LOW, Budget.none(), reason);
    }

    static String tierName(CompanyTier tier) {
        return tier.name().toLowerCase(Locale.ROOT);
    }

    static String effortName(Effort effort) {
        return effort.name().toLowerCase(Locale.ROOT);
    }

    /** A tier map with every tier present, for callers that want to list them. */
    public Map<CompanyTier, TierRule> allTiers() {
        Map<CompanyTier, TierRule> all = new EnumMap<>(CompanyTier.class);
        for (CompanyTier tier : CompanyTier.values()) {
            all.put(tier, tiers.getOrDefault(tier, TierRule.neutral()));
        }
        return all;
    }
}
