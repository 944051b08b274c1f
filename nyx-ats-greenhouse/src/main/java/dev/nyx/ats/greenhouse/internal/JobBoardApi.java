package dev.nyx.ats.greenhouse.internal;

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

import static java.util.Objects.requireNonNull;

/**
 * Reads a board's job list and one job from the public Greenhouse Job Board API through the host's
 * {@link WebClient}.
 * Thread-safe (the mapper is only read).
 */
public final class JobBoardApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;

    /** @param baseUrl e.g. {@code https://boards-api.greenhouse.io}, without a trailing slash */
    public JobBoardApi(URI baseUrl) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** The job detail URL with questions and pay ranges. */
    public URI jobUrl(String boardToken, String jobId) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/v1/boards/" + URLEncoder.encode(boardToken, StandardCharsets.UTF_8) + "/jobs/"
                + URLEncoder.encode(jobId, StandardCharsets.UTF_8) + "?questions=true&pay_transparency=true");
    }

    /**
     * The job as JSON, or empty when the API answers 404 (closed or never existed: the caller looks
     * at the page to tell which).
     *
     * @throws NyxException {@link ErrorCode#RATE_LIMITED} on 429, {@link ErrorCode#NETWORK} on other
     *                      error statuses or a body that is not JSON; the web client's own
     *                      {@code NETWORK}/{@code TIMEOUT}/{@code ADDRESS_NOT_ALLOWED} pass through
     */
    public Optional<JsonNode> job(WebClient web, String boardToken, String jobId) {
        requireNonNull(web, "web is null");
        URI url = jobUrl(boardToken, jobId);
        WebClient.Response response = web.get(url, Map.of("Accept", "application/json"));
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() == 429) {
            throw new NyxException(ErrorCode.RATE_LIMITED, "The Greenhouse Job Board API rate-limited " + url
                    + " (HTTP 429" + response.header("retry-after").map(after -> ", retry after " + after + " s")
                    .orElse("") + "); try again later.");
        }
        if (!response.isSuccess()) {
            throw new NyxException(ErrorCode.NETWORK, "The Greenhouse Job Board API answered HTTP " + response.status()
                    + " for " + url + "; try again later.");
        }
        try {
            return Optional.of(JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Greenhouse Job Board API answered " + url
                    + " with something that is not JSON; try again later.", e);
        }
    }

    /** The board's job list URL. */
    public URI jobListUrl(String boardToken) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/v1/boards/" + URLEncoder.encode(boardToken, StandardCharsets.UTF_8) + "/jobs");
    }

    /**
     * Every open job on the board (the API sends the whole list in one answer), as the board lists it.
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when the API knows no such board (404),
     *                      {@link ErrorCode#RATE_LIMITED} on 429, {@link ErrorCode#NETWORK} on other error
     *                      statuses or an answer that is not a job list
     */
    public List<BoardPosting> jobs(WebClient web, String boardToken) {
        requireNonNull(web, "web is null");
        URI url = jobListUrl(boardToken);
        WebClient.Response response = web.get(url, Map.of("Accept", "application/json"));
        if (response.status() == 404) {
            throw new NyxException(ErrorCode.NOT_FOUND, "Greenhouse has no job board '" + boardToken + "' (" + url
                    + " answered 404): check the company's board name, e.g. the 'acme' in boards.greenhouse.io/acme");
        }
        if (response.status() == 429) {
            throw new NyxException(ErrorCode.RATE_LIMITED, "The Greenhouse Job Board API rate-limited " + url
                    + " (HTTP 429); try again later.");
        }
        if (!response.isSuccess()) {
            throw new NyxException(ErrorCode.NETWORK, "The Greenhouse Job Board API answered HTTP " + response.status()
                    + " for " + url + "; try again later.");
        }
        JsonNode list;
        try {
            list = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Greenhouse Job Board API answered " + url
                    + " with something that is not JSON; try again later.", e);
        }
        JsonNode jobs = list == null ? null : list.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new NyxException(ErrorCode.NETWORK, "The Greenhouse Job Board API answered " + url
                    + " without a 'jobs' list; try again later.");
        }
        List<BoardPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            String absolute = job.path("absolute_url").asText("");
            String title = job.path("title").asText("").strip();
            if (absolute.isBlank() || title.isEmpty()) {
                continue; // a job without a link or a title cannot be applied to: nothing to queue
            }
            URI link;
            try {
                link = URI.create(absolute.strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            String location = job.path("location").path("name").asText("").strip();
            postings.add(new BoardPosting(link, title, location.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(location)));
        }
        return List.copyOf(postings);
    }
}
