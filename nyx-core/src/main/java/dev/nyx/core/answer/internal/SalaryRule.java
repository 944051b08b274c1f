package dev.nyx.core.answer.internal;

import dev.nyx.core.salary.SalaryAdvice;
import dev.nyx.core.salary.SalaryOracle;
import dev.nyx.model.QuestionType;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.model.profile.SalaryExpectation;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Salary expectation in the unit, period and currency the question asks: the {@link SalaryOracle}'s
 * number from the posted range ({@link dev.nyx.core.answer.PostingContext#salary()}), the floor
 * ({@code nyx.salary}) and the asked currency and period, with the oracle's reason recorded among
 * the answer's facts ({@value #ORACLE_NOTE}...).
 *
 * <p>The currency is the one the question or its options name, else the posting country's, else
 * the posted range's; when it differs from the floor's there is no answer (no exchange rates are
 * guessed). When nothing names a currency, only a free-text answer is given, spelling out the
 * currency and period ("85000 EUR per year"). A question without a period is read as the floor's
 * own period for text, and as annual for numbers and options (forms that ask per month or hour say so).
 */
final class SalaryRule {
    /** Starts the note that records the oracle's reason among the answer's facts. */
    static final String ORACLE_NOTE = "salary oracle: ";
    private static final SalaryOracle ORACLE = new SalaryOracle();
    private static final Map<SalaryPeriod, Pattern> PERIOD_WORDS = new EnumMap<>(Map.of(
            SalaryPeriod.HOUR, Pattern.compile("\\b(hourly|per hour|an hour|hour|stundenlohn|stundensatz|pro stunde|"
                    + "horaire|par heure)\\b"),
            SalaryPeriod.DAY, Pattern.compile("\\b(daily|day rate|per day|tagessatz|pro tag|journalier|par jour|tjm)\\b"),
            SalaryPeriod.WEEK, Pattern.compile("\\b(weekly|per week|pro woche|par semaine)\\b"),
            SalaryPeriod.MONTH, Pattern.compile("\\b(monthly|per month|a month|month|monatlich|monatsgehalt|pro monat|"
                    + "brutto monat|mensuel|par mois)\\b"),
            SalaryPeriod.YEAR, Pattern.compile("\\b(annual|annually|yearly|per year|a year|per annum|p a|year|"
                    + "jahrlich|jahresgehalt|jahresbrutto|pro jahr|annuel|annuelle|par an)\\b")));
    private static final Map<String, Pattern> CURRENCIES = Map.of(
            "EUR", Pattern.compile("€|\\bEUR\\b|\\beuros?\\b", Pattern.CASE_INSENSITIVE),
            "USD", Pattern.compile("(?<![A-Z])\\$|\\bUSD\\b|\\bUS dollars?\\b", Pattern.CASE_INSENSITIVE),
            "GBP", Pattern.compile("£|\\bGBP\\b|\\bpounds?\\b", Pattern.CASE_INSENSITIVE),
            "CHF", Pattern.compile("\\bCHF\\b|\\bFr\\.", Pattern.CASE_INSENSITIVE),
            "SEK", Pattern.compile("\\bSEK\\b|\\bkronor\\b", Pattern.CASE_INSENSITIVE),
            "CAD", Pattern.compile("\\bCAD\\b|C\\$", Pattern.CASE_INSENSITIVE),
            "AUD", Pattern.compile("\\bAUD\\b|A\\$", Pattern.CASE_INSENSITIVE));

    private SalaryRule() {
    }

    static Rule rule() {
        return Rule.regex("salary", "\\b(salary|compensation|pay|wage|rate|gehalt|gehaltsvorstellung|gehaltswunsch|"
                + "vergutung|jahresgehalt|remuneration|salaire|pretentions salariales|pretentions)\\b", SalaryRule::derive);
    }

    private static Optional<Fact> derive(Asked asked) {
        if (asked.mentions("current", "currently", "present", "aktuelles", "derzeitiges", "actuel", "actuelle")) {
            return Optional.empty(); // what the candidate earns now is not in the profile
        }
        Optional<SalaryExpectation> floor = asked.profile().nyx().salary();
        if (floor.isEmpty()) {
            return Optional.empty();
        }
        String optionsText = asked.question().options().stream().map(option -> option.label())
                .collect(Collectors.joining(" "));
        Set<String> named = currencies(asked.question().label() + " " + optionsText);
        if (named.size() > 1) {
            return Optional.empty();
        }
        Optional<SalaryRange> posted = asked.posting().salary();
        Optional<String> currency = named.stream().findFirst()
                .or(() -> asked.posting().countryCode().flatMap(Countries::currency))
                .or(() -> posted.map(range -> range.currency().toUpperCase(Locale.ROOT)));
        boolean text = asked.question().options().isEmpty() && (asked.question().type() == QuestionType.SHORT_TEXT
                || asked.question().type() == QuestionType.LONG_TEXT);
        if (currency.isEmpty() && !text) {
            return Optional.empty();
        }
        Optional<SalaryPeriod> askedPeriod = period(asked.label()).or(() -> period(Text.normalise(optionsText)));
        SalaryPeriod period = askedPeriod.orElse(text ? floor.get().period() : SalaryPeriod.YEAR);
        String asking = currency.orElse(floor.get().currency());
        SalaryAdvice advice = ORACLE.advise(posted, floor, asking, period);
        if (advice.amount().isEmpty()) {
            return Optional.empty(); // another currency than the floor's: no exchange rate is guessed
        }
        String unit = advice.currency() + " per " + period.name().toLowerCase(Locale.ROOT);
        return Optional.of(new Fact.Amount(advice.amount().get(), unit, List.of("nyx.salary"),
                List.of(ORACLE_NOTE + advice.reason())));
    }

    private static Set<String> currencies(String text) {
        Set<String> found = new LinkedHashSet<>();
        CURRENCIES.forEach((code, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(code);
            }
        });
        if (found.contains("CAD") || found.contains("AUD")) {
            found.remove("USD"); // "C$" and "A$" also contain "$"
        }
        return found;
    }

    private static Optional<SalaryPeriod> period(String normalisedText) {
        Set<SalaryPeriod> found = new LinkedHashSet<>();
        PERIOD_WORDS.forEach((period, pattern) -> {
            if (pattern.matcher(normalisedText).find()) {
                found.add(period);
            }
        });
        return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
    }
}
