package dev.nyx.ats.lever.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.model.BoardPosting;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the public Lever postings API (ATS-NOTES 2.2) through the host's {@link WebClient}: one posting
 * ({@code GET /v0/postings/<site>/<id>}) and a site's open postings ({@code GET /v0/postings/<site>?mode=json},
 * paged with {@code skip}/{@code limit}). The API does not describe the custom questions: the form is
 * always read from the page. Thread-safe (the mapper is only read).
 */
public final class PostingsApi {
    /** Postings asked for per board page. */
    public static final int PAGE_SIZE = 100;
    /** Board pages read at most (a board of 10,000 postings). */
    private static final int MAX_PAGES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final URI euBaseUrl;

    /** @param baseUrl e.g. {@code https://api.lever.co}; @param euBaseUrl e.g. {@code https://api.eu.lever.co} */
    public PostingsApi(URI baseUrl, URI euBaseUrl) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
        this.euBaseUrl = requireNonNull(euBaseUrl, "euBaseUrl is null");
    }

    /** The API root for a region. */
    public URI baseUrl(boolean eu) {
        return eu ? euBaseUrl : baseUrl;
    }

    /**
     * The posting as JSON, or empty when the API answers 404 (closed, never existed, or an unknown site:
     * the caller looks at the page, which is the truth).
     *
     * @throws NyxException {@link ErrorCode#RATE_LIMITED} on 429, {@link ErrorCode#NETWORK} on other error
     *                      statuses and on an answer that is not a Lever posting (not JSON, no id or title); the
     *                      web client's own {@code NETWORK}/{@code TIMEOUT}/{@code ADDRESS_NOT_ALLOWED} pass through
     */
    public Optional<JsonNode> posting(WebClient web, LeverUrl posting) {
        requireNonNull(web, "web is null");
        URI url = URI.create(root(posting.eu()) + "/v0/postings/" + encode(posting.site()) + "/"
                + encode(posting.postingId()));
        Optional<JsonNode> json = get(web, url);
        if (json.isPresent() && (!json.get().isObject() || !json.get().path("id").isTextual()
                || !json.get().path("text").isTextual())) {
            throw new NyxException(ErrorCode.NETWORK, "The Lever postings API answered " + url
                    + " with JSON that is not a posting (no id or text); reading the page instead.");
        }
        return json;
    }

    /**
     * Every open posting of a site, page by page.
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when Lever has no such site, and the codes of
     *                      {@link #posting}
     */
    public List<BoardPosting> board(WebClient web, String site, boolean eu) {
        requireNonNull(web, "web is null");
        requireNonNull(site, "site is null");
        List<BoardPosting> postings = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            URI url = URI.create(root(eu) + "/v0/postings/" + encode(site) + "?mode=json&skip=" + page * PAGE_SIZE
                    + "&limit=" + PAGE_SIZE);
            JsonNode list = get(web, url).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND,
                    "Lever has no job site named '" + site + "' (" + url + " answered 404); check the board address."));
            if (!list.isArray()) {
                throw new NyxException(ErrorCode.NETWORK, "The Lever postings API answered " + url
                        + " with something that is not a list of postings; try again later.");
            }
            for (JsonNode posting : list) {
                String hosted = posting.path("hostedUrl").asText("");
                String title = posting.path("text").asText("");
                if (hosted.isBlank() || title.isBlank()) {
                    continue;
                }
                String location = posting.path("categories").path("location").asText("");
                postings.add(new BoardPosting(URI.create(hosted), title,
                        location.isBlank() ? Optional.empty() : Optional.of(location)));
            }
            if (list.size() < PAGE_SIZE) {
                break;
            }
        }
        return List.copyOf(postings);
    }

    private Optional<JsonNode> get(WebClient web, URI url) {
        WebClient.Response response = web.get(url, Map.of("Accept", "application/json"));
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() == 429) {
            throw new NyxException(ErrorCode.RATE_LIMITED, "The Lever postings API rate-limited " + url + " (HTTP 429"
                    + response.header("retry-after").map(after -> ", retry after " + after + " s").orElse("")
                    + "); try again later.");
        }
        if (!response.isSuccess()) {
            throw new NyxException(ErrorCode.NETWORK, "The Lever postings API answered HTTP " + response.status()
                    + " for " + url + "; try again later.");
        }
        try {
            return Optional.of(JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Lever postings API answered " + url
                    + " with something that is not JSON; try again later.", e);
        }
    }

    private String root(boolean eu) {
        return baseUrl(eu).toString().replaceAll("/+$", "");
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
