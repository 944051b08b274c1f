package dev.nyx.testkit.greenhouse.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.FormData;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.UploadedFile;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic {@code boards.greenhouse.io} board: application pages, the S3 stand-in for
 * attachments, location look-up, and the XHR submit that checks the CSRF token, the reCAPTCHA
 * token (when the board has one) and required fields. Thread-safe.
 */
public final class ClassicBoardSite implements Site {
    public static final String NAME = "greenhouse-classic";
    public static final String CONFIRMATION = "Thank you for applying. Your application has been received."
            + " We will review it right away and contact you if your skills are a match.";
    private static final Pattern JOB = Pattern.compile("/([a-z0-9-]+)/jobs/([0-9]+)");
    private static final Pattern BOARD = Pattern.compile("/([a-z0-9-]+)/?");
    private static final Pattern UPLOAD = Pattern.compile("/s3/(upload-[0-9]+)");

    private final String mountPath;
    private final Catalog catalog;
    private final RandomGenerator random;
    private final UploadStore uploads = new UploadStore();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final Optional<RecaptchaGuard> captcha;

    public ClassicBoardSite(String mountPath, Catalog catalog, RandomGenerator random) {
        this(mountPath, catalog, random, Optional.empty());
    }

    /** @param captcha the reCAPTCHA every application form carries and every submit must pass, if any */
    public ClassicBoardSite(String mountPath, Catalog catalog, RandomGenerator random, Optional<RecaptchaGuard> captcha) {
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.random = requireNonNull(random, "random is null");
        this.captcha = requireNonNull(captcha, "captcha is null");
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
        if (path.equals("/locations")) {
            return locations(request);
        }
        if (path.equals("/s3") && request.method().equals("POST")) {
            return upload(request, siteUrl);
        }
        Matcher upload = UPLOAD.matcher(path);
        if (upload.matches()) {
            return uploads.get(upload.group(1))
                    .map(file -> new ReplicaResponse(200, Map.of("Content-Type", file.contentType()), file.bytes()))
                    .orElseGet(() -> BoardPages.notFound("No such upload."));
        }
        Matcher job = JOB.matcher(path);
        if (job.matches()) {
            Optional<GreenhousePosting> posting = catalog.find(job.group(1), job.group(2));
            if (posting.isEmpty()) {
                return BoardPages.notFound("There is no job " + job.group(2) + " on board " + job.group(1) + ".");
            }
            if (!posting.get().open()) {
                // real classic boards send closed postings back to the board with a notice
                return ReplicaResponse.redirect(302, siteUrl + "/" + job.group(1) + "?error=true");
            }
            return request.method().equals("POST")
                    ? submit(request, context, posting.get())
                    : page(siteUrl, posting.get(), request.query().first("gh_src"));
        }
        Matcher board = BOARD.matcher(path);
        if (board.matches() && catalog.hasBoard(board.group(1))) {
            return BoardPages.board(siteUrl, board.group(1), catalog.board(board.group(1)),
                    request.query().first("error").isPresent());
        }
        return BoardPages.notFound("Nothing is served at " + path + ".");
    }

    private ReplicaResponse page(String siteUrl, GreenhousePosting posting, Optional<String> ghSrc) {
        byte[] tokenBytes = new byte[24];
        random.nextBytes(tokenBytes);
        String csrf = HexFormat.of().formatHex(tokenBytes);
        issuedTokens.add(csrf);
        return ReplicaResponse.html(200, ClassicPage.render(siteUrl, posting, csrf, ghSrc, captcha));
    }

    private ReplicaResponse upload(ReplicaRequest request, String siteUrl) {
        Optional<UploadedFile> file = request.form().file("file");
        if (file.isEmpty() || file.get().bytes().length == 0) {
            return ReplicaResponse.json(400, ApiJson.write(Map.of("message",
                    "Upload a non-empty file in the 'file' field (pdf, doc, docx, txt or rtf).")));
        }
        String key = uploads.put(file.get());
        return ReplicaResponse.json(201, ApiJson.write(Map.of("url", siteUrl + "/s3/" + key,
                "filename", file.get().fileName())));
    }

    private ReplicaResponse submit(ReplicaRequest request, SiteContext context, GreenhousePosting posting) {
        String token = request.header("x-csrf-token").orElse("");
        if (!issuedTokens.contains(token) || !request.form().first("authenticity_token").orElse("").equals(token)) {
            return ReplicaResponse.json(422, ApiJson.write(Map.of("message",
                    "Your session has expired or the form is invalid. Please reload the page and try again.")));
        }
        if (request.validationError().isPresent()) {
            return ReplicaResponse.json(422, ApiJson.write(Map.of("message", request.validationError().get())));
        }
        FormData form = request.form();
        Optional<String> robot = captcha.flatMap(guard -> guard.refusal(form));
        if (robot.isPresent()) {
            // as Google's siteverify would: nothing is recorded without a valid token
            return ReplicaResponse.json(422, ApiJson.write(Map.of("message", robot.get())));
        }
        Map<String, String> errors = Validation.errors(GreenhouseStyle.CLASSIC, posting, form);
        List<UploadedFile> linked = new ArrayList<>();
        for (String field : List.of("resume", "cover_letter")) {
            String url = form.first("job_application[" + field + "_url]").orElse("");
            if (url.isEmpty()) {
                continue;
            }
            Matcher key = UPLOAD.matcher(url.startsWith(context.siteUrl().toString())
                    ? url.substring(context.siteUrl().toString().length()) : url);
            Optional<UploadedFile> file = key.matches() ? uploads.get(key.group(1)) : Optional.empty();
            if (file.isEmpty()) {
                errors.put("job_application[" + field + "_url]", "The attachment could not be found; attach it again.");
            } else {
                linked.add(file.get().withFieldName(field));
            }
        }
        if (!errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", "Please complete all required fields.");
            body.put("errors", errors);
            return ReplicaResponse.json(422, ApiJson.write(body));
        }
        FormData.Builder withFiles = new FormData.Builder();
        form.fields().forEach((name, values) -> values.forEach(value -> withFiles.field(name, value)));
        linked.forEach(withFiles::file);
        context.recorder().record(new Submission(NAME, posting.postingId(), request.path(), request.method(),
                request.receivedAt(), withFiles.build(), request.headers(), Optional.empty()));
        return ReplicaResponse.json(200, ApiJson.write(Map.of("status", "success", "message", CONFIRMATION)));
    }

    private static ReplicaResponse locations(ReplicaRequest request) {
        String term = request.query().first("term").orElse("");
        return ReplicaResponse.json(200, ApiJson.write(Cities.matching(term).stream()
                .map(city -> Map.of("name", city.name(), "latitude", city.latitude(), "longitude", city.longitude()))
                .toList()));
    }
}
