package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Workday career site address (ATS-NOTES 3.1): a tenant's site ({@code External}) on
 * {@code {tenant}[.wd{N}].myworkdayjobs.com/[{locale}/]{site}} or
 * {@code [wd{N}.]myworkdaysite.com/[{locale}/]recruiting/{tenant}/{site}}, and, for a posting, its job path
 * ({@code /job/{Location}/{Title}_{JR-id}}), with or without {@code /apply}, {@code /apply/applyManually},
 * {@code /apply/autofillWithResume} or {@code /apply/useMyLastApplication} after it.
 *
 * <p>Immutable; thread-safe; parsing throws nothing (an address that is not one is empty).
 *
 * @param root      scheme, authority and (for a lenient parse) the path prefix up to the Workday host segment,
 *                  without trailing slash: the CXS API and the human pages are below it
 * @param host      the Workday host, lower case ({@code acme.wd5.myworkdayjobs.com})
 * @param tenant    the tenant ({@code acme}): the host's first label, or the {@code recruiting/{tenant}} part
 * @param site      the career site's name as written ({@code External})
 * @param recruitingPath whether the site sits under {@code /recruiting/{tenant}} (myworkdaysite.com)
 * @param locale    the locale segment when the address has one ({@code en-US})
 * @param jobPath   for a posting, its path below the site ({@code /job/Remote-USA/Senior-Java-Engineer_JR-12345})
 */
