package dev.nyx.testkit.greenhouse.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.nyx.testkit.FormData;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Greenhouse Job Board API ({@code boards-api.greenhouse.io}): job list and job detail with
 * questions, JSONP, and the partner application POST (Basic auth with the board's API key).
 * Thread-safe.
 */
public final class ApiSite implements Site {
    public static final String NAME = "greenhouse-api";
    private static final Pattern JOBS = Pattern.compile("/v1/boards/([a-z0-9-]+)/jobs/?");
    private static final Pattern JOB = Pattern.compile("/v1/boards/([a-z0-9-]+)/jobs/([0-9]+)");
    // an ObjectReader is immutable and thread-safe
    private static final ObjectReader JSON = new ObjectMapper().reader();
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");

    private final String mountPath;
    private final Catalog catalog;
    private final String apiKey;
    private final Function<GreenhousePosting, String> absoluteUrl;

    public ApiSite(String mountPath, Catalog catalog, String apiKey, Function<GreenhousePosting, String> absoluteUrl) {
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.absoluteUrl = requireNonNull(absoluteUrl, "absoluteUrl is null");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mountPath() {
        return mountPath;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        String path = request.sitePath();
        Matcher list = JOBS.matcher(path);
        if (list.matches() && request.method().equals("GET")) {
            if (!catalog.hasBoard(list.group(1))) {
                return jsonp(request, 404, notFound("Job board not found"));
            }
            boolean content = request.query().first("content").map("true"::equals).orElse(false);
            return jsonp(request, 200, ApiJson.jobList(catalog.board(list.group(1)), content, absoluteUrl));
        }
        Matcher job = JOB.matcher(path);
        if (job.matches()) {
            Optional<GreenhousePosting> posting = catalog.find(job.group(1), job.group(2)).filter(GreenhousePosting::open);
            if (posting.isEmpty()) {
                return jsonp(request, 404, notFound("Job not found"));
            }
            if (request.method().equals("POST")) {
                return apply(request, context, posting.get());
            }
            boolean questions = request.query().first("questions").map("true"::equals).orElse(false);
            return jsonp(request, 200, ApiJson.jobDetail(posting.get(), questions, absoluteUrl));
        }
        return ReplicaResponse.json(404, notFound("Not found"));
    }

    private ReplicaResponse apply(ReplicaRequest request, SiteContext context, GreenhousePosting posting) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        if (!request.header("authorization").orElse("").equals(expected)) {
            return ReplicaResponse.json(401, ApiJson.write(Map.of("status", 401,
                    "error", "Unauthorized: send the board's API key as the Basic auth user name")))
                    .withHeader("WWW-Authenticate", "Basic realm=\"Greenhouse\"");
        }
        if (request.validationError().isPresent()) {
            return ReplicaResponse.json(422, ApiJson.write(Map.of("status", 422,
                    "error", request.validationError().get())));
        }
        FormData form = request.isJson() ? jsonFields(request.bodyText()) : request.form();
        Map<String, String> errors = Validation.errors(GreenhouseStyle.API, posting, form);
        if (!errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 422);
            body.put("error", "Invalid attributes: " + String.join(", ", errors.keySet()));
            return ReplicaResponse.json(422, ApiJson.write(body));
        }
        context.recorder().record(new Submission(NAME, posting.postingId(), request.path(), request.method(),
                request.receivedAt(), form, request.headers(),
                request.isJson() ? Optional.of(request.bodyText()) : Optional.empty()));
        return ReplicaResponse.json(200, ApiJson.write(Map.of("success", "Candidate saved successfully")));
    }

    // top-level JSON scalars and arrays of scalars become fields, so validation and queries work alike
    private static FormData jsonFields(String json) {
        FormData.Builder form = new FormData.Builder();
        try {
            JsonNode root = JSON.readTree(json);
            root.properties().forEach(entry -> {
                if (entry.getValue().isArray()) {
                    entry.getValue().forEach(item -> form.field(entry.getKey(), item.asText()));
                } else if (entry.getValue().isValueNode()) {
                    form.field(entry.getKey(), entry.getValue().asText());
                }
            });
        } catch (java.io.IOException | RuntimeException malformed) {
            return form.build();
        }
        return form.build();
    }

    private static ReplicaResponse jsonp(ReplicaRequest request, int status, String json) {
        Optional<String> callback = request.query().first("callback").filter(name -> CALLBACK.matcher(name).matches());
        return callback.map(name -> ReplicaResponse.text(status, "application/javascript; charset=utf-8",
                "/**/" + name + "(" + json + ")")).orElseGet(() -> ReplicaResponse.json(status, json));
    }

    private static String notFound(String message) {
        return ApiJson.write(Map.of("status", 404, "error", message));
    }
}
