package dev.nyx.core.document;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys: the closest known name within a few edits. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The known name closest to {@code unknown}, when it is a likely typo of it. */
    public static Optional<String> closest(String unknown, Collection<String> known) {
        String needle = unknown.toLowerCase(Locale.ROOT);
        // A typo changes a couple of letters; longer names tolerate a few more.
        int tolerance = Math.max(2, needle.length() / 4);
        return known.stream()
                .filter(candidate -> distance(needle, candidate.toLowerCase(Locale.ROOT)) <= tolerance
                        || isAbbreviation(needle, candidate.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(candidate -> distance(needle, candidate.toLowerCase(Locale.ROOT))));
    }

    /** "noticePeriod" for "noticePeriodDays", "minimum" for "min": one name starts with the other. */
    private static boolean isAbbreviation(String left, String right) {
        String shorter = left.length() <= right.length() ? left : right;
        String longer = left.length() <= right.length() ? right : left;
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }

    /** The known name at most two edits away: a typo, not merely a similar name. */
    public static Optional<String> closestTypo(String unknown, Collection<String> known) {
        return known.stream()
                .filter(candidate -> distance(unknown, candidate) <= 2)
                .min(Comparator.comparingInt(candidate -> distance(unknown, candidate)));
    }

    /** ", did you mean X?" or nothing. */
    public static String didYouMean(String unknown, Collection<String> known) {
        return closest(unknown, known).map(name -> "; did you mean " + name + "?").orElse("");
    }

    static int distance(String left, String right) {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
