package dev.nyx.ats.greenhouse.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Turns the Job Board API's entity-escaped HTML ({@code content}) into plain text: entities decoded,
 * scripts and styles dropped with their content, block elements as line breaks, every other tag
 * removed. The result is data for matching and for a person to read; nothing in it is executed or
 * followed. Stateless and thread-safe.
 */
public final class HtmlText {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("rsquo", "\u2019"),
            Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201d"), Map.entry("ldquo", "\u201c"),
            Map.entry("bull", "\u2022"), Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"));
    private static final Pattern INERT = Pattern.compile("(?is)<(script|style|template|noscript)\\b.*?(</\\1\\s*>|$)");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)<\\s*(br|/p|/div|/li|/h[1-6]|/tr|/ul|/ol|/section|/blockquote|hr)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private HtmlText() {
    }

    /** Decodes HTML entities (named, decimal, hexadecimal); unknown names stay as written. */
    public static String unescape(String text) {
        requireNonNull(text, "text is null");
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Plain text of entity-escaped HTML, as the API's {@code content} carries it. */
    public static String fromEscapedHtml(String escapedHtml) {
        return fromHtml(unescape(requireNonNull(escapedHtml, "escapedHtml is null")));
    }

    /** Plain text of HTML: one line per block, no tags, entities decoded, blank runs collapsed. */
    public static String fromHtml(String html) {
        requireNonNull(html, "html is null");
        String text = INERT.matcher(html).replaceAll(" ");
        text = COMMENT.matcher(text).replaceAll(" ");
        text = ITEM.matcher(text).replaceAll("\n- ");
        text = BLOCK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        text = unescape(text).replace('\u00a0', ' ');
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.replaceAll("[ \\t\\r\\f]+", " ").strip();
            if (!trimmed.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(trimmed);
            }
        }
        return out.toString();
    }

    private static String decode(String entity, String original) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException invalidCodePoint) {
            return original;
        }
        return NAMED.getOrDefault(entity, original);
    }
}
