package dev.nyx.ats.greenhouse.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's Greenhouse board named by a URL: {@code boards.greenhouse.io/{token}},
 * {@code job-boards.greenhouse.io/{token}} (also the EU hosts), the embedded board
 * {@code boards.greenhouse.io/embed/job_board?for={token}}, or the Job Board API's job list
 * {@code .../v1/boards/{token}/jobs}. Pure and thread-safe.
 *
 * @param token the board token ("acme")
 */
public record GreenhouseBoard(String token) {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    // a board host's name as a path segment: how replicas and mirrors serve it on another host
    private static final Pattern HOST_NAMED = Pattern.compile(".*/(?:job-)?boards(?:\\.eu)?\\.greenhouse\\.io/([^/]+)/?$");
    private static final Pattern API_LIST = Pattern.compile(".*/v1/boards/([^/]+)/jobs/?$");

    public GreenhouseBoard {
        requireNonNull(token, "token is null");
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("not a Greenhouse board token: '" + token + "'");
        }
    }

    /** The board of a company that goes by {@code company} on Greenhouse, if the name can be a token. */
    public static Optional<GreenhouseBoard> ofCompany(String company) {
        requireNonNull(company, "company is null");
        String token = company.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return TOKEN.matcher(token).matches() ? Optional.of(new GreenhouseBoard(token)) : Optional.empty();
    }

    /** The board the URL names; empty for a posting's URL and anything else. */
    public static Optional<GreenhouseBoard> parse(URI url) {
        requireNonNull(url, "url is null");
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || url.getHost() == null) {
            return Optional.empty();
        }
        String path = url.getPath() == null ? "" : url.getPath();
        if (GreenhouseUrl.isBoardHost(url.getHost())) {
            if (path.matches("/embed/job_board/?")) {
                return query(url, "for").flatMap(GreenhouseBoard::token);
            }
            String[] segments = path.replaceAll("^/+|/+$", "").split("/");
            if (segments.length == 1 && !segments[0].isEmpty() && !segments[0].equals("embed")
                    && query(url, "gh_jid").isEmpty()) {
                return token(segments[0]);
            }
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {API_LIST, HOST_NAMED}) {
            Matcher matcher = pattern.matcher(path);
            if (matcher.matches() && query(url, "gh_jid").isEmpty()) {
                return token(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** The board's page on the classic host, as candidates see it. */
    public URI publicUrl() {
        return URI.create("https://boards.greenhouse.io/" + token);
    }

    private static Optional<GreenhouseBoard> token(String value) {
        return Optional.ofNullable(value).filter(token -> TOKEN.matcher(token).matches()).map(GreenhouseBoard::new);
    }

    private static Optional<String> query(URI url, String name) {
        String raw = url.getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
