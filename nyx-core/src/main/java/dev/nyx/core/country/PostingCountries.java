package dev.nyx.core.country;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a posting's location text is in ("Berlin, Germany", "Remote - Germany", "London, UK",
 * "Austin, TX"), as an ISO 3166-1 alpha-2 code. Only listed names are recognised: country names,
 * large tech cities, ISO codes and US state / Canadian province codes written in capitals.
 *
 * <p>Every place the text names says which countries it may be in ("Cambridge" is in GB or the US,
 * ", CA" is California or Canada); the answer is the one country all of them agree on. Places that
 * disagree ("Berlin or London", "London, ON") or leave a choice ("Cambridge", "Wilmington, DE")
 * give no country: a posting's country is never guessed. Stateless and thread-safe.
 */
public final class PostingCountries {

    private static final Map<String, List<String>> NAMES = names();
    private static final Map<String, Set<String>> PLACES = places();

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        // no bare "america": "Latin America" and "North America" are not the United States
        names.put("US", List.of("united states", "united states of america", "usa", "u.s.", "u.s.a.", "new york",
                "san francisco", "seattle", "austin", "boston", "chicago", "los angeles", "denver", "atlanta",
                "california", "texas", "washington dc", "washington d.c."));
        names.put("GB", List.of("united kingdom", "england", "scotland", "great britain", "london",
                "manchester", "edinburgh", "bristol"));
        names.put("DE", List.of("germany", "deutschland", "berlin", "munich", "münchen", "muenchen", "hamburg",
                "frankfurt", "cologne", "köln", "stuttgart", "düsseldorf", "bavaria", "bayern"));
        names.put("FR", List.of("france", "paris", "lyon", "toulouse"));
        names.put("NL", List.of("netherlands", "the netherlands", "amsterdam", "rotterdam", "utrecht", "eindhoven"));
        names.put("SE", List.of("sweden", "stockholm", "gothenburg", "malmö", "malmo"));
        names.put("IE", List.of("ireland", "dublin", "cork"));
        names.put("CH", List.of("switzerland", "zurich", "zürich", "geneva", "basel"));
        names.put("AT", List.of("austria", "vienna", "wien", "graz"));
        names.put("ES", List.of("spain", "madrid", "barcelona"));
        names.put("PL", List.of("poland", "warsaw", "krakow", "kraków", "wroclaw"));
        names.put("CA", List.of("canada", "toronto", "vancouver", "montreal", "ontario", "british columbia", "quebec",
                "alberta"));
        names.put("DK", List.of("denmark", "copenhagen"));
        names.put("NO", List.of("norway", "oslo"));
        names.put("FI", List.of("finland", "helsinki"));
        names.put("AU", List.of("australia", "sydney", "melbourne"));
        names.put("IN", List.of("india", "bangalore", "bengaluru", "hyderabad", "pune"));
        names.put("IT", List.of("italy", "milan", "rome"));
        names.put("BE", List.of("belgium", "brussels"));
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, Set<String>> places() {
        Map<String, Set<String>> places = new LinkedHashMap<>();
        NAMES.forEach((code, list) -> list.forEach(name -> places.put(name, Set.of(code))));
        // names shared by two countries: only a second place in the text decides
        places.put("cambridge", Set.of("GB", "US"));
        return Collections.unmodifiableMap(places);
    }

    /** ISO codes in capitals; DE, CA and IN are also the US states Delaware, California and Indiana. */
    private static final Map<String, Set<String>> CODES = Map.ofEntries(
            Map.entry("US", Set.of("US")), Map.entry("USA", Set.of("US")), Map.entry("UK", Set.of("GB")),
            Map.entry("GB", Set.of("GB")), Map.entry("FR", Set.of("FR")), Map.entry("NL", Set.of("NL")),
            Map.entry("SE", Set.of("SE")), Map.entry("IE", Set.of("IE")), Map.entry("CH", Set.of("CH")),
            Map.entry("AT", Set.of("AT")), Map.entry("ES", Set.of("ES")), Map.entry("PL", Set.of("PL")),
            Map.entry("DK", Set.of("DK")), Map.entry("NO", Set.of("NO")), Map.entry("FI", Set.of("FI")),
            Map.entry("AU", Set.of("AU")), Map.entry("DE", Set.of("DE", "US")), Map.entry("CA", Set.of("CA", "US")),
            Map.entry("IN", Set.of("IN", "US")));
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{2,3})(?![A-Za-z])");

    // other US state and Canadian province codes: trusted only after a comma ("Austin, TX", "Toronto, ON")
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CO", "CT", "FL", "GA", "HI", "ID",
            "IL", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
            "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
            "WY", "DC");
    private static final Set<String> CA_PROVINCES = Set.of("ON", "BC", "QC", "AB", "MB", "NS", "SK", "NB");
    private static final Pattern REGION = Pattern.compile(",\\s*([A-Z]{2})(?![A-Za-z])");

    private PostingCountries() {
    }

    /** The one country the location is in, as an ISO 3166-1 alpha-2 code; empty when unknown or ambiguous. */
    public static Optional<String> of(String location) {
        requireNonNull(location, "location is null");
        String lower = location.toLowerCase(Locale.ROOT);
        Set<String> agreed = null;
        for (Set<String> possible : placesIn(location, lower)) {
            if (agreed == null) {
                agreed = new HashSet<>(possible);
            } else {
                agreed.retainAll(possible);
            }
        }
        return agreed != null && agreed.size() == 1 ? Optional.of(agreed.iterator().next()) : Optional.empty();
    }

    private static List<Set<String>> placesIn(String location, String lower) {
        List<Set<String>> found = new ArrayList<>();
        PLACES.forEach((name, countries) -> {
            if (containsWord(lower, name)) {
                found.add(countries);
            }
        });
        Matcher code = CODE.matcher(location);
        while (code.find()) {
            Set<String> countries = CODES.get(code.group(1));
            if (countries != null) {
                found.add(countries);
            }
        }
        Matcher region = REGION.matcher(location);
        while (region.find()) {
            if (US_STATES.contains(region.group(1))) {
                found.add(Set.of("US"));
            } else if (CA_PROVINCES.contains(region.group(1))) {
                found.add(Set.of("CA"));
            }
        }
        return found;
    }

    /** The country's English name for reasons ("Germany", "United States"), or the code when it is not listed. */
    public static String name(String code) {
        List<String> names = NAMES.get(code);
        if (names == null) {
            return code;
        }
        String first = names.get(0);
        return first.length() <= 3 ? first.toUpperCase(Locale.ROOT) : capitalise(first);
    }

    private static String capitalise(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** Whether the lower-case text holds the word (or words) with no letter right before or after it. */
    public static boolean containsWord(String lowerText, String word) {
        int from = 0;
        while (true) {
            int at = lowerText.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetter(lowerText.charAt(at - 1));
            boolean endOk = end >= lowerText.length() || !Character.isLetter(lowerText.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
