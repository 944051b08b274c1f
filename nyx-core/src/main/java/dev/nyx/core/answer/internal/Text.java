package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by the rules, the answer bank and the option matcher: lower case,
 * accents removed, punctuation turned into single spaces ({@code "Êtes-vous autorisé(e) ?*"} becomes
 * {@code "etes vous autorise e"}). Stateless.
 */
public final class Text {
    private static final Pattern CAMEL = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+]+");
    private static final Set<String> YES = Set.of("yes", "y", "ja", "oui", "si", "true", "1", "yes i do", "yes i am",
            "yes i will", "ja ich", "oui je");
    private static final Set<String> NO = Set.of("no", "n", "nein", "non", "false", "0", "no i do not", "no i am not",
            "no i will not", "nein ich", "non je");

    private Text() {
    }

    /** Lower case, without accents, punctuation replaced by single spaces, trimmed. */
    public static String normalise(String text) {
        requireNonNull(text, "text is null");
        // "VeteranStatus" (Greenhouse's API labels) reads as "Veteran Status"
        String spaced = CAMEL.matcher(text).replaceAll("$1 $2");
        String decomposed = Normalizer.normalize(spaced.replace("ß", "ss").replace("&", " and "), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // "+" stays so that dialling codes such as "+49" survive; a lone "+" becomes a word of its own
        return NON_WORD.matcher(plain).replaceAll(" ").replace("+", " + ").replaceAll("\\s+", " ").trim();
    }

    /** Whether the normalised text contains the normalised phrase as whole words. */
    public static boolean containsWords(String normalisedText, String phrase) {
        String needle = normalise(phrase);
        if (needle.isEmpty()) {
            return false;
        }
        return (" " + normalisedText + " ").contains(" " + needle + " ");
    }

    /** {@code true} for yes-words ("Yes", "Ja", "Oui", "1"), {@code false} for no-words, empty otherwise. */
    public static Optional<Boolean> yesNo(String text) {
        String normalised = normalise(text);
        if (YES.contains(normalised)) {
            return Optional.of(true);
        }
        if (NO.contains(normalised)) {
            return Optional.of(false);
        }
        String first = normalised.split(" ", 2)[0];
        if (normalised.contains(" ") && (first.equals("yes") || first.equals("ja") || first.equals("oui"))) {
            return Optional.of(true);
        }
        if (normalised.contains(" ") && (first.equals("no") || first.equals("nein") || first.equals("non"))) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** "Yes"/"No" in the posting's language (German and French spelled out, English otherwise). */
    public static String yesNoWord(boolean yes, Optional<String> language) {
        String code = language.map(value -> value.toLowerCase(Locale.ROOT)).orElse("en");
        if (code.startsWith("de")) {
            return yes ? "Ja" : "Nein";
        }
        if (code.startsWith("fr")) {
            return yes ? "Oui" : "Non";
        }
        return yes ? "Yes" : "No";
    }
}
