package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fuzzy matching of wanted answers against the texts a page offers (option labels, field labels,
 * suggestions). Pure functions without state: safe from any thread.
 *
 * <p>Texts are normalised first: Unicode compatibility forms, accents removed, lower case,
 * punctuation and every kind of space (including non-breaking spaces) turned into single spaces.
 * Then a pair scores, best first:
 * <ol>
 *   <li>{@code 1.0} equal after normalisation;</li>
 *   <li>{@code 0.9} both texts are in the same yes or no <em>answer class</em> (see below); {@code 0.85–0.95} both
 *       are declines, more with more words in common;</li>
 *   <li>{@code 0.80–0.95} one text starts with the other (whole words), more when the lengths are close;</li>
 *   <li>{@code 0.70–0.85} one text contains the other (whole words), more when the lengths are close;</li>
 *   <li>{@code 0–0.75} word overlap (Dice coefficient × 0.75).</li>
 * </ol>
 * A match needs at least {@link #MINIMUM_SCORE}. Two different texts sharing the best score are
 * ambiguous and never picked.
 *
 * <p><b>Answer classes</b> (a small synonym table so that yes/no/decline answers fit the many ways
 * forms spell them). A text is in class
 * <ul>
 *   <li><b>decline</b> when it contains "decline", "prefer not", "rather not", "wish not",
 *       "not wish to", "don't wish", "do not want to", "choose not to", "not to disclose",
 *       "not to answer", "not to say" or "not to self identify" ("Decline To Self Identify",
 *       "I prefer not to say", "I don't wish to answer");</li>
 *   <li><b>yes</b> when its first word is "yes", or it is "y" or "true" ("Yes, I am authorized");</li>
 *   <li><b>no</b> when its first word is "no", or it is "n" or "false" ("No, I will not require sponsorship").</li>
 * </ul>
 * Decline is checked first. Texts of <em>different</em> classes never match each other, so "Yes"
 * never lands on "No, but…" through word overlap.
 */
public final class FuzzyText {

    /** The least score a text needs to count as a match. */
    public static final double MINIMUM_SCORE = 0.5;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // "Master's" and "Masters", "don't" and "dont" are the same words
    private static final Pattern APOSTROPHE = Pattern.compile("[\'\u2019\u02bc`]");
    // Trailing markers forms add to labels: "*", "✱", "(required)", "(optional)", "required" after a marker.
    private static final Pattern LABEL_MARKERS = Pattern.compile(
            "(?:\\s*(?:[*✱∗]|\\(\\s*(?:required|optional)\\s*\\)))+\\s*$", Pattern.CASE_INSENSITIVE);
    private static final List<String> DECLINE_PHRASES = List.of(
            "decline", "prefer not", "rather not", "wish not", "not wish to", "don t wish", "dont wish",
            "do not want to", "choose not to", "not to disclose", "not to answer", "not to say",
            "not to self identify");

    private FuzzyText() {
    }

    /** The answer class a normalised text belongs to; see the class comment. */
    enum AnswerClass { YES, NO, DECLINE }

    /**
     * One scored candidate.
     *
     * @param index position in the list that was offered
     * @param text  the offered text, as given
     * @param score 0 (nothing in common) to 1 (equal)
     */
    public record Match(int index, String text, double score) {
        public Match {
            requireNonNull(text, "text is null");
        }
    }

    /** Lower case, accents removed, punctuation and spaces collapsed to single spaces, trimmed. */
    public static String normalize(String text) {
        requireNonNull(text, "text is null");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = APOSTROPHE.matcher(COMBINING_MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** {@link #normalize} after dropping trailing required/optional markers ("*", "✱", "(required)", "(optional)"). */
    public static String normalizeLabel(String label) {
        requireNonNull(label, "label is null");
        String spaced = label.replace('\u00a0', ' ').strip();
        return normalize(LABEL_MARKERS.matcher(spaced).replaceAll(""));
    }

    /** The label as a person reads it: spaces collapsed, trailing required/optional markers dropped. */
    public static String displayLabel(String label) {
        requireNonNull(label, "label is null");
        String spaced = label.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return LABEL_MARKERS.matcher(spaced).replaceAll("").strip();
    }

    /** How well {@code offered} fits {@code wanted}, from 0 to 1; see the class comment. */
    public static double score(String wanted, String offered) {
        return scoreNormalized(normalize(wanted), normalize(offered));
    }

    /** Like {@link #score} for field labels: required/optional markers do not count. */
    public static double labelScore(String wanted, String label) {
        return scoreNormalized(normalizeLabel(wanted), normalizeLabel(label));
    }

    /** Every offered text with its score, best first (earlier position first among equals). */
    public static List<Match> rank(String wanted, List<String> offered) {
        requireNonNull(wanted, "wanted is null");
        requireNonNull(offered, "offered is null");
        String normalizedWanted = normalize(wanted);
        List<Match> matches = new ArrayList<>(offered.size());
        for (int index = 0; index < offered.size(); index++) {
            String text = offered.get(index);
            matches.add(new Match(index, text, scoreNormalized(normalizedWanted, normalize(text))));
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingInt(Match::index));
        return List.copyOf(matches);
    }

    /**
     * The offered text that fits {@code wanted} best, if one fits well enough and no different
     * text fits equally well.
     */
    public static Optional<Match> best(String wanted, List<String> offered) {
        List<Match> ranked = rank(wanted, offered);
        if (ranked.isEmpty() || ranked.get(0).score() < MINIMUM_SCORE || isAmbiguous(ranked)) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0));
    }

    /**
     * Like {@link #best} but fails with a message naming the question and listing the offered texts.
     *
     * @param question the question or field label, for the message
     * @throws NyxException {@link ErrorCode#OPTION_NOT_FOUND} when nothing fits well enough or
     *                      several different texts fit equally well
     */
    public static Match pick(String question, String wanted, List<String> offered) {
        requireNonNull(question, "question is null");
        List<Match> ranked = rank(wanted, offered);
        if (ranked.isEmpty() || ranked.get(0).score() < MINIMUM_SCORE) {
            throw new NyxException(ErrorCode.OPTION_NOT_FOUND, "No option of '" + question
                    + "' fits the wanted answer (a value of length " + wanted.length() + "); offered: "
                    + describe(offered) + ". Change the answer to one of the offered options.");
        }
        if (isAmbiguous(ranked)) {
            List<String> tied = ranked.stream().filter(match -> match.score() == ranked.get(0).score())
                    .map(Match::text).toList();
            throw new NyxException(ErrorCode.OPTION_NOT_FOUND, "The wanted answer (a value of length "
                    + wanted.length() + ") for '" + question + "' fits several options equally well: "
                    + describe(tied) + "; offered: " + describe(offered)
                    + ". Use the exact text of one option.");
        }
        return ranked.get(0);
    }

    /** A short, quoted, de-duplicated list of texts for error messages (at most 40 entries). */
    public static String describe(List<String> texts) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String text : texts) {
            distinct.add("'" + displayLabel(text) + "'");
        }
        List<String> shown = new ArrayList<>(distinct);
        if (shown.size() > 40) {
            int more = shown.size() - 40;
            shown = new ArrayList<>(shown.subList(0, 40));
            shown.add("… " + more + " more");
        }
        return shown.isEmpty() ? "(none)" : "[" + String.join(", ", shown) + "]";
    }

    static Optional<AnswerClass> answerClass(String normalized) {
        String padded = " " + normalized + " ";
        for (String phrase : DECLINE_PHRASES) {
            if (padded.contains(" " + phrase + " ")) {
                return Optional.of(AnswerClass.DECLINE);
            }
        }
        String firstWord = normalized.isEmpty() ? "" : normalized.split(" ", 2)[0];
        if (firstWord.equals("yes") || normalized.equals("y") || normalized.equals("true")) {
            return Optional.of(AnswerClass.YES);
        }
        if (firstWord.equals("no") || normalized.equals("n") || normalized.equals("false")) {
            return Optional.of(AnswerClass.NO);
        }
        return Optional.empty();
    }

    private static boolean isAmbiguous(List<Match> ranked) {
        if (ranked.size() < 2) {
            return false;
        }
        Match first = ranked.get(0);
        Match second = ranked.get(1);
        return second.score() == first.score() && !normalize(second.text()).equals(normalize(first.text()));
    }

    private static double scoreNormalized(String wanted, String offered) {
        if (wanted.isEmpty() || offered.isEmpty()) {
            return 0;
        }
        if (wanted.equals(offered)) {
            return 1.0;
        }
        Optional<AnswerClass> wantedClass = answerClass(wanted);
        Optional<AnswerClass> offeredClass = answerClass(offered);
        if (wantedClass.isPresent() && offeredClass.isPresent()) {
            if (!wantedClass.equals(offeredClass)) {
                return 0; // "Yes" must never land on "No, …" through shared words
            }
            // Declines differ only in wording, so word overlap may break ties; two different
            // "Yes, …" options differ in meaning and must stay tied (ambiguous).
            return wantedClass.get() == AnswerClass.DECLINE ? 0.85 + 0.1 * dice(wanted, offered) : 0.9;
        }
        double lengthRatio = (double) Math.min(wanted.length(), offered.length())
                / Math.max(wanted.length(), offered.length());
        if (offered.startsWith(wanted + " ") || wanted.startsWith(offered + " ")) {
            return 0.8 + 0.15 * lengthRatio;
        }
        if ((" " + offered + " ").contains(" " + wanted + " ") || (" " + wanted + " ").contains(" " + offered + " ")) {
            return 0.7 + 0.15 * lengthRatio;
        }
        return 0.75 * dice(wanted, offered);
    }

    private static double dice(String first, String second) {
        Set<String> firstWords = new LinkedHashSet<>(Arrays.asList(first.split(" ")));
        Set<String> secondWords = new LinkedHashSet<>(Arrays.asList(second.split(" ")));
        int total = firstWords.size() + secondWords.size();
        firstWords.retainAll(secondWords);
        return 2.0 * firstWords.size() / total;
    }
}
