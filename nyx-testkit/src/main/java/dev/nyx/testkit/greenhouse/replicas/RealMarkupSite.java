package dev.nyx.testkit.greenhouse.replicas;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.FormData;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.UploadedFile;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.greenhouse.internal.ApiJson;
import dev.nyx.testkit.greenhouse.internal.Assets;
import dev.nyx.testkit.greenhouse.internal.Templates;
import dev.nyx.testkit.greenhouse.internal.UploadStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the {@link RealMarkupPage}s: each page's hand-written HTML (with the classic or new board's
 * replica script), the embedding company page, the Job Board API answer where the page has one, the
 * S3 stand-in for classic attachments, and the submit, which checks the CSRF token (classic), the
 * required fields and the linked attachments, then records the submission. Thread-safe.
 */
public final class RealMarkupSite implements Site {
    public static final String NAME = "greenhouse-real-markup";
    private static final Pattern JOB = Pattern.compile("/([a-z0-9-]+)/jobs/([0-9]+)");
    private static final Pattern CONFIRMATION = Pattern.compile("/([a-z0-9-]+)/jobs/([0-9]+)/confirmation");
    private static final Pattern CAREERS = Pattern.compile("/([a-z0-9-]+)/careers");
    private static final Pattern API_JOB = Pattern.compile("/v1/boards/([a-z0-9-]+)/jobs/([0-9]+)");
    private static final Pattern UPLOAD = Pattern.compile("/s3/(upload-[0-9]+)");

    private final String mountPath;
    private final List<RealMarkupPage> pages;
    private final SecureRandom random = new SecureRandom();
    private final UploadStore uploads = new UploadStore();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();

    public RealMarkupSite(String mountPath, List<RealMarkupPage> pages) {
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.pages = List.copyOf(requireNonNull(pages, "pages is null"));
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
        String siteUrl = context.siteUrl().toString();
        if (path.startsWith("/assets/")) {
            return Assets.serve(path.substring("/assets/".length()));
        }
        if (path.equals("/s3") && request.method().equals("POST")) {
            return upload(request, siteUrl);
        }
        Matcher upload = UPLOAD.matcher(path);
        if (upload.matches()) {
            return uploads.get(upload.group(1))
                    .map(file -> new ReplicaResponse(200, Map.of("Content-Type", file.contentType()), file.bytes()))
                    .orElseGet(() -> ReplicaResponse.notFound("upload " + upload.group(1)));
        }
        Matcher api = API_JOB.matcher(path);
        if (api.matches()) {
            return find(api.group(1), api.group(2)).flatMap(RealMarkupPage::apiJson)
                    .map(resource -> ReplicaResponse.json(200, Templates.resource("replicas/" + resource)))
                    .orElseGet(() -> ReplicaResponse.json(404, "{\"status\":404,\"error\":\"Job not found\"}"));
        }
        Matcher careers = CAREERS.matcher(path);
        if (careers.matches()) {
            Optional<RealMarkupPage> page = request.query().first("gh_jid").flatMap(id -> find(careers.group(1), id))
                    .filter(RealMarkupPage::embedded);
            return page.map(found -> ReplicaResponse.html(200, companyPage(siteUrl, found)))
                    .orElseGet(() -> ReplicaResponse.html(200, "<!DOCTYPE html><html lang=\"en\"><body>"
                            + "<h1>Careers</h1><p>We have no opening with that id right now.</p></body></html>"));
        }
        if (path.equals("/embed/job_app")) {
            Optional<RealMarkupPage> page = request.query().first("for")
                    .flatMap(token -> request.query().first("token").flatMap(id -> find(token, id)));
            return page.map(found -> formPage(siteUrl, found)).orElseGet(() -> ReplicaResponse.notFound("job"));
        }
        Matcher confirmation = CONFIRMATION.matcher(path);
        if (confirmation.matches()) {
            return ReplicaResponse.html(200, "<!DOCTYPE html><html lang=\"en\"><head><title>Application confirmation"
                    + "</title></head><body><div class=\"application-confirmation\"><h2>Thank you for applying.</h2>"
                    + "<p>Your application has been received.</p></div></body></html>");
        }
        Matcher job = JOB.matcher(path);
        if (job.matches()) {
            Optional<RealMarkupPage> page = find(job.group(1), job.group(2));
            if (page.isEmpty()) {
                return ReplicaResponse.notFound("job " + job.group(2));
            }
            return request.method().equals("POST") ? submit(request, context, page.get()) : formPage(siteUrl, page.get());
        }
        return ReplicaResponse.notFound(path);
    }

    private Optional<RealMarkupPage> find(String token, String id) {
        return pages.stream().filter(page -> page.boardToken().equals(token) && page.postingId().equals(id)).findFirst();
    }

