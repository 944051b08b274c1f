package dev.nyx.core.qa.internal;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reviewer's reply: the corrections it proposes, by answer id ({@code <correction id="why">
 * ...</correction>}). Anything else in the reply (an "OK", prose) proposes nothing. A second
 * correction for the same id replaces the first. Stateless.
 */
public final class ReviewReply {
    private static final Pattern CORRECTION = Pattern.compile(
            "<correction\\s+id\\s*=\\s*\"([^\"]{1,200})\"\\s*>(.*?)</correction\\s*>", Pattern.DOTALL);

    private ReviewReply() {
    }

    /** Answer id to the corrected text (stripped), in reply order. */
    public static Map<String, String> corrections(String reply) {
        requireNonNull(reply, "reply is null");
        Map<String, String> corrections = new LinkedHashMap<>();
        Matcher matcher = CORRECTION.matcher(reply);
        while (matcher.find()) {
            corrections.put(matcher.group(1).strip(), matcher.group(2).strip());
        }
        return corrections;
    }
}