public record WorkdayUrl(String root, String host, String tenant, String site, boolean recruitingPath,
                         Optional<String> locale, Optional<String> jobPath) {
    private static final Pattern JOBS_HOST = Pattern.compile("([a-z0-9][a-z0-9-]{0,62})(?:\\.wd\\d{1,3})?\\.myworkdayjobs\\.com");
    private static final Pattern SITE_HOST = Pattern.compile("(?:wd\\d{1,3}\\.)?myworkdaysite\\.com");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(?:-[A-Z]{2})?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final List<String> APPLY_MODES = List.of("applyManually", "autofillWithResume",
            "useMyLastApplication");

    public WorkdayUrl {
        requireNonNull(root, "root is null");
        requireNonNull(host, "host is null");
        requireNonNull(tenant, "tenant is null");
        requireNonNull(site, "site is null");
        requireNonNull(locale, "locale is null");
        requireNonNull(jobPath, "jobPath is null");
    }

    /**
     * A posting, apply page or board on Workday's own hosts; anything else, look-alike hosts included, is empty.
     */
    public static Optional<WorkdayUrl> parse(URI url) {
        if (!isHttp(url)) {
            return Optional.empty();
        }
        String host = host(url);
        if (!isWorkdayHost(host)) {
            return Optional.empty();
        }
        return parsePath(origin(url), host, segments(url.getRawPath()));
    }

    /**
     * Like {@link #parse}, and for copies served elsewhere whose path starts with the Workday host as a segment
     * (a replica or a mirror: {@code http://127.0.0.1:PORT/acme.wd5.myworkdayjobs.com/External/job/...}); the
     * root then keeps that prefix.
     */
    public static Optional<WorkdayUrl> parseLenient(URI url) {
        Optional<WorkdayUrl> strict = parse(url);
        if (strict.isPresent() || !isHttp(url)) {
            return strict;
        }
        List<String> segments = segments(url.getRawPath());
        for (int index = 0; index < segments.size(); index++) {
            String segment = segments.get(index).toLowerCase(Locale.ROOT);
            if (isWorkdayHost(segment)) {
                String root = origin(url) + "/" + String.join("/", segments.subList(0, index + 1));
                return parsePath(root, segment, segments.subList(index + 1, segments.size()));
            }
        }
        return Optional.empty();
    }

    /** Whether this address names a posting (else it is a board). */
    public boolean isPosting() {
        return jobPath.isPresent();
    }

    /** The posting's id on the site: the part of the job path's last segment after its last {@code _} ({@code JR-12345}). */
    public Optional<String> jobId() {
        return jobPath.map(path -> {
            String last = path.substring(path.lastIndexOf('/') + 1);
            int underscore = last.lastIndexOf('_');
            return underscore >= 0 && underscore < last.length() - 1 ? last.substring(underscore + 1) : last;
        });
    }

    /** The posting key's site part: {@code {tenant}/{site}/{job id}}; empty for a board. */
    public Optional<String> keyPart() {
        return jobId().map(id -> tenant + "/" + site + "/" + id);
    }

    /** The board's human address, without locale: {@code {root}/{site}} (or {@code {root}/recruiting/{tenant}/{site}}). */
    public URI boardUrl() {
        return URI.create(root + (recruitingPath ? "/recruiting/" + tenant : "") + "/" + site);
    }

    /** A posting's human address on this site from a CXS {@code externalPath} ({@code /job/...}). */
    public URI postingUrl(String externalPath) {
        return URI.create(boardUrl() + (externalPath.startsWith("/") ? "" : "/") + externalPath);
    }

    /** This posting's page (no apply suffix, locale kept); for a board, the board. */
    public URI pageUrl() {
        String prefix = root + locale.map(value -> "/" + value).orElse("")
                + (recruitingPath ? "/recruiting/" + tenant : "") + "/" + site;
        return URI.create(prefix + jobPath.orElse(""));
    }

    /** Whether the host is one of Workday's career hosts. */
    public static boolean isWorkdayHost(String host) {
        return JOBS_HOST.matcher(host).matches() || SITE_HOST.matcher(host).matches();
    }

    private static Optional<WorkdayUrl> parsePath(String root, String host, List<String> segments) {
        Matcher jobsHost = JOBS_HOST.matcher(host);
        Optional<String> hostTenant = jobsHost.matches() ? Optional.of(jobsHost.group(1)) : Optional.empty();
        if (!segments.isEmpty() && LOCALE.matcher(segments.get(0)).matches()) {
            Optional<WorkdayUrl> withLocale = afterLocale(root, host, hostTenant, Optional.of(segments.get(0)),
                    segments.subList(1, segments.size()));
            if (withLocale.isPresent()) {
                return withLocale;
            }
        }
        return afterLocale(root, host, hostTenant, Optional.empty(), segments);
    }

    private static Optional<WorkdayUrl> afterLocale(String root, String host, Optional<String> hostTenant,
                                                    Optional<String> locale, List<String> segments) {
        List<String> rest = segments;
        String tenant;
        boolean recruiting = hostTenant.isEmpty();
        if (recruiting) {
            if (rest.size() < 3 || !rest.get(0).equals("recruiting") || !NAME.matcher(rest.get(1)).matches()) {
                return Optional.empty();
            }
            tenant = rest.get(1).toLowerCase(Locale.ROOT);
            rest = rest.subList(2, rest.size());
        } else {
            tenant = hostTenant.get();
        }
        if (rest.isEmpty() || !NAME.matcher(rest.get(0)).matches() || rest.get(0).equals("job")
                || rest.get(0).equals("wday")) {
            return Optional.empty();
        }
        String site = rest.get(0);
        rest = rest.subList(1, rest.size());
        if (rest.isEmpty()) {
            return Optional.of(new WorkdayUrl(root, host, tenant, site, recruiting, locale, Optional.empty()));
        }
        if (!rest.get(0).equals("job")) {
            return Optional.empty();
        }
        List<String> job = new ArrayList<>();
        int index = 1;
        while (index < rest.size() && !rest.get(index).equals("apply")) {
            job.add(rest.get(index));
            index++;
        }
        if (job.isEmpty() || job.size() > 2 || !job.stream().allMatch(part -> !part.isBlank())) {
            return Optional.empty();
        }
        List<String> apply = rest.subList(index, rest.size());
        boolean validApply = apply.isEmpty() || apply.size() == 1
                || apply.size() == 2 && APPLY_MODES.contains(apply.get(1));
        if (!validApply) {
            return Optional.empty();
        }
        return Optional.of(new WorkdayUrl(root, host, tenant, site, recruiting, locale,
                Optional.of("/job/" + String.join("/", job))));
    }

    private static List<String> segments(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(rawPath.split("/")).filter(part -> !part.isEmpty()).toList();
    }

    private static boolean isHttp(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String origin(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority();
    }

    private static String host(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }
}
