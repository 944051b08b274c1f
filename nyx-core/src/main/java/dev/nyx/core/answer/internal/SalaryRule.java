package dev.nyx.core.answer.internal;

import dev.nyx.model.QuestionType;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.profile.SalaryExpectation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Salary expectation in the unit, period and currency the question asks, from {@code nyx.salary}.
 *
 * <p>Conventions: a working year has 52 weeks of 5 days and 40 hours (2080 hours, 260 days), and
 * 12 months. Converted figures are rounded <em>up</em> to whole units, because the profile states a
 * minimum. The currency is the one the question or its options name, else the posting country's;
 * when it differs from the profile's there is no answer (no exchange rates are guessed). When
 * neither names a currency, only a free-text answer is given, spelling out the currency and period
 * ("85000 EUR per year"). A question without a period is read as the profile's own period for
 * text, and as annual for numbers and options (forms that ask per month or hour say so).
 */
final class SalaryRule {
    private static final Map<SalaryPeriod, Integer> PER_YEAR = new EnumMap<>(Map.of(SalaryPeriod.HOUR, 2080,
            SalaryPeriod.DAY, 260, SalaryPeriod.WEEK, 52, SalaryPeriod.MONTH, 12, SalaryPeriod.YEAR, 1));
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
        Optional<SalaryExpectation> expectation = asked.profile().nyx().salary();
        if (expectation.isEmpty()) {
            return Optional.empty();
        }
        SalaryExpectation salary = expectation.get();
        String optionsText = asked.question().options().stream().map(option -> option.label())
                .collect(Collectors.joining(" "));
        Set<String> named = currencies(asked.question().label() + " " + optionsText);
        if (named.size() > 1) {
            return Optional.empty();
        }
        Optional<String> currency = named.stream().findFirst()
                .or(() -> asked.posting().countryCode().flatMap(Countries::currency));
        if (currency.isPresent() && !currency.get().equals(salary.currency())) {
            return Optional.empty();
        }
        boolean text = asked.question().options().isEmpty() && (asked.question().type() == QuestionType.SHORT_TEXT
                || asked.question().type() == QuestionType.LONG_TEXT);
        if (currency.isEmpty() && !text) {
            return Optional.empty();
        }
        Optional<SalaryPeriod> askedPeriod = period(asked.label()).or(() -> period(Text.normalise(optionsText)));
        SalaryPeriod period = askedPeriod.orElse(text ? salary.period() : SalaryPeriod.YEAR);
        BigDecimal annual = salary.min().multiply(BigDecimal.valueOf(PER_YEAR.get(salary.period())));
        BigDecimal amount = annual.divide(BigDecimal.valueOf(PER_YEAR.get(period)), 0, RoundingMode.CEILING);
        String unit = salary.currency() + " per " + period.name().toLowerCase(java.util.Locale.ROOT);
        return Optional.of(new Fact.Amount(amount, unit, List.of("nyx.salary")));
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
