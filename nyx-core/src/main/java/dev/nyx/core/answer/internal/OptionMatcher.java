package dev.nyx.core.answer.internal;

import dev.nyx.model.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a fact to one of a question's offered options. Matching ignores case, accents and
 * punctuation; yes/no understands "Ja/Nein", "Oui/Non" and {@code 1}/{@code 0} values; numbers go
 * into buckets ("3-5 years", "5+ years"). When no option fits well enough, or two fit equally
 * well, there is no match: a wrong option is worse than a reported question. Stateless.
 */
public final class OptionMatcher {
    /** The least confidence an option match needs. */
    public static final double THRESHOLD = 0.75;

    private static final Pattern DECLINE = Pattern.compile("decline|(do not|don t|dont) (wish|want)|prefer not|"
            + "not to (say|answer|disclose|self identify)|choose not|rather not|keine angabe|nicht angeben|"
            + "ne (souhaite|veux) pas|prefere ne pas|ne pas repondre|not (wish|want) to");

    /** The chosen option label and how sure the match is. */
    public record Match(String label, double confidence) {
    }

    private OptionMatcher() {
    }

    /** The option that best spells one of the given spellings, tried in order. */
    public static Optional<Match> bySpelling(List<Option> options, List<String> spellings) {
        for (String spelling : spellings) {
            String wanted = Text.normalise(spelling);
            if (wanted.isEmpty()) {
                continue;
            }
            List<Match> scored = new ArrayList<>();
            for (Option option : options) {
                double score = score(Text.normalise(option.label()), wanted);
                if (score >= THRESHOLD) {
                    scored.add(new Match(option.label(), score));
                }
            }
            Optional<Match> best = unique(scored);
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /** The option meaning yes (or no): by label, else by a {@code 1}/{@code 0} value. */
    public static Optional<Match> byFlag(List<Option> options, boolean yes) {
        List<Match> byLabel = options.stream()
                .filter(option -> Text.yesNo(option.label()).map(flag -> flag == yes).orElse(false))
                .map(option -> new Match(option.label(), 0.95)).toList();
        if (!byLabel.isEmpty()) {
            return byLabel.size() == 1 ? Optional.of(byLabel.get(0)) : Optional.empty();
        }
        List<Match> byValue = options.stream()
                .filter(option -> option.value().equals(yes ? "1" : "0"))
                .map(option -> new Match(option.label(), 0.8)).toList();
        return byValue.size() == 1 ? Optional.of(byValue.get(0)) : Optional.empty();
    }

    /** The option whose range holds the number; at a shared edge ("1-3", "3-5" for 3) the upper one. */
    public static Optional<Match> byAmount(List<Option> options, BigDecimal number) {
        List<Option> holding = new ArrayList<>();
        for (Option option : options) {
            Bucket.parse(option.label()).filter(bucket -> bucket.contains(number)).ifPresent(bucket -> holding.add(option));
        }
        if (holding.size() == 1) {
            return Optional.of(new Match(holding.get(0).label(), 0.9));
        }
        List<Option> startingThere = holding.stream()
                .filter(option -> Bucket.parse(option.label()).flatMap(Bucket::low)
                        .map(low -> low.compareTo(number) == 0).orElse(false))
                .toList();
        return startingThere.size() == 1 ? Optional.of(new Match(startingThere.get(0).label(), 0.8)) : Optional.empty();
    }

    /** The form's "decline to answer" option, if it has exactly one. */
    public static Optional<Match> decline(List<Option> options) {
        List<Match> declining = options.stream()
                .filter(option -> DECLINE.matcher(Text.normalise(option.label())).find())
                .map(option -> new Match(option.label(), 0.95)).toList();
        return declining.size() == 1 ? Optional.of(declining.get(0)) : Optional.empty();
    }

    private static double score(String option, String wanted) {
        if (option.equals(wanted)) {
            return 1.0;
        }
        // "Master's Degree" holds "master"; "Germany (+49)" holds "+ 49"
        if (Text.containsWords(option, wanted) && wanted.length() >= 2) {
            return 0.85;
        }
        if (option.length() >= 4 && Text.containsWords(wanted, option)) {
            return 0.8;
        }
        return 0;
    }

    private static Optional<Match> unique(List<Match> scored) {
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        List<Match> sorted = scored.stream().sorted(Comparator.comparingDouble(Match::confidence).reversed()).toList();
        if (sorted.size() > 1 && sorted.get(0).confidence() == sorted.get(1).confidence()) {
            return Optional.empty();
        }
        return Optional.of(sorted.get(0));
    }
}