    private ReplicaResponse formPage(String siteUrl, RealMarkupPage page) {
        byte[] tokenBytes = new byte[24];
        random.nextBytes(tokenBytes);
        String csrf = HexFormat.of().formatHex(tokenBytes);
        issuedTokens.add(csrf);
        String html = Templates.fill(Templates.resource("replicas/" + page.name() + ".html"), Map.of(
                "assets", siteUrl + "/assets",
                "uploadUrl", siteUrl + "/s3",
                "csrf", csrf,
                "submitUrl", siteUrl + "/" + page.boardToken() + "/jobs/" + page.postId()));
        return ReplicaResponse.html(200, html);
    }

    private static String companyPage(String siteUrl, RealMarkupPage page) {
        return Templates.fill(Templates.resource("replicas/company-careers.html"), Map.of(
                "frameUrl", siteUrl + "/embed/job_app?for=" + page.boardToken() + "&amp;token=" + page.postId()));
    }

    private ReplicaResponse upload(ReplicaRequest request, String siteUrl) {
        Optional<UploadedFile> file = request.form().file("file");
        if (file.isEmpty() || file.get().bytes().length == 0) {
            return ReplicaResponse.json(400, ApiJson.write(Map.of("message", "Upload a non-empty file.")));
        }
        String key = uploads.put(file.get());
        return ReplicaResponse.json(201, ApiJson.write(Map.of("url", siteUrl + "/s3/" + key,
                "filename", file.get().fileName())));
    }

    private ReplicaResponse submit(ReplicaRequest request, SiteContext context, RealMarkupPage page) {
        boolean classic = page.style() == GreenhouseStyle.CLASSIC;
        FormData form = request.form();
        if (classic) {
            String token = request.header("x-csrf-token").orElse("");
            if (!issuedTokens.contains(token) || !form.first("authenticity_token").orElse("").equals(token)) {
                return ReplicaResponse.json(422, ApiJson.write(Map.of("message",
                        "Your session has expired or the form is invalid. Please reload the page and try again.")));
            }
        }
        if (request.validationError().isPresent()) {
            return refuse(classic, Map.of(), request.validationError().get());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (String required : page.requiredFields()) {
            boolean given = form.all(required).stream().anyMatch(value -> !value.isBlank())
                    || form.file(required).filter(file -> file.bytes().length > 0).isPresent();
            if (!given) {
                errors.put(required, "This field is required.");
            }
        }
        List<UploadedFile> linked = new ArrayList<>();
        for (String field : List.of("resume", "cover_letter")) {
            String url = form.first("job_application[" + field + "_url]").orElse("");
            if (url.isEmpty()) {
                continue;
            }
            String site = context.siteUrl().toString();
            Matcher key = UPLOAD.matcher(url.startsWith(site) ? url.substring(site.length()) : url);
            Optional<UploadedFile> file = key.matches() ? uploads.get(key.group(1)) : Optional.empty();
            if (file.isEmpty()) {
                errors.put("job_application[" + field + "_url]", "The attachment could not be found; attach it again.");
            } else {
                linked.add(file.get().withFieldName(field));
            }
        }
        if (!errors.isEmpty()) {
            return refuse(classic, errors, "Please complete all required fields.");
        }
        FormData.Builder withFiles = new FormData.Builder();
        form.fields().forEach((name, values) -> values.forEach(value -> withFiles.field(name, value)));
        form.files().forEach(withFiles::file);
        linked.forEach(withFiles::file);
        context.recorder().record(new Submission(NAME, page.postingId(), request.path(), request.method(),
                request.receivedAt(), withFiles.build(), request.headers(), Optional.empty()));
        if (classic) {
            return ReplicaResponse.json(200, ApiJson.write(Map.of("status", "success", "message",
                    "Thank you for applying. Your application has been received.")));
        }
        return ReplicaResponse.redirect(303, context.siteUrl() + "/" + page.boardToken() + "/jobs/" + page.postId()
                + "/confirmation");
    }

    private static ReplicaResponse refuse(boolean classic, Map<String, String> errors, String message) {
        if (classic) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", message);
            body.put("errors", errors);
            return ReplicaResponse.json(422, ApiJson.write(body));
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body><form id=\"application-form\""
                + " class=\"application--form\"><div id=\"application-errors\" class=\"application--error\" role=\"alert\">")
                .append(escape(message)).append("</div>");
        errors.forEach((name, text) -> html.append("<p class=\"helper-text helper-text--error\">").append(escape(name))
                .append(": ").append(escape(text)).append("</p>"));
        return ReplicaResponse.html(422, html.append("</form></body></html>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
