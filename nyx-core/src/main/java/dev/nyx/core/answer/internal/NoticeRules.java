package dev.nyx.core.answer.internal;

import dev.nyx.model.Option;
import dev.nyx.model.QuestionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Notice period and earliest start date, from {@code nyx.noticePeriodDays}.
 *
 * <p>Conventions: a week is 7 days and a month 30 days; converted notice is rounded <em>up</em>
 * (90 days is 13 weeks, 3 months), so the candidate never promises to start earlier than they can.
 * The unit is the one the question (or, for option lists, each option) names; a number field that
 * names no unit gets no answer. The earliest start date is today plus the notice.
 */
final class NoticeRules {
    private enum Unit {
        DAYS(1, "days", "\\b(days?|tage|tagen|jours?)\\b"),
        WEEKS(7, "weeks", "\\b(weeks?|wochen?|semaines?)\\b"),
        MONTHS(30, "months", "\\b(months?|monate|monaten|monat|mois)\\b");

        final int days;
        final String word;
        final Pattern pattern;

        Unit(int days, String word, String regex) {
            this.days = days;
            this.word = word;
            this.pattern = Pattern.compile(regex);
        }

        static Optional<Unit> in(String normalisedText) {
            List<Unit> found = Arrays.stream(values()).filter(unit -> unit.pattern.matcher(normalisedText).find())
                    .toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }

        BigDecimal of(int noticeDays) {
            return BigDecimal.valueOf((noticeDays + days - 1) / days);
        }
    }

    private static final List<String> IMMEDIATELY = List.of("immediately", "immediate", "right away", "asap",
            "sofort", "ab sofort", "immediatement", "tout de suite", "none", "no notice", "keine");

    private NoticeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.regex("notice-period", "\\b(notice period|notice|kundigungsfrist|preavis)\\b", NoticeRules::notice),
                Rule.regex("start-date", "\\b(start date|earliest start|when can you start|when could you start|"
                        + "available to start|availability date|date available|start working|eintrittsdatum|"
                        + "eintrittstermin|verfugbar ab|fruhester eintritt|date de disponibilite|disponible a partir|"
                        + "date de debut)\\b", asked -> asked.profile().nyx().noticePeriodDays()
                        .map(days -> new Fact.Day(asked.today().plusDays(days), List.of("nyx.noticePeriodDays")))));
    }

    private static Optional<Fact> notice(Asked asked) {
        Optional<Integer> known = asked.profile().nyx().noticePeriodDays();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        int days = known.get();
        List<String> used = List.of("nyx.noticePeriodDays");
        Optional<Unit> askedUnit = Unit.in(asked.label());
        if (!asked.question().options().isEmpty()) {
            return bucket(asked.question().options(), days, askedUnit).map(label -> new Fact.Choice(List.of(label), used));
        }
        if (askedUnit.isEmpty()) {
            return asked.question().type() == QuestionType.NUMBER ? Optional.empty()
                    : Optional.of(new Fact.Amount(BigDecimal.valueOf(days), "days", used));
        }
        return Optional.of(new Fact.Amount(askedUnit.get().of(days), askedUnit.get().word, used));
    }

    /** The one option whose range, in its own unit, holds the notice. */
    private static Optional<String> bucket(List<Option> options, int days, Optional<Unit> askedUnit) {
        List<String> fitting = new ArrayList<>();
        List<String> startingThere = new ArrayList<>();
        for (Option option : options) {
            String label = Text.normalise(option.label());
            if (IMMEDIATELY.stream().anyMatch(word -> Text.containsWords(label, word)) && !label.matches(".*\\d.*")) {
                if (days == 0) {
                    fitting.add(option.label());
                }
                continue;
            }
            Optional<Unit> unit = Unit.in(label).or(() -> askedUnit);
            Optional<Bucket> range = Bucket.parse(option.label());
            if (unit.isEmpty() || range.isEmpty()) {
                continue;
            }
            BigDecimal value = unit.get().of(days);
            if (range.get().contains(value)) {
                fitting.add(option.label());
                if (range.get().low().map(low -> low.compareTo(value) == 0).orElse(false)) {
                    startingThere.add(option.label());
                }
            }
        }
        if (fitting.size() == 1) {
            return Optional.of(fitting.get(0));
        }
        return startingThere.size() == 1 ? Optional.of(startingThere.get(0)) : Optional.empty();
    }
}
