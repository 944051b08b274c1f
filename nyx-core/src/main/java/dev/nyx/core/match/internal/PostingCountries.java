package dev.nyx.core.match.internal;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The country a posting's location names: country names, ISO codes written in capitals and the
 * large tech cities. Only what is listed is recognised; nothing is guessed. Immutable and
 * thread-safe; not part of the API.
 */
public final class PostingCountries {

    private static final Map<String, List<String>> NAMES = names();

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("US", List.of("united states", "usa", "u.s.", "america", "new york", "san francisco", "seattle",
                "austin", "boston", "chicago", "los angeles", "denver", "atlanta"));
        names.put("GB", List.of("united kingdom", "england", "scotland", "great britain", "london", "manchester",
                "edinburgh", "cambridge"));
        names.put("DE", List.of("germany", "deutschland", "berlin", "munich", "münchen", "muenchen", "hamburg",
                "frankfurt", "cologne", "köln", "stuttgart", "düsseldorf"));
        names.put("FR", List.of("france", "paris", "lyon", "toulouse"));
        names.put("NL", List.of("netherlands", "amsterdam", "rotterdam", "utrecht", "eindhoven"));
        names.put("SE", List.of("sweden", "stockholm", "gothenburg", "malmö", "malmo"));
        names.put("IE", List.of("ireland", "dublin", "cork"));
        names.put("CH", List.of("switzerland", "zurich", "zürich", "geneva", "basel"));
        names.put("AT", List.of("austria", "vienna", "wien", "graz"));
        names.put("ES", List.of("spain", "madrid", "barcelona"));
        names.put("PL", List.of("poland", "warsaw", "krakow", "kraków", "wroclaw"));
        names.put("CA", List.of("canada", "toronto", "vancouver", "montreal"));
        names.put("DK", List.of("denmark", "copenhagen"));
        names.put("NO", List.of("norway", "oslo"));
        names.put("FI", List.of("finland", "helsinki"));
        names.put("AU", List.of("australia", "sydney", "melbourne"));
        names.put("IN", List.of("india", "bangalore", "bengaluru", "hyderabad", "pune"));
        return Collections.unmodifiableMap(names);
    }

    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z])(US|USA|UK|GB|DE|FR|NL|SE|IE|CH|AT|ES|PL|DK|NO|FI|AU)(?![A-Za-z])");

    private PostingCountries() {
    }

    /** The one country the location names, as an ISO 3166-1 alpha-2 code; empty when none or several. */
    public static Optional<String> of(String location) {
        requireNonNull(location, "location is null");
        String lower = location.toLowerCase(Locale.ROOT);
        List<String> found = NAMES.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(name -> containsWord(lower, name)))
                .map(Map.Entry::getKey)
                .toList();
        if (found.isEmpty()) {
            var matcher = CODE.matcher(location);
            List<String> codes = matcher.results().map(result -> result.group(1)).map(PostingCountries::iso).distinct()
                    .toList();
            return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The country's English name for reasons, or the code when it is not listed. */
    public static String name(String code) {
        List<String> names = NAMES.get(code);
        if (names == null) {
            return code;
        }
        String first = names.get(0);
        return first.length() <= 3 ? first.toUpperCase(Locale.ROOT) : capitalise(first);
    }

    private static String iso(String code) {
        return switch (code) {
            case "USA" -> "US";
            case "UK" -> "GB";
            default -> code;
        };
    }

    private static String capitalise(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    static boolean containsWord(String lowerText, String word) {
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
