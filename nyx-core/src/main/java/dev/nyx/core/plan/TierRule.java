package dev.nyx.core.plan;

/**
 * What a company tier does to the bands.
 *
 * @param shift added to the match score before the bands decide, -100..100
 * @param skip  whether the tier's postings are skipped whatever their score
 */
public record TierRule(int shift, boolean skip) {
    public TierRule {
        if (shift < -100 || shift > 100) {
            throw new IllegalArgumentException("a tier shift must be within -100..100: " + shift);
        }
    }

    /** No shift, no skip. */
    public static TierRule neutral() {
        return new TierRule(0, false);
    }
}
