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
 *
 * <p>Option lists ("What is your notice period?", "When could you start?", "Wann könnten Sie
 * anfangen?", "Quand pourriez-vous commencer ?") are read as spans of time from today, whichever
 * of the two questions asks: "Immediately"/"Sofort"/"Immédiatement" is no notice; "Within 2
 * months", "Innerhalb 2 Monaten", "Sous 2 mois", "Up to 2 weeks" hold a notice up to their number;
 * "1-3 months", "< 1 month", "More than 3 months" their range (a lower end rounded as above: 20
 * days is in "1-3 months"); a bare "2 months" any notice up to it; "Later"/"Später"/"Plus tard" only a
 * notice that no other option holds. Of the options that hold the notice, the tightest (smallest
 * upper end) is chosen: 60 days among "Within 1/2/3 months" is "Within 2 months". Two equally
 * tight options, or none, give no answer.
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
            "sofort", "ab sofort", "umgehend", "immediatement", "tout de suite", "des que possible", "none",
            "no notice", "keine");
    private static final Pattern LATER = Pattern.compile("\\b(later|longer|spater|langer|plus tard|plus longtemps|"
            + "au dela|beyond)\\b");
    private static final String START = "\\b(start date|starting date|earliest start|when (can|could|would|will) you "
            + "(start|begin|join)|how soon (can|could|would) you (start|begin|join)|available to start|availability date|"
            + "date available|start working|when are you available|eintrittsdatum|eintrittstermin|starttermin|"
            + "verfugbar ab|fruhester eintritt|fruhestmoglicher eintritt|ab wann|date de disponibilite|"
            + "disponible a partir|date de debut|a partir de quand|date d entree|date de prise de poste)\\b"
            + "|\\bwann\\b.*\\b(anfangen|beginnen|starten|einsteigen|anzufangen|verfugbar)\\b"
            + "|\\bquand\\b.*\\b(commencer|debuter|demarrer|rejoindre|disponible|prendre (vos|le) (fonctions|poste))\\b";
    /** An option's span of time from today, in days. */
    private record Span(String label, long lowDays, boolean lowOpen, long highDays, boolean later) {
        boolean holds(int days) {
            return !later && (lowOpen ? days > lowDays : days >= lowDays) && days <= highDays;
        }
    }

    private NoticeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.regex("notice-period", "\\b(notice period|notice|kundigungsfrist|preavis)\\b", NoticeRules::notice),
                Rule.regex("start-date", START, NoticeRules::start));
    }

    private static Optional<Fact> start(Asked asked) {
        Optional<Integer> known = asked.profile().nyx().noticePeriodDays();
        if (known.isEmpty() || asked.mentions("interview", "call", "gesprach", "vorstellungsgesprach", "telefonat",
                "entretien", "appel")) {
            return Optional.empty(); // "When are you available for an interview?" is not the start of work
        }
        List<String> used = List.of("nyx.noticePeriodDays");
        if (!asked.question().options().isEmpty()) {
            // "When could you start?" with "Immediately / Within 1 month / ...": a span, not a date
            return choose(asked.question().options(), known.get(), Unit.in(asked.label()))
                    .map(label -> new Fact.Choice(List.of(label), used));
        }
        return Optional.of(new Fact.Day(asked.today().plusDays(known.get()), used));
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
            return choose(asked.question().options(), days, askedUnit).map(label -> new Fact.Choice(List.of(label), used));
        }
        if (askedUnit.isEmpty()) {
            return asked.question().type() == QuestionType.NUMBER ? Optional.empty()
                    : Optional.of(new Fact.Amount(BigDecimal.valueOf(days), "days", used));
        }
        return Optional.of(new Fact.Amount(askedUnit.get().of(days), askedUnit.get().word, used));
    }

    /** The tightest option whose span holds the notice; "later" only when no other option does. */
    private static Optional<String> choose(List<Option> options, int days, Optional<Unit> askedUnit) {
        List<Span> spans = new ArrayList<>();
        for (Option option : options) {
            span(option.label(), askedUnit).ifPresent(spans::add);
        }
        List<Span> holding = spans.stream().filter(span -> span.holds(days)).toList();
        if (holding.isEmpty()) {
            List<Span> later = spans.stream().filter(Span::later).toList();
            boolean beyondAll = spans.stream().filter(span -> !span.later()).allMatch(span -> days > span.highDays());
            return later.size() == 1 && beyondAll && spans.size() > 1 ? Optional.of(later.get(0).label())
                    : Optional.empty();
        }
        long tightest = holding.stream().mapToLong(Span::highDays).min().orElseThrow();
        List<Span> best = holding.stream().filter(span -> span.highDays() == tightest).toList();
        return best.size() == 1 ? Optional.of(best.get(0).label()) : Optional.empty();
    }

    private static Optional<Span> span(String label, Optional<Unit> askedUnit) {
        String normalised = Text.normalise(label);
        boolean numbered = normalised.matches(".*\\d.*");
        if (!numbered && IMMEDIATELY.stream().anyMatch(word -> Text.containsWords(normalised, word))) {
            return Optional.of(new Span(label, 0, false, 0, false));
        }
        if (!numbered && LATER.matcher(normalised).find()) {
            return Optional.of(new Span(label, 0, false, Long.MAX_VALUE, true));
        }
        Optional<Unit> unit = Unit.in(normalised).or(() -> askedUnit);
        Optional<Bucket> range = Bucket.parse(label);
        if (unit.isEmpty() || range.isEmpty()) {
            return Optional.empty();
        }
        Bucket bucket = range.get();
        long perUnit = unit.get().days;
        long low = bucket.low().map(BigDecimal::longValue).orElse(0L);
        boolean point = bucket.low().isPresent() && bucket.low().equals(bucket.high());
        long lowDays;
        boolean lowOpen;
        if (point || low == 0) {
            lowDays = 0; // a bare "2 months" holds any notice up to it; the tightest such option wins
            lowOpen = false;
        } else if (bucket.lowExclusive()) {
            lowDays = low * perUnit; // "more than 3 months"
            lowOpen = true;
        } else {
            lowDays = (low - 1) * perUnit; // "1-3 months" holds what rounds up to one month or more
            lowOpen = true;
        }
        long highDays = bucket.high().map(high -> high.longValue() * perUnit - (bucket.highExclusive() ? 1 : 0))
                .orElse(Long.MAX_VALUE);
        return Optional.of(new Span(label, lowDays, lowOpen, highDays, false));
    }
}
