package dev.nyx.core.answer.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names as forms write them (English, German, French), with each country's currency and
 * telephone calling code. Only the countries listed here are recognised in question text; any
 * other country named in a question is not guessed at. Stateless.
 */
public final class Countries {
    /** A country: ISO code, names (first = English), ISO 4217 currency, calling code. */
    private record Country(String code, List<String> names, String currency, String callingCode) {
    }

    private static final List<Country> ALL = List.of(
            new Country("US", List.of("United States", "United States of America", "USA", "Vereinigte Staaten",
                    "Vereinigten Staaten", "Etats Unis", "Etats Unis d Amerique"), "USD", "1"),
            new Country("GB", List.of("United Kingdom", "UK", "Great Britain", "Britain", "England",
                    "Vereinigtes Konigreich", "Vereinigte Konigreich", "Vereinigten Konigreich", "Grossbritannien",
                    "Royaume Uni", "Grande Bretagne", "Angleterre"), "GBP", "44"),
            new Country("DE", List.of("Germany", "Deutschland", "Allemagne"), "EUR", "49"),
            new Country("FR", List.of("France", "Frankreich"), "EUR", "33"),
            new Country("SE", List.of("Sweden", "Schweden", "Suede"), "SEK", "46"),
            new Country("AT", List.of("Austria", "Osterreich", "Oesterreich", "Autriche"), "EUR", "43"),
            new Country("CH", List.of("Switzerland", "Schweiz", "Suisse"), "CHF", "41"),
            new Country("NL", List.of("Netherlands", "the Netherlands", "Niederlande", "Pays Bas", "Holland"), "EUR", "31"),
            new Country("IE", List.of("Ireland", "Irland", "Irlande"), "EUR", "353"),
            new Country("ES", List.of("Spain", "Spanien", "Espagne"), "EUR", "34"),
            new Country("IT", List.of("Italy", "Italien", "Italie"), "EUR", "39"),
            new Country("PL", List.of("Poland", "Polen", "Pologne"), "PLN", "48"),
            new Country("CA", List.of("Canada", "Kanada"), "CAD", "1"),
            new Country("AU", List.of("Australia", "Australien", "Australie"), "AUD", "61"),
            new Country("IN", List.of("India", "Indien", "Inde"), "INR", "91"),
            new Country("DK", List.of("Denmark", "Danemark", "Dänemark"), "DKK", "45"),
            new Country("NO", List.of("Norway", "Norwegen", "Norvege"), "NOK", "47"),
            new Country("FI", List.of("Finland", "Finnland", "Finlande"), "EUR", "358"),
            new Country("BE", List.of("Belgium", "Belgien", "Belgique"), "EUR", "32"));

