package dev.nyx.testkit.lever;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.captcha.CaptchaWidgetSite;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.captcha.WidgetKind;
import dev.nyx.testkit.lever.internal.LeverApiSite;
import dev.nyx.testkit.lever.internal.LeverCaptchaGuard;
import dev.nyx.testkit.lever.internal.LeverCatalog;
import dev.nyx.testkit.lever.internal.LeverJobsSite;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Lever replicas on a {@link ReplicaServer} (ATS-NOTES 2): the hosted board under
 * {@value #JOBS_MOUNT} (and its EU twin {@value #EU_JOBS_MOUNT}), the postings API under
 * {@value #API_MOUNT} (and {@value #EU_API_MOUNT}), all serving the same postings. Apply pages carry the
 * resume parse that pre-fills the basics ({@link LeverResumeParse}), the location type-ahead, and, when
 * started with CAPTCHA tokens, the invisible hCaptcha that Lever runs on submit.
 *
 * <p>Create one per server with {@link #start}; the server owns the lifetime. Thread-safe.
 */
public final class LeverReplica {
    public static final String JOBS_MOUNT = "/jobs.lever.co";
    public static final String EU_JOBS_MOUNT = "/jobs.eu.lever.co";
    public static final String API_MOUNT = "/api.lever.co";
    public static final String EU_API_MOUNT = "/api.eu.lever.co";
    /** Where the hCaptcha widget replica is served when the forms carry one. */
    public static final String CAPTCHA_MOUNT = "/lever-hcaptcha";
    /** What the apply page says when a submit carries no valid hCaptcha token. */
    public static final String CAPTCHA_REFUSAL = LeverCaptchaGuard.REFUSAL;
    private static final Set<String> SITES = Set.of("lever-jobs", "lever-jobs-eu");

    private final ReplicaServer server;
    private final LeverCatalog catalog;
    private final List<LeverApiSite> apis;

    private LeverReplica(ReplicaServer server, LeverCatalog catalog, List<LeverApiSite> apis) {
        this.server = server;
        this.catalog = catalog;
        this.apis = apis;
    }

    /** Mounts the replicas with {@link LeverFixtures#postings()}, the stale resume parse and no CAPTCHA. */
    public static LeverReplica start(ReplicaServer server) {
        return start(server, LeverFixtures.postings(), Optional.of(LeverResumeParse.stale()), Optional.empty());
    }

    /**
     * Mounts the replicas.
     *
     * @param parse   what the resume parse pre-fills, or empty for a parse that finds nothing
     * @param captcha the tokens the test's CAPTCHA emulators issue: every apply form then carries the
     *                invisible hCaptcha and a submit without a token issued for its site key records nothing
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when the server already hosts them
     */
    public static LeverReplica start(ReplicaServer server, List<LeverPosting> postings,
                                     Optional<LeverResumeParse> parse, Optional<IssuedTokens> captcha) {
        requireNonNull(server, "server is null");
        requireNonNull(postings, "postings is null");
        LeverCatalog catalog = new LeverCatalog(postings);
        Optional<LeverCaptchaGuard> guard = captcha.map(tokens -> new LeverCaptchaGuard(WidgetKind.HCAPTCHA.siteKey(),
                server.url(CAPTCHA_MOUNT + "/js.hcaptcha.com/1/api.js").toString(), tokens));
        captcha.ifPresent(tokens -> server.mount(new CaptchaWidgetSite(CAPTCHA_MOUNT, tokens)));
        LeverApiSite api = new LeverApiSite("lever-api", API_MOUNT, catalog,
                posting -> server.url(JOBS_MOUNT + "/" + posting.site() + "/" + posting.id()).toString());
        LeverApiSite euApi = new LeverApiSite("lever-api-eu", EU_API_MOUNT, catalog,
                posting -> server.url(EU_JOBS_MOUNT + "/" + posting.site() + "/" + posting.id()).toString());
        server.mount(api).mount(euApi)
                .mount(new LeverJobsSite("lever-jobs", JOBS_MOUNT, catalog, parse, guard))
                .mount(new LeverJobsSite("lever-jobs-eu", EU_JOBS_MOUNT, catalog, parse, guard));
        return new LeverReplica(server, catalog, List.of(api, euApi));
    }

    public ReplicaServer server() {
        return server;
    }

    /** The posting page of {@code id} on {@link LeverFixtures#SITE} (works for ids that do not exist). */
    public URI postingUrl(String id) {
        return postingUrl(LeverFixtures.SITE, id);
    }

    /** The posting page of {@code id} on {@code site}. */
    public URI postingUrl(String site, String id) {
        return server.url(JOBS_MOUNT + "/" + site + "/" + id);
    }

    /** The apply page of {@code id} on {@link LeverFixtures#SITE}. */
    public URI applyUrl(String id) {
        return URI.create(postingUrl(id) + "/apply");
    }

    /** The posting page of {@code id} on the EU board. */
    public URI euPostingUrl(String id) {
        return server.url(EU_JOBS_MOUNT + "/" + LeverFixtures.SITE + "/" + id);
    }

    /** The hosted board of {@code site}. */
    public URI boardUrl(String site) {
        return server.url(JOBS_MOUNT + "/" + site);
    }

    /** The postings API's root, for the adapter's {@code apiBaseUrl} setting. */
    public URI apiBaseUrl() {
        return server.url(API_MOUNT);
    }

    /** The EU postings API's root, for the adapter's {@code euApiBaseUrl} setting. */
    public URI euApiBaseUrl() {
        return server.url(EU_API_MOUNT);
    }

    /** Adds a posting, or replaces the one with its id. */
    public void put(LeverPosting posting) {
        catalog.put(posting);
    }

    /** Closes posting {@code id}: from now on the API and its pages answer 404. */
    public void close(String id) {
        LeverPosting posting = catalog.all().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "no replica posting has id " + id));
        catalog.put(posting.closed());
    }

    /** From now on both postings APIs answer garbage (HTTP 200, an HTML error page) about {@code site}. */
    public void apiAnswersGarbage(String site) {
        apis.forEach(api -> api.answerGarbage(site));
    }

    /** Every application a Lever board accepted, oldest first. */
    public List<Submission> submissions() {
        return server.recorder().submissions().stream().filter(submission -> SITES.contains(submission.site()))
                .toList();
    }

    /** The accepted applications for one posting. */
    public List<Submission> submissionsFor(String id) {
        return submissions().stream().filter(submission -> submission.postingId().equals(id)).toList();
    }
}
