package dev.nyx.testkit.greenhouse.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.internal.Html;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The new {@code job-boards.greenhouse.io} board: application pages, the multipart submit with
 * server-side validation, and the confirmation page. Thread-safe (stateless besides the catalog).
 */
public final class JobBoardsSite implements Site {
    public static final String NAME = "greenhouse-job-boards";
    public static final String CONFIRMATION = "Thank you for applying. Your application has been received.";
    private static final Pattern JOB = Pattern.compile("/([a-z0-9-]+)/jobs/([0-9]+)");
    private static final Pattern CONFIRMATION_PATH = Pattern.compile("/([a-z0-9-]+)/jobs/([0-9]+)/confirmation");
    private static final Pattern BOARD = Pattern.compile("/([a-z0-9-]+)/?");

    private final String mountPath;
    private final Catalog catalog;
    private final Optional<RecaptchaGuard> captcha;

    public JobBoardsSite(String mountPath, Catalog catalog) {
        this(mountPath, catalog, Optional.empty());
    }

    /** @param captcha the reCAPTCHA every application form carries and every submit must pass, if any */
    public JobBoardsSite(String mountPath, Catalog catalog, Optional<RecaptchaGuard> captcha) {
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
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
        Matcher confirmation = CONFIRMATION_PATH.matcher(path);
        if (confirmation.matches()) {
            return catalog.find(confirmation.group(1), confirmation.group(2))
                    .map(JobBoardsSite::confirmationPage)
                    .orElseGet(() -> BoardPages.notFound("There is no job " + confirmation.group(2) + "."));
        }
        Matcher job = JOB.matcher(path);
        if (job.matches()) {
            Optional<GreenhousePosting> posting = catalog.find(job.group(1), job.group(2));
            if (posting.isEmpty()) {
                return BoardPages.notFound("There is no job " + job.group(2) + " on board " + job.group(1) + ".");
            }
            if (!posting.get().open()) {
                return ReplicaResponse.redirect(302, siteUrl + "/" + job.group(1) + "?error=true");
            }
            if (request.method().equals("POST")) {
                return submit(request, context, posting.get());
            }
            return ReplicaResponse.html(200, JobBoardsPage.render(siteUrl, posting.get(), Map.of(), Optional.empty(),
                    captcha));
        }
        Matcher board = BOARD.matcher(path);
        if (board.matches() && catalog.hasBoard(board.group(1))) {
            return BoardPages.board(siteUrl, board.group(1), catalog.board(board.group(1)),
                    request.query().first("error").isPresent());
        }
        return BoardPages.notFound("Nothing is served at " + path + ".");
    }

    private ReplicaResponse submit(ReplicaRequest request, SiteContext context, GreenhousePosting posting) {
        String siteUrl = context.siteUrl().toString();
        if (request.validationError().isPresent()) {
            return ReplicaResponse.html(200, JobBoardsPage.render(siteUrl, posting, Map.of(),
                    request.validationError(), captcha));
        }
        Optional<String> robot = captcha.flatMap(guard -> guard.refusal(request.form()));
        if (robot.isPresent()) {
            // as Google's siteverify would: nothing is recorded without a valid token
            return ReplicaResponse.html(422, JobBoardsPage.render(siteUrl, posting, Map.of(), robot, captcha));
        }
        Map<String, String> errors = Validation.errors(GreenhouseStyle.JOB_BOARDS, posting, request.form());
        if (!errors.isEmpty()) {
            return ReplicaResponse.html(422, JobBoardsPage.render(siteUrl, posting, errors,
                    Optional.of("Please complete the required fields."), captcha));
        }
        context.recorder().record(new Submission(NAME, posting.postingId(), request.path(), request.method(),
                request.receivedAt(), request.form(), request.headers(), Optional.empty()));
        // post/redirect/get, like the real board's move to /confirmation
        return ReplicaResponse.redirect(303, siteUrl + "/" + posting.boardToken() + "/jobs/" + posting.postingId()
                + "/confirmation");
    }

    private static ReplicaResponse confirmationPage(GreenhousePosting posting) {
        return ReplicaResponse.html(200, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Application confirmation - " + Html.escape(posting.title()) + "</title></head><body>"
                + "<div class=\"application-confirmation\"><div class=\"job__title\"><h1 class=\"section-header\">"
                + Html.escape(posting.title()) + "</h1></div>"
                + "<h2 class=\"application-confirmation__header\">Thank you for applying.</h2>"
                + "<p class=\"application-confirmation__message\">Your application has been received.</p>"
                + "</div></body></html>");
    }
}
