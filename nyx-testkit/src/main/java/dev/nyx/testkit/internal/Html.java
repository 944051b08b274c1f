package dev.nyx.testkit.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML escaping and a small allow-list for posting descriptions. Stateless. */
public final class Html {
    // attribute-less formatting tags a job description may keep; everything else is shown as text
    private static final Pattern ALLOWED_TAG =
            Pattern.compile("</?(p|ul|ol|li|strong|em|b|i|br|h2|h3|h4)\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            switch (current) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(current);
            }
        }
        return escaped.toString();
    }

    /**
     * Renders description HTML keeping only plain formatting tags; scripts, attributes, event
     * handlers and unknown tags end up as visible text, never as markup.
     */
    public static String sanitizeDescription(String html) {
        StringBuilder safe = new StringBuilder(html.length() + 32);
        Matcher tag = ALLOWED_TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            safe.append(escapeKeepingEntities(html.substring(textStart, tag.start())));
            safe.append(tag.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""));
            textStart = tag.end();
        }
        safe.append(escapeKeepingEntities(html.substring(textStart)));
        return safe.toString();
    }

    private static String escapeKeepingEntities(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            if (current == '&') {
                Matcher entity = ENTITY.matcher(text).region(index, text.length());
                escaped.append(entity.lookingAt() ? "&" : "&amp;");
            } else {
                escaped.append(escape(String.valueOf(current)));
            }
        }
        return escaped.toString();
    }
}
