package dev.nyx.ats.lever.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Lever posting address: the company's site name, the posting's UUID and whether it lives in the EU
 * region ({@code jobs.eu.lever.co}, API {@code api.eu.lever.co}). Immutable; thread-safe; parsing throws
 * nothing (an address that is not one is empty).
 *
 * @param site      the site name ({@code jobs.lever.co/<site>/...})
 * @param postingId the posting's UUID, lower case
 * @param eu        whether the posting is on the EU board
 */
public record LeverUrl(String site, String postingId, boolean eu) {
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String SITE = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    private static final Pattern POSTING_PATH = Pattern.compile("/(" + SITE + ")/(" + UUID + ")(/apply|/thanks)?/?");
    private static final Pattern LENIENT_PATH = Pattern.compile(".*/(" + SITE + ")/(" + UUID + ")(/apply|/thanks)?/?");
    private static final Pattern BOARD_PATH = Pattern.compile("/(" + SITE + ")/?");
    private static final Pattern API_BOARD_PATH = Pattern.compile("/v0/postings/(" + SITE + ")/?");

    public LeverUrl {
        requireNonNull(site, "site is null");
        requireNonNull(postingId, "postingId is null");
        postingId = postingId.toLowerCase(Locale.ROOT);
    }

    /** The posting key's site part: {@code <site>/<uuid>}. */
    public String keyPart() {
        return site + "/" + postingId;
    }

    /**
     * A posting or apply page on Lever's own hosts ({@code https://jobs.lever.co/acme/<uuid>[/apply]},
     * {@code jobs.eu.lever.co}); anything else, look-alike hosts included, is empty.
     */
    public static Optional<LeverUrl> parse(URI url) {
        if (!isHttp(url)) {
            return Optional.empty();
        }
        String host = host(url);
        if (!host.equals("jobs.lever.co") && !host.equals("jobs.eu.lever.co")) {
            return Optional.empty();
        }
        Matcher path = POSTING_PATH.matcher(url.getPath() == null ? "" : url.getPath());
        return path.matches() ? Optional.of(new LeverUrl(path.group(1), path.group(2), host.equals("jobs.eu.lever.co")))
                : Optional.empty();
    }

    /**
     * Like {@link #parse}, and for pages found by their fingerprint on other hosts (a mirror, a replica at
     * {@code http://127.0.0.1:PORT/jobs.lever.co/acme/<uuid>}): any http(s) path ending in
     * {@code /<site>/<uuid>[/apply]}; EU when the host or the path names {@code jobs.eu.lever.co}.
     */
    public static Optional<LeverUrl> parseLenient(URI url) {
        Optional<LeverUrl> strict = parse(url);
        if (strict.isPresent() || !isHttp(url)) {
            return strict;
        }
        String path = url.getPath() == null ? "" : url.getPath();
        Matcher lenient = LENIENT_PATH.matcher(path);
        if (!lenient.matches()) {
            return Optional.empty();
        }
        boolean eu = host(url).equals("jobs.eu.lever.co") || path.contains("/jobs.eu.lever.co/");
        return Optional.of(new LeverUrl(lenient.group(1), lenient.group(2), eu));
    }

    /**
     * The site a board address names: {@code https://jobs.lever.co/<site>} (also {@code jobs.eu.lever.co})
     * or the API's {@code https://api.lever.co/v0/postings/<site>}.
     *
     * @return the site name and whether it is in the EU region
     */
    public static Optional<Board> board(URI url) {
        if (!isHttp(url)) {
            return Optional.empty();
        }
        String host = host(url);
        String path = url.getPath() == null ? "" : url.getPath();
        Matcher matcher = switch (host) {
            case "jobs.lever.co", "jobs.eu.lever.co" -> BOARD_PATH.matcher(path);
            case "api.lever.co", "api.eu.lever.co" -> API_BOARD_PATH.matcher(path);
            default -> null;
        };
        return matcher != null && matcher.matches() ? Optional.of(new Board(matcher.group(1), host.contains(".eu.")))
                : Optional.empty();
    }

    /** A company's Lever board. */
    public record Board(String site, boolean eu) {
        public Board {
            requireNonNull(site, "site is null");
        }
    }

    private static boolean isHttp(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String host(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }
}
