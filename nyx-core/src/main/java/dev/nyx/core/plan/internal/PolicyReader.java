package dev.nyx.core.plan.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.document.Node;
import dev.nyx.core.document.Problems;
import dev.nyx.core.document.SourceDocument;
import dev.nyx.core.plan.Band;
import dev.nyx.core.plan.EffortPolicy;
import dev.nyx.core.plan.TierRule;
import dev.nyx.model.Budget;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.spi.ErrorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an effort policy document, collecting every problem with its path and line before
 * failing with one {@code ValidationException} ({@link ErrorCode#INVALID_POLICY}). Sections a
 * document leaves out ({@code tiers}, {@code budgets}, single tiers or efforts) come from
 * {@code fallback}. Stateless; not part of the API.
 */
public final class PolicyReader {
    private static final List<String> TOP_KEYS = List.of("bands", "tiers", "budgets");
    private static final List<String> BAND_KEYS = List.of("from", "to", "decision", "effort");
    private static final List<String> TIER_KEYS = List.of("shift", "skip");
    private static final List<String> BUDGET_KEYS = List.of("maxTokens", "maxCostUsd", "coverLetter", "llmReview");
    private static final List<String> DECISIONS = List.of("skip", "approval", "apply");
    private static final List<String> EFFORTS = List.of("low", "medium", "high");
    private static final List<String> TIERS = List.of("top", "normal", "avoid");

    private PolicyReader() {
    }

    /**
     * @param fallback tiers and budgets for what the document leaves out; empty for the built-in
     *                 defaults themselves (which must then be complete)
     */
    public static EffortPolicy read(SourceDocument document, Optional<EffortPolicy> fallback) {
        requireNonNull(document, "document is null");
        Problems problems = new Problems(Optional.of(document));
        Node root = document.root(problems);
        List<Band> bands = List.of();
        Map<CompanyTier, TierRule> tiers = new EnumMap<>(CompanyTier.class);
        Map<Effort, Budget> budgets = new EnumMap<>(Effort.class);
        fallback.ifPresent(policy -> {
            tiers.putAll(policy.tiers());
            budgets.putAll(policy.budgets());
        });
        if (root.isObject()) {
            root.rejectUnknownKeys(TOP_KEYS);
            bands = bands(root.get("bands"), problems);
            tiers(root.get("tiers"), tiers);
            budgets(root.get("budgets"), budgets);
        } else if (!root.isPresent()) {
            root.problem("the policy is empty: it needs at least \"bands\" (see the built-in default-policy.yaml)");
        }
        for (Effort effort : Effort.values()) {
            if (!budgets.containsKey(effort)) {
                root.get("budgets").problem("no budget for effort " + name(effort) + "; add budgets."
                        + name(effort) + " with " + String.join(", ", BUDGET_KEYS));
            }
        }
        problems.throwIfAny(ErrorCode.INVALID_POLICY, document.name());
        return new EffortPolicy(bands, tiers, budgets);
    }

    private static List<Band> bands(Node node, Problems problems) {
        if (!node.isPresent()) {
            node.problem("missing: list the score bands (from, to, decision, effort) covering 0..100");
            return List.of();
        }
        List<Node> items = node.items();
        record Located(Band band, Node node) {
        }
        List<Located> read = new ArrayList<>();
        for (Node item : items) {
            if (!item.isObject()) {
                continue;
            }
            item.rejectUnknownKeys(BAND_KEYS);
            Optional<Integer> from = score(item.get("from"));
            Optional<Integer> to = score(item.get("to"));
            Optional<Decision> decision = decision(item.get("decision"));
            Optional<Effort> effort = effort(item.get("effort"));
            if (from.isPresent() && to.isPresent() && from.get() >= to.get()) {
                item.get("to").problem("must be greater than from (" + from.get() + "), found " + to.get());
                continue;
            }
            if (decision.isPresent() && decision.get() == Decision.APPLY && effort.isEmpty()
                    && !item.get("effort").isPresent()) {
                item.get("effort").problem("missing: an apply band needs an effort (low, medium or high)");
                continue;
            }
            if (decision.isPresent() && decision.get() != Decision.APPLY && item.get("effort").isPresent()) {
                item.get("effort").problem("only apply bands have an effort; remove it or make the decision apply");
                continue;
            }
            if (from.isPresent() && to.isPresent() && decision.isPresent()
                    && (decision.get() != Decision.APPLY || effort.isPresent())) {
                read.add(new Located(new Band(from.get(), to.get(), decision.get(), effort), item));
            }
        }
        if (items.isEmpty()) {
            node.problem("no bands: list the score bands covering 0..100");
        }
        if (read.size() != items.size()) {
            return List.of(); // coverage is only checked once every band reads
        }
        read.sort(Comparator.comparingInt(located -> located.band().from()));
        int expected = 0;
        Located previous = null;
        for (Located located : read) {
            Band band = located.band();
            if (band.from() > expected) {
                located.node().get("from").problem("scores " + expected + "–" + band.from() + " are in no band:"
                        + " add a band for them or start this band at " + expected);
            } else if (band.from() < expected) {
                located.node().get("from").problem("band " + band.describe() + " overlaps band "
                        + previous.band().describe() + ": bands must not overlap (\"to\" is exclusive)");
            }
            expected = Math.max(expected, band.to());
            previous = located;
        }
        if (!read.isEmpty() && expected < 100) {
            node.problem("scores " + expected + "–100 are in no band: the last band must end at 100");
        }
        return problems.isEmpty() ? read.stream().map(Located::band).toList() : List.of();
    }

    private static void tiers(Node node, Map<CompanyTier, TierRule> tiers) {
        if (!node.isPresent() || !node.isObject()) {
            return;
        }
        node.rejectUnknownKeys(TIERS);
        for (String key : node.keys()) {
            if (!TIERS.contains(key)) {
                continue;
            }
            Node tier = node.get(key);
            if (!tier.isObject()) {
                continue;
            }
            tier.rejectUnknownKeys(TIER_KEYS);
            int shift = tier.get("shift").integer().orElse(0);
            if (shift < -100 || shift > 100) {
                tier.get("shift").problem(shift + " is out of range; expected -100..100");
                shift = 0;
            }
            boolean skip = tier.get("skip").bool().orElse(false);
            tiers.put(CompanyTier.valueOf(key.toUpperCase(Locale.ROOT)), new TierRule(shift, skip));
        }
    }

    private static void budgets(Node node, Map<Effort, Budget> budgets) {
        if (!node.isPresent() || !node.isObject()) {
            return;
        }
        node.rejectUnknownKeys(EFFORTS);
        for (String key : node.keys()) {
            if (!EFFORTS.contains(key)) {
                continue;
            }
            Node budget = node.get(key);
            if (!budget.isObject()) {
                continue;
            }
            budget.rejectUnknownKeys(BUDGET_KEYS);
            Optional<Integer> tokens = budget.get("maxTokens").nonNegativeInteger();
            Optional<BigDecimal> cost = budget.get("maxCostUsd").decimal();
            if (cost.isPresent() && cost.get().signum() < 0) {
                budget.get("maxCostUsd").problem(cost.get() + " is negative; expected 0 or more");
                cost = Optional.empty();
            }
            boolean coverLetter = budget.get("coverLetter").bool().orElse(false);
            boolean llmReview = budget.get("llmReview").bool().orElse(false);
            for (String required : List.of("maxTokens", "maxCostUsd")) {
                if (!budget.get(required).isPresent()) {
                    budget.get(required).problem("missing: give the " + name(Effort.valueOf(
                            key.toUpperCase(Locale.ROOT))) + " budget's " + required);
                }
            }
            if (tokens.isPresent() && cost.isPresent()) {
                budgets.put(Effort.valueOf(key.toUpperCase(Locale.ROOT)),
                        new Budget(tokens.get(), cost.get(), coverLetter, llmReview));
            }
        }
    }

    private static Optional<Integer> score(Node node) {
        if (!node.isPresent()) {
            node.problem("missing: a score 0..100");
            return Optional.empty();
        }
        Optional<Integer> score = node.integer();
        if (score.isPresent() && (score.get() < 0 || score.get() > 100)) {
            node.problem(score.get() + " is not a score; expected 0..100");
            return Optional.empty();
        }
        return score;
    }

    private static Optional<Decision> decision(Node node) {
        if (!node.isPresent()) {
            node.problem("missing: one of " + String.join(", ", DECISIONS));
            return Optional.empty();
        }
        return node.text().flatMap(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "skip" -> Optional.of(Decision.SKIP);
            case "approval", "await_approval", "await-approval" -> Optional.of(Decision.AWAIT_APPROVAL);
            case "apply" -> Optional.of(Decision.APPLY);
            default -> {
                node.problem("unknown decision \"" + text + "\"; expected one of " + String.join(", ", DECISIONS));
                yield Optional.empty();
            }
        });
    }

    private static Optional<Effort> effort(Node node) {
        if (!node.isPresent()) {
            return Optional.empty();
        }
        return node.text().flatMap(text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            if (EFFORTS.contains(lower)) {
                return Optional.of(Effort.valueOf(lower.toUpperCase(Locale.ROOT)));
            }
            node.problem("unknown effort \"" + text + "\"; expected one of " + String.join(", ", EFFORTS));
            return Optional.empty();
        });
    }

    private static String name(Effort effort) {
        return effort.name().toLowerCase(Locale.ROOT);
    }
}
