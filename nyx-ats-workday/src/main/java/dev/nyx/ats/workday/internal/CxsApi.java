package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.model.BoardPosting;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a Workday tenant's CXS JSON API (ATS-NOTES 3.2) through the host's {@link WebClient}: one posting
 * ({@code GET /wday/cxs/{tenant}/{site}{externalPath}}) and a site's open postings
 * ({@code POST /wday/cxs/{tenant}/{site}/jobs} with {@code {"appliedFacets":{},"limit":20,"offset":N,"searchText":""}},
 * page by page). The API sits behind a WAF that answers bursts of 429: a 429 is retried after a growing pause
 * (or the {@code Retry-After} it names, up to {@link #MAX_RETRY_PAUSE}), and board pages are read with a pause
 * between them.
 *
 * <p>Thread-safe (the mapper is only read; the pauses sleep on the caller's thread).
 */
public final class CxsApi {
    /** Postings asked for per board page (the page size Workday's own site uses). */
    public static final int PAGE_SIZE = 20;
    /** Tries per request when the API answers 429. */
    public static final int ATTEMPTS = 5;
    /** The longest pause before a retry, whatever {@code Retry-After} says. */
    public static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);
    /** Board pages read at most (10,000 postings). */
    private static final int MAX_PAGES = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<URI> baseUrl;
    private final Duration pagePause;
    private final Duration firstRetryPause;

    /**
     * @param baseUrl         where the CXS API is, when not on the posting's own host (a proxy, a test server)
     * @param pagePause       the pause between two board pages
     * @param firstRetryPause the pause before the first retry after a 429; doubled for each further one
     */
    public CxsApi(Optional<URI> baseUrl, Duration pagePause, Duration firstRetryPause) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
        this.pagePause = requireNonNull(pagePause, "pagePause is null");
        this.firstRetryPause = requireNonNull(firstRetryPause, "firstRetryPause is null");
    }

    /** The API root of a site: {@code {base}/wday/cxs/{tenant}/{site}}. */
    public String siteRoot(WorkdayUrl site) {
        String base = baseUrl.map(URI::toString).orElse(site.root()).replaceAll("/+$", "");
        return base + "/wday/cxs/" + site.tenant() + "/" + site.site();
    }

    /**
     * The posting's {@code jobPostingInfo} document (the whole answer), or empty when the API answers 404.
     *
     * @throws NyxException {@link ErrorCode#RATE_LIMITED} when 429s outlast the retries, {@link ErrorCode#NETWORK}
     *                      on other error statuses and on an answer that is not a posting; the web client's own
     *                      {@code NETWORK}/{@code TIMEOUT}/{@code ADDRESS_NOT_ALLOWED} pass through
     */
    public Optional<JsonNode> posting(WebClient web, WorkdayUrl posting) {
        requireNonNull(web, "web is null");
        URI url = URI.create(siteRoot(posting) + posting.jobPath().orElseThrow(() ->
                new IllegalArgumentException("not a posting: " + posting.pageUrl())));
        Optional<JsonNode> json = read(url, () -> web.get(url, Map.of("Accept", "application/json")));
        if (json.isPresent() && !json.get().path("jobPostingInfo").path("title").isTextual()) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday CXS API answered " + url
                    + " with JSON that is not a posting (no jobPostingInfo.title); reading the page instead.");
        }
        return json;
    }

    /**
     * Every open posting of a site, page by page ({@value #PAGE_SIZE} per page until a short page or the total
     * the first page announced).
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when the tenant has no such site, and the codes of
     *                      {@link #posting}
     */
    public List<BoardPosting> board(WebClient web, WorkdayUrl site) {
        requireNonNull(web, "web is null");
        URI url = URI.create(siteRoot(site) + "/jobs");
        List<BoardPosting> postings = new ArrayList<>();
        long total = -1;
        for (int page = 0; page < MAX_PAGES; page++) {
            if (page > 0) {
                pause(pagePause);
            }
            String body = request(page * PAGE_SIZE);
            JsonNode list = read(url, () -> web.postJson(url, body, Map.of("Accept", "application/json")))
                    .orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "Workday has no career site '" + site.site()
                            + "' for tenant '" + site.tenant() + "' (" + url + " answered 404); check the board address."));
            JsonNode jobs = list.path("jobPostings");
            if (!jobs.isArray()) {
                throw new NyxException(ErrorCode.NETWORK, "The Workday CXS API answered " + url
                        + " with something that is not a list of postings; try again later.");
            }
            if (page == 0) {
                // Workday states the total on the first page only; later pages may say 0
                total = list.path("total").asLong(-1);
            }
            for (JsonNode job : jobs) {
                String path = job.path("externalPath").asText("");
                String title = job.path("title").asText("");
                if (!path.startsWith("/job/") || title.isBlank()) {
                    continue;
                }
                String location = job.path("locationsText").asText("");
                postings.add(new BoardPosting(site.postingUrl(path), title,
                        location.isBlank() ? Optional.empty() : Optional.of(location)));
            }
            int read = (page + 1) * PAGE_SIZE;
            if (jobs.size() < PAGE_SIZE || total >= 0 && read >= total) {
                break;
            }
        }
        return List.copyOf(postings);
    }

    /**
     * Whether the tenant has this career site: one page of its jobs list is read (404 means it has none, or its CXS
     * tenant path is not the host's first label).
     *
     * @throws NyxException the codes of {@link #posting}
     */
    public boolean knowsSite(WebClient web, WorkdayUrl site) {
        requireNonNull(web, "web is null");
        URI url = URI.create(siteRoot(site) + "/jobs");
        return read(url, () -> web.postJson(url, request(0), Map.of("Accept", "application/json"))).isPresent();
    }

    private static String request(int offset) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("appliedFacets");
        body.put("limit", PAGE_SIZE);
        body.put("offset", offset);
        body.put("searchText", "");
        return body.toString();
    }

    private Optional<JsonNode> read(URI url, Supplier<WebClient.Response> send) {
        WebClient.Response response = send.get();
        Duration pause = firstRetryPause;
        for (int attempt = 1; response.status() == 429 && attempt < ATTEMPTS; attempt++) {
            pause(retryPause(response, pause));
            pause = pause.multipliedBy(2);
            response = send.get();
        }
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() == 429) {
            throw new NyxException(ErrorCode.RATE_LIMITED, "The Workday CXS API rate-limited " + url + " (HTTP 429, "
                    + ATTEMPTS + " tries); try again later.");
        }
        if (!response.isSuccess()) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday CXS API answered HTTP " + response.status()
                    + " for " + url + "; try again later.");
        }
        try {
            return Optional.of(JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday CXS API answered " + url
                    + " with something that is not JSON; try again later.", e);
        }
    }

    private static Duration retryPause(WebClient.Response response, Duration fallback) {
        Optional<Duration> asked = response.header("retry-after").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
            } catch (NumberFormatException notSeconds) {
                return Optional.empty();
            }
        });
        Duration pause = asked.orElse(fallback);
        return pause.compareTo(MAX_RETRY_PAUSE) > 0 ? MAX_RETRY_PAUSE : pause;
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NyxException(ErrorCode.TIMEOUT, "Interrupted while waiting to call the Workday CXS API again.", e);
        }
    }
}