    // a capitalised name right after "in", "for", "für", "pour", ... (with an article): a place the question names
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])(?i:in|into|within|for|to|im|nach|fur|für|en|au|"
            + "aux|pour|dans|vers|à)\\s+(?:(?i:the|die|der|den|dem|das|le|la|les|l')\\s*)?"
            + "(\\p{Lu}[\\p{L}\\p{N}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'\\-]*){0,2})");
    // capitalised words after a preposition that are not places (German capitalises every noun)
    private static final Set<String> NOT_PLACES = Set.of("country", "land", "landes", "staat",
            "pays", "stelle", "position", "role", "rolle", "job", "poste", "company", "unternehmen", "firma",
            "entreprise", "societe", "standort", "location", "office", "buro", "team", "zukunft", "future", "visa",
            "visum", "sponsoring", "sponsorship", "arbeitserlaubnis", "arbeitsgenehmigung", "aufenthaltstitel",
            "bewerbung", "application", "vollzeit", "teilzeit", "sie", "ihre", "ihren", "ihr", "uns", "diese", "dieses",
            "diesen", "jetzt", "employment", "status", "work", "working", "arbeit", "travail", "emploi", "any", "all",
            "our", "this", "your", "which", "where", "what", "welchem", "welches", "quel", "quelle");

    // "US"/"U.S."/"UK" are only trusted in upper case in the original label: "us" is also a pronoun
    private static final Map<String, Pattern> ABBREVIATIONS = Map.of(
            "US", Pattern.compile("(?<![A-Za-z])(U\\.S\\.A?\\.?|USA|US)(?![A-Za-z])"),
            "GB", Pattern.compile("(?<![A-Za-z])(U\\.K\\.?|UK)(?![A-Za-z])"));

    private Countries() {
    }

    /**
     * The country a question names, if exactly one listed country is named; empty when none or
     * several are (then the caller falls back to the posting's country, or gives no answer).
     */
    public static Optional<String> namedIn(String originalLabel) {
        List<String> found = allNamedIn(originalLabel);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every listed country the text names, in the order of this table. */
    public static List<String> allNamedIn(String originalLabel) {
        String normalised = Text.normalise(originalLabel);
        return ALL.stream()
                .filter(country -> country.names().stream().anyMatch(name -> Text.containsWords(normalised, name))
                        || (ABBREVIATIONS.containsKey(country.code())
                        && ABBREVIATIONS.get(country.code()).matcher(originalLabel).find()))
                .map(Country::code)
                .distinct()
                .toList();
    }

    /**
     * The place a question names after a preposition ("to work in Brazil", "für die Schweiz", "pour le
     * Québec"), as written, when no listed country is named: its first capitalised words that are not a
     * generic noun ("für diese Stelle", "in Zukunft") nor part of the company's name. A caller that finds
     * one must not read the question as being about the posting's country.
     */
    public static Optional<String> placeNamedIn(String originalLabel, Optional<String> company) {
        String companyWords = company.map(Text::normalise).orElse("");
        Matcher matcher = PLACE.matcher(originalLabel);
        while (matcher.find()) {
            String place = matcher.group(1).replaceAll("[.'\\-]+$", "");
            String normalised = Text.normalise(place);
            String first = normalised.split(" ", 2)[0];
            boolean generic = NOT_PLACES.contains(first) || normalised.chars().anyMatch(Character::isDigit);
            boolean ofCompany = !companyWords.isEmpty() && Text.containsWords(companyWords, first);
            if (!normalised.isEmpty() && !generic && !ofCompany) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** Whether the question names a country or region we do not list ("the EU", "Brazil" is not listed). */
    public static boolean namesUnlistedRegion(String normalisedLabel) {
        return Text.containsWords(normalisedLabel, "european union") || Text.containsWords(normalisedLabel, "eu")
                || Text.containsWords(normalisedLabel, "eea") || Text.containsWords(normalisedLabel, "schengen");
    }

    /** The names of a country, English first; empty for an unlisted code. */
    public static List<String> names(String code) {
        return ALL.stream().filter(country -> country.code().equals(code)).findFirst().map(Country::names)
                .orElse(List.of());
    }

    /** The currency used in a listed country. */
    public static Optional<String> currency(String code) {
        return ALL.stream().filter(country -> country.code().equals(code)).findFirst().map(Country::currency);
    }

    /** The calling code ("49") of a listed country. */
    public static Optional<String> callingCode(String code) {
        return ALL.stream().filter(country -> country.code().equals(code)).findFirst().map(Country::callingCode);
    }

    /** The calling code at the start of an international number ("+49 170 ..." gives "49"). */
    public static Optional<String> callingCodeOfNumber(String phone) {
        String compact = phone.replaceAll("[\\s\\-./()]", "");
        String digits;
        if (compact.startsWith("+")) {
            digits = compact.substring(1);
        } else if (compact.startsWith("00")) {
            digits = compact.substring(2);
        } else {
            return Optional.empty();
        }
        // calling codes are prefix-free, so the first listed prefix is the only possible one
        return ALL.stream().map(Country::callingCode).distinct().filter(digits::startsWith).findFirst();
    }
}
