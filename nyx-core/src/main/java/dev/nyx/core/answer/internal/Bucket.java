package dev.nyx.core.answer.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric range read from an option label: {@code "3-5 years"}, {@code "5+ years"},
 * {@code "Less than 1 year"}, {@code "€80,000 – €100,000"}, {@code "More than 3 months"},
 * {@code "100k+"}, {@code "< 1 month"}, {@code "Within 2 months"} / {@code "Innerhalb 2 Monaten"} /
 * {@code "Sous 2 mois"} (up to), or a single number ({@code "3 months"}, {@code "2"}). Bounds are
 * inclusive unless the label says "less than"/"more than"; "under"/"over", {@code <} and {@code >}
 * count as strict too. Stateless.
 *
 * @param low           lower bound, or empty for none
 * @param high          upper bound, or empty for none
 * @param lowExclusive  whether {@code low} itself is outside
 * @param highExclusive whether {@code high} itself is outside
 */
public record Bucket(Optional<BigDecimal> low, Optional<BigDecimal> high, boolean lowExclusive, boolean highExclusive) {
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:[.,' ]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(k\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LESS = Pattern.compile("(?i)\\b(less than|fewer than|under|below|weniger als|unter|"
            + "moins de|moins d)\\b|<(?!=)");
    private static final Pattern AT_MOST = Pattern.compile("(?i)\\b(up to|at most|max(imum)?|bis zu|bis|hochstens|"
            + "höchstens|jusqu.a|au plus|within|innerhalb|binnen|sous|d.ici|dans les)\\b|≤|<=");
    private static final Pattern MORE = Pattern.compile("(?i)\\b(more than|over|above|greater than|longer than|"
            + "mehr als|länger als|langer als|uber|über|plus de|plus d)\\b|>");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)(\\+|\\bor more\\b|\\bat least\\b|\\bmindestens\\b|\\bou plus\\b|\\bund mehr\\b|\\bet plus\\b)");

    /** Reads the range an option label describes, or empty when it holds no number. */
    public static Optional<Bucket> parse(String label) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(label);
        while (matcher.find()) {
            numbers.add(number(matcher.group(1), matcher.group(2) != null));
        }
        if (numbers.isEmpty() || numbers.size() > 2) {
            return Optional.empty();
        }
        BigDecimal first = numbers.get(0);
        if (numbers.size() == 2) {
            return Optional.of(new Bucket(Optional.of(first), Optional.of(numbers.get(1)), false, false));
        }
        if (LESS.matcher(label).find()) {
            return Optional.of(new Bucket(Optional.empty(), Optional.of(first), false, true));
        }
        if (AT_MOST.matcher(label).find()) {
            return Optional.of(new Bucket(Optional.empty(), Optional.of(first), false, false));
        }
        if (MORE.matcher(label).find()) {
            return Optional.of(new Bucket(Optional.of(first), Optional.empty(), true, false));
        }
        if (AT_LEAST.matcher(label).find()) {
            return Optional.of(new Bucket(Optional.of(first), Optional.empty(), false, false));
        }
        return Optional.of(new Bucket(Optional.of(first), Optional.of(first), false, false));
    }

    /** Whether the value lies in the range. */
    public boolean contains(BigDecimal value) {
        boolean aboveLow = low.map(bound -> lowExclusive ? value.compareTo(bound) > 0 : value.compareTo(bound) >= 0)
                .orElse(true);
        boolean belowHigh = high.map(bound -> highExclusive ? value.compareTo(bound) < 0 : value.compareTo(bound) <= 0)
                .orElse(true);
        return aboveLow && belowHigh;
    }

    private static BigDecimal number(String digits, boolean thousands) {
        String plain;
        if (digits.matches("\\d{1,3}(?:[.,' ]\\d{3})+")) {
            plain = digits.replaceAll("[.,' ]", "");
        } else {
            plain = digits.replace(',', '.');
        }
        BigDecimal value = new BigDecimal(plain);
        return thousands ? value.multiply(BigDecimal.valueOf(1000)) : value;
    }
}
