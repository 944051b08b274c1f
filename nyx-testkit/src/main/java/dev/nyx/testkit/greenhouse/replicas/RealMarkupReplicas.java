package dev.nyx.testkit.greenhouse.replicas;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Six Greenhouse application pages written by hand after what public pages contain, each unlike the
 * generated {@code GreenhouseReplica} pages in a way that matters to an adapter: the embedded iframe
 * board, an education section, the EEOC block with a demographic self-identification variant, a plain
 * text location with checkbox-group multi-selects, a long form with follow-ups and hidden system
 * fields, and a German-worded EU board. Mount them with {@link #start}; the server owns the lifetime.
 * Thread-safe.
 */
public final class RealMarkupReplicas {
    public static final String MOUNT = "/greenhouse-real-markup";

    /** A company careers page embedding the classic form in {@code iframe#grnhse_iframe} ({@code ?gh_jid=}); no API answer. */
    public static final RealMarkupPage EMBEDDED_IFRAME = new RealMarkupPage("embedded-iframe", "lumen", 5550101L,
            GreenhouseStyle.CLASSIC, true, Optional.empty(), List.of("job_application[first_name]",
            "job_application[last_name]", "job_application[email]", "job_application[resume_url]"));
    /** Classic page with the education section (school/degree/discipline selects, MM/YYYY dates). */
    public static final RealMarkupPage EDUCATION_CLASSIC = new RealMarkupPage("education-classic", "orbital", 5550202L,
            GreenhouseStyle.CLASSIC, false, Optional.of("education-classic.json"), List.of("job_application[first_name]",
            "job_application[last_name]", "job_application[email]",
            "job_application[educations][][school_name_id]"));
    /** New board with the US EEOC block and a voluntary self-identification (demographic) block of checkboxes. */
    public static final RealMarkupPage EEO_DEMOGRAPHICS = new RealMarkupPage("eeo-demographics", "parcelly", 5550303L,
            GreenhouseStyle.JOB_BOARDS, false, Optional.empty(), List.of("first_name", "last_name", "email"));
    /** New board with location autocomplete off (plain text) and multi-selects rendered as checkbox groups. */
    public static final RealMarkupPage PLAIN_LOCATION_CHECKBOXES = new RealMarkupPage("plain-location-checkboxes",
            "tidewater", 5550404L, GreenhouseStyle.JOB_BOARDS, false, Optional.empty(),
            List.of("first_name", "last_name", "email", "location"));
    /** Classic long form: 40+ questions, follow-ups, a label-above-list checkbox group, a dormant reCAPTCHA field. */
    public static final RealMarkupPage LONG_FORM_CLASSIC = new RealMarkupPage("long-form-classic", "meridian", 5550505L,
            GreenhouseStyle.CLASSIC, false, Optional.empty(), List.of("job_application[first_name]",
            "job_application[last_name]", "job_application[email]"));
    /** EU new board worded in German: "(optional)" markers, aria-required, a GDPR consent, the upload inside its button's label. */
    public static final RealMarkupPage GERMAN_EU_BOARD = new RealMarkupPage("german-eu-board", "nordlicht", 5550606L,
            GreenhouseStyle.JOB_BOARDS, false, Optional.empty(), List.of("first_name", "last_name", "email"));

    private final ReplicaServer server;

    private RealMarkupReplicas(ReplicaServer server) {
        this.server = server;
    }

    /** Every replica page, in the order above. */
    public static List<RealMarkupPage> pages() {
        return List.of(EMBEDDED_IFRAME, EDUCATION_CLASSIC, EEO_DEMOGRAPHICS, PLAIN_LOCATION_CHECKBOXES,
                LONG_FORM_CLASSIC, GERMAN_EU_BOARD);
    }

    /** Mounts all pages under {@link #MOUNT}. */
    public static RealMarkupReplicas start(ReplicaServer server) {
        requireNonNull(server, "server is null");
        server.mount(new RealMarkupSite(MOUNT, pages()));
        return new RealMarkupReplicas(server);
    }

    /** Where a browser opens the page: the company careers page for an embedded one, else the job page. */
    public URI pageUrl(RealMarkupPage page) {
        requireNonNull(page, "page is null");
        return page.embedded()
                ? server.url(MOUNT + "/" + page.boardToken() + "/careers?gh_jid=" + page.postId())
                : server.url(MOUNT + "/" + page.boardToken() + "/jobs/" + page.postId());
    }

    /** The page's own job URL on its board ({@code /{token}/jobs/{id}}), also for an embedded one. */
    public URI jobUrl(RealMarkupPage page) {
        requireNonNull(page, "page is null");
        return server.url(MOUNT + "/" + page.boardToken() + "/jobs/" + page.postId());
    }

    /** The base URL of the replicas' Job Board API ({@code /v1/boards/{token}/jobs/{id}}), for the adapter's setting. */
    public URI apiBaseUrl() {
        return server.url(MOUNT);
    }

    /** What the pages' server accepted for one page, oldest first. */
    public List<Submission> submissionsFor(RealMarkupPage page) {
        requireNonNull(page, "page is null");
        return server.recorder().submissions().stream().filter(submission -> submission.site().equals(RealMarkupSite.NAME)
                && submission.postingId().equals(page.postingId())).toList();
    }
}
