package dev.nyx.ats.greenhouse.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A Greenhouse posting named by a URL (ATS-NOTES 1.1): the board token when the URL tells it, and
 * the job post id. Parsing is pure and thread-safe.
 *
 * @param boardToken the board ("acme"); empty for a company page that only carries {@code gh_jid}
 * @param jobId      the job post id (digits)
 */
public record GreenhouseUrl(Optional<String> boardToken, String jobId) {
    /** Greenhouse's own board hosts, US and EU region. */
    public static final Set<String> BOARD_HOSTS = Set.of("boards.greenhouse.io", "job-boards.greenhouse.io",
            "boards.eu.greenhouse.io", "job-boards.eu.greenhouse.io");

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Pattern JOB_ID = Pattern.compile("[0-9]{1,20}");
    // "/{token}/jobs/{id}" at the end of a path, optionally followed by "/" (host-named replica paths too)
    private static final Pattern JOB_PATH = Pattern.compile("(?:^|.*/)([A-Za-z0-9_.-]{1,100})/jobs/([0-9]{1,20})/?$");

    public GreenhouseUrl {
        requireNonNull(boardToken, "boardToken is null");
        requireNonNull(jobId, "jobId is null");
        if (!JOB_ID.matcher(jobId).matches()) {
            throw new IllegalArgumentException("job id must be digits: '" + jobId + "'");
        }
    }

    /** The posting key's site-specific part: {@code acme/4012345}, or just the id when the board is unknown. */
    public String keyPart() {
        return boardToken.map(token -> token + "/" + jobId).orElse(jobId);
    }

    /**
     * Parses a URL on one of Greenhouse's board hosts ({@code /{token}/jobs/{id}}, the
     * {@code /embed/job_app?for=&token=} form, {@code ?gh_jid=}) or any http(s) URL with {@code gh_jid}.
     * Empty for anything else, including non-http(s) schemes.
     */
    public static Optional<GreenhouseUrl> parse(URI url) {
        requireNonNull(url, "url is null");
        if (!isHttp(url) || url.getHost() == null) {
            return Optional.empty();
        }
        Map<String, String> query = query(url);
        if (isBoardHost(url.getHost())) {
            Optional<GreenhouseUrl> onBoard = onBoardHost(url, query);
            if (onBoard.isPresent()) {
                return onBoard;
            }
        }
        return jid(query).map(id -> new GreenhouseUrl(Optional.empty(), id));
    }

    /**
     * Like {@link #parse}, and also {@code .../{token}/jobs/{id}} and {@code .../embed/job_app?for=&token=}
     * on any host (pages recognised by their fingerprint, such as a mirror or a test replica under a
     * host-named path); a result that knows the board wins over a bare {@code gh_jid}.
     */
    public static Optional<GreenhouseUrl> parseLenient(URI url) {
        Optional<GreenhouseUrl> strict = parse(url);
        if (strict.isPresent() && strict.get().boardToken().isPresent() || !isHttp(url)) {
            return strict;
        }
        String path = url.getPath() == null ? "" : url.getPath();
        if (path.endsWith("/embed/job_app") || path.endsWith("/embed/job_app/")) {
            // the embedded form's frame served under a host-named path
            Map<String, String> query = query(url);
            String id = query.get("token");
            if (id != null && JOB_ID.matcher(id).matches()) {
                return Optional.of(new GreenhouseUrl(validToken(query.get("for")), id));
            }
        }
        return jobPath(path).or(() -> strict);
    }

    public static boolean isBoardHost(String host) {
        return host != null && BOARD_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    private static Optional<GreenhouseUrl> onBoardHost(URI url, Map<String, String> query) {
        String path = url.getPath() == null ? "" : url.getPath();
        if (path.equals("/embed/job_app") || path.equals("/embed/job_app/")) {
            String token = query.get("for");
            String id = query.get("token");
            if (id != null && JOB_ID.matcher(id).matches()) {
                return Optional.of(new GreenhouseUrl(validToken(token), id));
            }
            return Optional.empty();
        }
        Optional<GreenhouseUrl> job = jobPath(path);
        if (job.isPresent()) {
            return job;
        }
        // "boards.greenhouse.io/acme?gh_jid=123": the board page with one job opened
        String[] segments = path.replaceAll("^/+|/+$", "").split("/");
        Optional<String> jid = jid(query);
        if (jid.isPresent() && segments.length == 1 && !segments[0].isEmpty() && !segments[0].equals("embed")) {
            return Optional.of(new GreenhouseUrl(validToken(segments[0]), jid.get()));
        }
        return Optional.empty();
    }

    private static Optional<GreenhouseUrl> jobPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher matcher = JOB_PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new GreenhouseUrl(Optional.of(matcher.group(1)), matcher.group(2)));
    }

    private static Optional<String> jid(Map<String, String> query) {
        return Optional.ofNullable(query.get("gh_jid")).filter(id -> JOB_ID.matcher(id).matches());
    }

    private static Optional<String> validToken(String token) {
        return Optional.ofNullable(token).filter(value -> TOKEN.matcher(value).matches());
    }

    private static boolean isHttp(URI url) {
        String scheme = url.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = url.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // a broken escape cannot name a posting; keep the raw text so it simply does not match
            return text;
        }
    }
}
