package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised forms storage compares text by: company names and job titles for "one job, many
 * doors" (the same role reached through another URL or re-posted with a new id), locations by city
 * and country, and questions for the answer bank. Callers may use the same functions to compare
 * values themselves. Pure functions; thread-safe.
 */
public final class TextKeys {
    /** Legal-form words at the end of a company name, normalised ("s a" is "S.A."). */
    private static final List<String> LEGAL_FORMS = List.of("incorporated", "inc", "llc", "l l c", "llp", "ltd",
            "limited", "corporation", "corp", "co", "company", "gmbh", "gmbh co kg", "co kg", "kg", "ag", "se", "sa",
            "s a", "sas", "s a s", "sarl", "s a r l", "bv", "b v", "nv", "n v", "plc", "oy", "oyj", "ab", "as", "a s",
            "aps", "spa", "s p a", "srl", "s r l", "pty", "pty ltd", "pte", "pte ltd", "kk", "ug", "e v", "ev", "sl");
    /** Gender markers job titles carry in German- and French-speaking countries: "(m/w/d)", "(H/F)". */
    private static final Pattern GENDER_MARKER = Pattern.compile("\\(\\s*(?:[mwfdhxn*]\\s*[/|,]\\s*){1,3}[mwfdhxn*]\\s*\\)"
            + "|\\b(?:all genders?|alle geschlechter)\\b", Pattern.CASE_INSENSITIVE);
    /** A requisition code: "REQ-1234", "R01234", "JR 12345", "#1234", "Job ID: 55", "(2024-017)". */
    private static final Pattern CODE = Pattern.compile("(?:\\b(?:req(?:uisition)?|job\\s*id|ref(?:erence)?|id|jr|r)"
            + "\\s*[#:.-]?\\s*\\d[\\w-]*|#\\s*\\d[\\w-]*|\\b\\d[\\d-]{2,}\\b|\\b[a-z]+\\d{3,}\\b)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SENIORITY = Map.of("sr", "senior", "snr", "senior", "jr", "junior",
            "jnr", "junior", "mid", "mid", "principle", "principal");
    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("us", "us"), Map.entry("usa", "us"), Map.entry("united states", "us"),
            Map.entry("united states of america", "us"), Map.entry("uk", "gb"), Map.entry("gb", "gb"),
            Map.entry("united kingdom", "gb"), Map.entry("england", "gb"), Map.entry("germany", "de"),
            Map.entry("deutschland", "de"), Map.entry("de", "de"), Map.entry("france", "fr"), Map.entry("fr", "fr"),
            Map.entry("netherlands", "nl"), Map.entry("the netherlands", "nl"), Map.entry("nl", "nl"),
            Map.entry("canada", "ca"), Map.entry("ca", "ca"), Map.entry("ireland", "ie"), Map.entry("spain", "es"),
            Map.entry("espana", "es"), Map.entry("italy", "it"), Map.entry("switzerland", "ch"),
            Map.entry("schweiz", "ch"), Map.entry("suisse", "ch"), Map.entry("austria", "at"),
            Map.entry("osterreich", "at"), Map.entry("poland", "pl"), Map.entry("portugal", "pt"),
            Map.entry("sweden", "se"), Map.entry("india", "in"), Map.entry("australia", "au"),
            Map.entry("singapore", "sg"), Map.entry("japan", "jp"), Map.entry("brazil", "br"));
    private static final Set<String> REMOTE = Set.of("remote", "anywhere", "worldwide", "home office", "homeoffice",
            "teletravail", "fully remote");

    private TextKeys() {
    }

    /**
     * Lower case, accents removed, every run of non-letters and non-digits turned into one space,
     * trimmed: {@code "Senior  Java-Engineer (m/w/d)"} becomes {@code "senior java engineer m w d"}.
     */
    public static String normalize(String text) {
        requireNonNull(text, "text is null");
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /**
     * A company name as one company: {@link #normalize normalised}, "&amp;" read as "and", a leading
     * "The" and trailing legal forms dropped: {@code "The Acme Company, Inc."}, {@code "ACME"} and
     * {@code "Acme GmbH"} all become {@code "acme"}. A name that is only a legal form keeps it.
     */
    public static String companyKey(String name) {
        requireNonNull(name, "name is null");
        // "&" is "and" between words ("Procter & Gamble"), noise inside a legal form ("GmbH & Co. KG")
        String key = normalize(name.replaceAll("(?i)\\s*&\\s*(?=co\\b)", " ").replace("&", " and "));
        key = key.startsWith("the ") ? key.substring(4) : key;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String form : LEGAL_FORMS) {
                if (key.endsWith(" " + form)) {
                    key = key.substring(0, key.length() - form.length() - 1).strip();
                    changed = true;
                }
            }
        }
        return key;
    }

    /**
     * A job title as one role: gender markers ("(m/w/d)", "(H/F)") and requisition codes ("REQ-1234",
     * "#55", "JR01234") dropped, then {@link #normalize normalised}, with "Sr"/"Jr" read as "senior"/"junior":
     * {@code "Sr. Backend Engineer (m/w/d) – REQ-1234"} becomes {@code "senior backend engineer"}.
     * Seniority and every other word are kept, so a senior and a junior role stay two roles.
     */
    public static String titleKey(String title) {
        requireNonNull(title, "title is null");
        String cleaned = CODE.matcher(GENDER_MARKER.matcher(title).replaceAll(" ")).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : normalize(cleaned).split(" ")) {
            if (!word.isEmpty()) {
                words.add(SENIORITY.getOrDefault(word, word));
            }
        }
        String key = String.join(" ", words);
        return key.isEmpty() ? normalize(title) : key;
    }

    /**
     * Whether two posting locations may be the same place, compared by city and country: unknown on
     * either side, or remote on both, counts as the same; otherwise the cities must match (and the
     * countries, where both name one). {@code "Berlin, Germany"} and {@code "Berlin, DE"} match,
     * {@code "Berlin"} and {@code "Munich"} do not.
     */
    public static boolean sameLocation(Optional<String> first, Optional<String> second) {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        if (first.map(String::isBlank).orElse(true) || second.map(String::isBlank).orElse(true)) {
            return true;
        }
        Place one = Place.of(first.get());
        Place two = Place.of(second.get());
        if (one.remote() || two.remote()) {
            return one.remote() && two.remote();
        }
        boolean countriesAgree = one.country().isEmpty() || two.country().isEmpty()
                || one.country().equals(two.country());
        return countriesAgree && one.city().equals(two.city());
    }

    /** A location reduced to its city and country code (when it names a known country). */
    private record Place(String city, Optional<String> country, boolean remote) {
        static Place of(String location) {
            String normal = normalize(location);
            boolean remote = REMOTE.stream().anyMatch(word -> (" " + normal + " ").contains(" " + word + " "));
            List<String> parts = Arrays.stream(location.split("[,;/|()\\-–]")).map(TextKeys::normalize)
                    .filter(part -> !part.isEmpty()).toList();
            Optional<String> country = parts.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(COUNTRY_NAMES.get(parts.get(parts.size() - 1)));
            String city = parts.isEmpty() ? normal : parts.get(0);
            if (country.isPresent() && parts.size() == 1) {
                city = "";
            }
            return new Place(city, country, remote);
        }
    }
}
