package dev.nyx.core.mail;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.Verification;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the verification link or code out of one email. A link counts only when it is https (or http, when
 * made with {@code allowHttp} for replicas in tests and demos) and on the host the site's application runs on
 * (the tenant's host): a tracking redirect or another site's link is never followed. Among several such links, one whose address or text speaks of verifying, activating or
 * confirming (English, German, French) wins, else the first. A code is 4–8 letters or digits (with a digit,
 * or all capitals) after a word for code ({@code code}, {@code Bestätigungscode}, {@code code de
 * vérification}, {@code PIN}) on the same or the next line.
 *
 * <p>Immutable and thread-safe. Never logs what it reads.
 */
public final class VerificationExtractor {
    private static final Pattern HREF = Pattern.compile("(?i)<a\\b[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a>",
            Pattern.DOTALL);
    private static final Pattern BARE_LINK = Pattern.compile("(?i)https?://[^\\s<>\"')\\]]+");
    private static final Pattern VERIFY_WORDS = Pattern.compile(
            "(?i)verif|activat|confirm|bestätig|bestaetig|aktivier|valid|vérif|activ");
    private static final Pattern CODE_WORD = Pattern.compile("(?iu)(?:code|pin)(?![\\p{L}\\p{N}])");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}/-])[A-Za-z0-9]{4,8}(?![\\p{L}\\p{N}/-])");
    /** How far after the word for code its value may stand: the rest of the line and the next one. */
    private static final int CODE_WINDOW = 160;

    private final boolean allowHttp;

    /** An extractor that takes https links only. */
    public VerificationExtractor() {
        this(false);
    }

    /** An extractor that also takes http links when {@code allowHttp} (replicas on 127.0.0.1). */
    public VerificationExtractor(boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    /** The verification in {@code text} for links on {@code linkHost}, if it has one. */
    public Optional<Verification> extract(MailText text, String linkHost) {
        requireNonNull(text, "text is null");
        requireNonNull(linkHost, "linkHost is null");
        Optional<URI> link = link(text, linkHost.toLowerCase(Locale.ROOT));
        Optional<String> code = code(text.plain().isBlank() ? visibleText(text.html()) : text.plain());
        if (link.isEmpty() && code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Verification(link, code));
    }

    private Optional<URI> link(MailText text, String linkHost) {
        record Candidate(URI uri, String words) {
        }
        List<Candidate> candidates = new ArrayList<>();
        Matcher anchors = HREF.matcher(text.html());
        while (anchors.find()) {
            onHost(unescape(anchors.group(1)), linkHost)
                    .ifPresent(uri -> candidates.add(new Candidate(uri, uri + " " + visibleText(anchors.group(2)))));
        }
        Matcher bare = BARE_LINK.matcher(text.plain());
        while (bare.find()) {
            String found = bare.group();
            onHost(found.replaceAll("[.,;:!?]+$", ""), linkHost).ifPresent(uri -> candidates.add(
                    new Candidate(uri, lineAround(text.plain(), bare.start()) + " " + uri)));
        }
        return candidates.stream().filter(candidate -> VERIFY_WORDS.matcher(candidate.words()).find())
                .map(Candidate::uri).findFirst()
                .or(() -> candidates.stream().map(Candidate::uri).findFirst());
    }

    private Optional<URI> onHost(String address, String linkHost) {
        try {
            URI uri = new URI(address.strip());
            boolean https = "https".equalsIgnoreCase(uri.getScheme())
                    || (allowHttp && "http".equalsIgnoreCase(uri.getScheme()));
            boolean sameHost = uri.getHost() != null && uri.getHost().toLowerCase(Locale.ROOT).equals(linkHost);
            return https && sameHost && uri.getUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notALink) {
            return Optional.empty();
        }
    }

    private static Optional<String> code(String text) {
        Matcher word = CODE_WORD.matcher(text);
        while (word.find()) {
            Matcher token = TOKEN.matcher(window(text, word.end()));
            while (token.find()) {
                if (looksLikeCode(token.group())) {
                    return Optional.of(token.group());
                }
            }
        }
        return Optional.empty();
    }

    /** The rest of the line from {@code start} and the next non-blank line, at most {@link #CODE_WINDOW} chars. */
    private static String window(String text, int start) {
        String rest = text.substring(start, Math.min(text.length(), start + CODE_WINDOW));
        List<String> lines = rest.lines().toList();
        StringBuilder kept = new StringBuilder(lines.isEmpty() ? "" : lines.get(0));
        lines.stream().skip(1).filter(line -> !line.isBlank()).findFirst().ifPresent(next -> kept.append('\n')
                .append(next));
        return kept.toString();
    }

    private static boolean looksLikeCode(String token) {
        boolean digit = token.chars().anyMatch(Character::isDigit);
        boolean capitals = token.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
        return digit || (capitals && token.length() >= 5);
    }

    private static String lineAround(String text, int index) {
        int start = text.lastIndexOf('\n', index) + 1;
        int end = text.indexOf('\n', index);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The text a person sees in an HTML fragment: tags out, line breaks for blocks, entities decoded. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6])>", "\n")
                .replaceAll("<[^>]+>", " ");
        return unescape(text).replaceAll("[ \\t\\u00a0]+", " ");
    }

    private static String unescape(String text) {
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
