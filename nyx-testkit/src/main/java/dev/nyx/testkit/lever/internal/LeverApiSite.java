package dev.nyx.testkit.lever.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.lever.LeverPosting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public Lever postings API (ATS-NOTES 2.2): {@code GET /v0/postings/{site}?mode=json[&skip=&limit=]}
 * lists a site's open postings, {@code GET /v0/postings/{site}/{id}} one posting; unknown sites, unknown
 * and closed postings answer 404 {@code {"ok":false,"error":"Document not found"}}. Like the real API it
 * does not describe the custom questions. A site can be told to answer garbage (HTTP 200, not JSON).
 * Thread-safe.
 */
public final class LeverApiSite implements Site {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LIST = Pattern.compile("/v0/postings/([A-Za-z0-9._-]+)/?");
    private static final Pattern ONE = Pattern.compile("/v0/postings/([A-Za-z0-9._-]+)/([A-Za-z0-9-]+)/?");
    private static final String NOT_FOUND = "{\"ok\":false,\"error\":\"Document not found\"}";

    private final String name;
    private final String mountPath;
    private final LeverCatalog catalog;
    private final Function<LeverPosting, String> hostedUrl;
    private final Set<String> garbageSites = ConcurrentHashMap.newKeySet();

    /** @param hostedUrl the posting page URL the API names for a posting ({@code hostedUrl}; {@code applyUrl} adds /apply) */
    public LeverApiSite(String name, String mountPath, LeverCatalog catalog, Function<LeverPosting, String> hostedUrl) {
        this.name = requireNonNull(name, "name is null");
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.hostedUrl = requireNonNull(hostedUrl, "hostedUrl is null");
    }

    /** From now on, every answer about {@code site} is an HTML error page with status 200. */
    public void answerGarbage(String site) {
        garbageSites.add(requireNonNull(site, "site is null"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String mountPath() {
        return mountPath;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        if (!request.method().equals("GET")) {
            return ReplicaResponse.json(405, "{\"ok\":false,\"error\":\"Only GET is replicated\"}");
        }
        Matcher one = ONE.matcher(request.sitePath());
        Matcher list = LIST.matcher(request.sitePath());
        String site = one.matches() ? one.group(1) : list.matches() ? list.group(1) : "";
        if (garbageSites.contains(site)) {
            return ReplicaResponse.text(200, "text/html; charset=utf-8",
                    "<html><body><h1>Bad gateway</h1><p>upstream hiccup</p></body></html>");
        }
        if (one.matches()) {
            return catalog.find(one.group(1), one.group(2)).filter(LeverPosting::open)
                    .map(posting -> ReplicaResponse.json(200, posting(posting).toString()))
                    .orElseGet(() -> ReplicaResponse.json(404, NOT_FOUND));
        }
        if (list.matches()) {
            if (!catalog.hasSite(site)) {
                return ReplicaResponse.json(404, NOT_FOUND);
            }
            List<LeverPosting> open = catalog.open(site);
            int skip = number(request.query().first("skip"), 0);
            int limit = number(request.query().first("limit"), Integer.MAX_VALUE);
            ArrayNode array = JSON.createArrayNode();
            open.stream().skip(skip).limit(limit).forEach(posting -> array.add(posting(posting)));
            return ReplicaResponse.json(200, array.toString());
        }
        return ReplicaResponse.json(404, NOT_FOUND);
    }

    private ObjectNode posting(LeverPosting posting) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", posting.id());
        json.put("text", posting.title());
        ObjectNode categories = json.putObject("categories");
        categories.put("commitment", posting.commitment());
        categories.put("location", posting.location());
        categories.put("team", posting.team());
        categories.putArray("allLocations").add(posting.location());
        json.put("country", posting.location().toUpperCase(Locale.ROOT).contains("FRANCE") ? "FR" : "US");
        json.put("createdAt", 1_780_000_000_000L);
        json.put("descriptionPlain", posting.description());
        json.put("description", "<div>" + dev.nyx.testkit.internal.Html.escape(posting.description()) + "</div>");
        json.putArray("lists");
        json.put("additionalPlain", "");
        json.put("additional", "");
        json.put("workplaceType", "hybrid");
        String hosted = hostedUrl.apply(posting);
        json.put("hostedUrl", hosted);
        json.put("applyUrl", hosted + "/apply");
        return json;
    }

    private static int number(Optional<String> value, int fallback) {
        try {
            return value.map(Integer::parseInt).filter(number -> number >= 0).orElse(fallback);
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
