package dev.nyx.ats.workday.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the HTML of a CXS {@code jobDescription}: scripts and styles dropped with their content,
 * paragraphs, list items and line breaks as new lines, other tags removed, character references decoded, runs
 * of blanks folded. The text is data for matching and for people; nothing in it is followed or executed.
 * Stateless and thread-safe.
 */
public final class HtmlText {
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style|template)\\b.*?(?:</\\1\\s*>|$)");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(?:br|/p|/div|/li|/h[1-6]|/ul|/ol|/tr)\\b[^>]*>|<\\s*li\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "rsquo", "\u2019", "ndash", "\u2013", "mdash", "\u2014", "bull", "\u2022");

    private HtmlText() {
    }

    /** The text of an HTML fragment; blank for blank input. */
    public static String of(String html) {
        String text = DROPPED.matcher(html).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        text = decode(text);
        return text.replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ").replaceAll(" *\\n[ \\n]*", "\n").strip();
    }

    private static String decode(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16), matcher.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)), matcher.group());
            } else {
                replacement = NAMED.getOrDefault(name, matcher.group());
            }
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    private static String codePoint(int value, String original) {
        return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : original;
    }
}
