package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.profile.SensitiveValues;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every prompt writer shares (the answerer's prompts, the QA reviewer's, the interview
 * briefing's): the language a reply must be written in, text from a web page made safe to put
 * between a prompt's own tags, and long descriptions cut to a size. Text inside a posting is data,
 * never instructions: a prompt wraps it in tags, {@link #untrusted} defuses any of those tags inside
 * it and redacts sensitive values.
 *
 * <p>Stateless and thread-safe; throws {@link NullPointerException} for {@code null} arguments only.
 */
public final class PromptText {
    private PromptText() {
    }

    /** The English name of an ISO 639-1 code ({@code de} → German); English when the code is unknown. */
    public static String languageName(String languageCode) {
        requireNonNull(languageCode, "languageCode is null");
        String name = Locale.forLanguageTag(languageCode).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? "English" : name;
    }

    /**
     * The pattern of a prompt's own tags, opening and closing, for {@link #untrusted}.
     *
     * @param names tag names, each a plain name or a small regular expression ({@code "answers?"})
     */
    public static Pattern ourTags(String... names) {
        requireNonNull(names, "names is null");
        if (names.length == 0) {
            throw new IllegalArgumentException("a prompt needs at least one tag name");
        }
        return Pattern.compile("<(/?\\s*(?:" + String.join("|", names) + ")\\b)", Pattern.CASE_INSENSITIVE);
    }

    /**
     * Untrusted text ready to go between the prompt's tags: every tag {@code ourTags} matches is
     * defused ({@code <posting>} becomes {@code &lt;posting>}, so the text cannot close the tag it sits
     * in), then sensitive values are redacted.
     */
    public static String untrusted(String text, Pattern ourTags, SensitiveValues sensitive) {
        requireNonNull(text, "text is null");
        requireNonNull(ourTags, "ourTags is null");
        requireNonNull(sensitive, "sensitive is null");
        return sensitive.redact(ourTags.matcher(text).replaceAll("&lt;$1"));
    }

    /** The text stripped, cut to {@code maxChars} with {@code " ..."} appended when it was longer. */
    public static String shorten(String text, int maxChars) {
        requireNonNull(text, "text is null");
        String stripped = text.strip();
        return stripped.length() <= maxChars ? stripped : stripped.substring(0, maxChars) + " ...";
    }
}
