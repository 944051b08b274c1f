package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.captcha.CaptchaWidgetSite;
import dev.nyx.testkit.greenhouse.internal.ApiSite;
import dev.nyx.testkit.greenhouse.internal.Catalog;
import dev.nyx.testkit.greenhouse.internal.ClassicBoardSite;
import dev.nyx.testkit.greenhouse.internal.FieldNames;
import dev.nyx.testkit.greenhouse.internal.JobBoardsSite;
import dev.nyx.testkit.greenhouse.internal.RecaptchaGuard;
import java.net.URI;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The Greenhouse replicas on a {@link ReplicaServer}: the Job Board API under
 * {@code /boards-api.greenhouse.io}, the classic board under {@code /boards.greenhouse.io} and the
 * new board under {@code /job-boards.greenhouse.io}, all serving the same fixture postings.
 *
 * <p>Create one per server with {@link #start}; the server owns the lifetime (close the server).
 * Thread-safe: the postings may change while the sites run ({@link #publish}, {@link #withdraw}),
 * submissions come from the server's thread-safe recorder.
 */
public final class GreenhouseReplica {
    public static final String API_MOUNT = "/boards-api.greenhouse.io";
    public static final String CLASSIC_MOUNT = "/boards.greenhouse.io";
    public static final String JOB_BOARDS_MOUNT = "/job-boards.greenhouse.io";
    /** Where the reCAPTCHA widget replica is served when the classic form carries one ({@link GreenhouseCaptcha}). */
    public static final String CAPTCHA_MOUNT = "/greenhouse-recaptcha";
    /** The partner-API key the replica accepts unless another is given. */
    public static final String DEFAULT_API_KEY = "replica-board-api-key";
    /** The error the pages show when a submit carries no valid reCAPTCHA token. */
    public static final String CAPTCHA_REFUSAL = RecaptchaGuard.REFUSAL;
    private static final Set<String> SITES = Set.of(ApiSite.NAME, ClassicBoardSite.NAME, JobBoardsSite.NAME);

    private final ReplicaServer server;
    private final Catalog catalog;

    private GreenhouseReplica(ReplicaServer server, Catalog catalog) {
        this.server = server;
        this.catalog = catalog;
    }

    /** Mounts the replicas with {@link GreenhouseFixtures#postings()} on {@code server}. */
    public static GreenhouseReplica start(ReplicaServer server) {
        return start(server, GreenhouseFixtures.postings(), DEFAULT_API_KEY, new SecureRandom());
    }

    /**
     * Mounts the replicas with the given postings.
     *
     * @param apiKey the key partner-API applications must send (a test value, never a real key)
     * @param random source of the classic board's CSRF tokens
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when the server already hosts them
     */
    public static GreenhouseReplica start(ReplicaServer server, List<GreenhousePosting> postings, String apiKey,
                                          RandomGenerator random) {
        return start(server, postings, apiKey, random, Optional.empty());
    }

    /**
     * Mounts the replicas with {@link GreenhouseFixtures#postings()}, the application forms of both
     * page styles carrying {@code captcha}: a submit then records nothing (the page shows
     * {@link #CAPTCHA_REFUSAL}) unless the posted {@code g-recaptcha-response} is a token the test's
     * emulators issued for the widget's site key. The widget's scripts are served under
     * {@link #CAPTCHA_MOUNT}.
     */
    public static GreenhouseReplica start(ReplicaServer server, GreenhouseCaptcha captcha) {
        requireNonNull(captcha, "captcha is null");
        return start(server, GreenhouseFixtures.postings(), DEFAULT_API_KEY, new SecureRandom(), Optional.of(captcha));
    }

    private static GreenhouseReplica start(ReplicaServer server, List<GreenhousePosting> postings, String apiKey,
                                           RandomGenerator random, Optional<GreenhouseCaptcha> captcha) {
        requireNonNull(server, "server is null");
        Catalog catalog = new Catalog(postings);
        GreenhouseReplica replica = new GreenhouseReplica(server, catalog);
        server.mount(new ApiSite(API_MOUNT, catalog, apiKey,
                posting -> replica.postingUrl(GreenhouseStyle.CLASSIC, posting.id()).toString()));
        Optional<RecaptchaGuard> guard = captcha.map(widget -> new RecaptchaGuard(widget,
                server.url(CAPTCHA_MOUNT + "/www.google.com/recaptcha/api.js").toString()));
        if (captcha.isPresent()) {
            // the testkit's widget replica: api.js and the anchor frame, at their real paths
            server.mount(new CaptchaWidgetSite(CAPTCHA_MOUNT, captcha.get().tokens()));
        }
        server.mount(new ClassicBoardSite(CLASSIC_MOUNT, catalog, random, guard));
        server.mount(new JobBoardsSite(JOB_BOARDS_MOUNT, catalog, guard));
        return replica;
    }

    public ReplicaServer server() {
        return server;
    }

    public List<GreenhousePosting> postings() {
        return catalog.all();
    }

    /**
     * @throws NyxException {@link ErrorCode#NOT_FOUND} for an id that is not a fixture posting
     */
    public GreenhousePosting posting(long postId) {
        return catalog.all().stream().filter(posting -> posting.id() == postId).findFirst()
                .orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "no fixture posting has id " + postId
                        + "; known ids: " + catalog.all().stream().map(GreenhousePosting::id).toList()));
    }

    /**
     * The URL of a posting in a style: the API job detail with {@code ?questions=true}, or the
     * application page. Works for ids that do not exist, to test 404s.
     */
    public URI postingUrl(GreenhouseStyle style, long postId) {
        String board = catalog.all().stream().filter(posting -> posting.id() == postId).findFirst()
                .map(GreenhousePosting::boardToken).orElse(GreenhouseFixtures.BOARD);
        return switch (style) {
            case API -> server.url(API_MOUNT + "/v1/boards/" + board + "/jobs/" + postId + "?questions=true");
            case CLASSIC -> server.url(CLASSIC_MOUNT + "/" + board + "/jobs/" + postId);
            case JOB_BOARDS -> server.url(JOB_BOARDS_MOUNT + "/" + board + "/jobs/" + postId);
        };
    }

    /** The API's job list of a board. */
    public URI jobListUrl(String boardToken) {
        return server.url(API_MOUNT + "/v1/boards/" + boardToken + "/jobs");
    }

    /** The board's page on the classic replica ({@code .../boards.greenhouse.io/{token}}), as a watch names it. */
    public URI boardUrl(String boardToken) {
        return server.url(CLASSIC_MOUNT + "/" + requireNonNull(boardToken, "boardToken is null"));
    }

    /**
     * Adds a posting to its board while the replicas run (the board comes into being), or replaces
     * the posting with the same board and id: the API lists it and the pages serve it from now on.
     */
    public void publish(GreenhousePosting posting) {
        catalog.publish(posting);
    }

    /** Takes a posting off its board: the API stops listing it and its pages answer 404. */
    public boolean withdraw(String boardToken, long postId) {
        return catalog.withdraw(boardToken, postId);
    }

    /** Makes an existing board with no open posting (the API lists none instead of answering 404). */
    public void openBoard(String boardToken) {
        catalog.openBoard(boardToken);
    }

    /** Where the new board lands after a successful submit. */
    public URI confirmationUrl(long postId) {
        return URI.create(postingUrl(GreenhouseStyle.JOB_BOARDS, postId) + "/confirmation");
    }

    /** The name a style posts for an API field ({@code first_name}, {@code question_5009[]}, {@code gender}, ...). */
    public String fieldName(GreenhouseStyle style, long postId, String apiFieldName) {
        return FieldNames.posted(style, posting(postId), apiFieldName);
    }

    /**
     * API field name to posted name for every question of a posting in a style, in page order
     * (standard fields, location, custom questions, EEOC).
     */
    public Map<String, String> expectedFieldNames(GreenhouseStyle style, long postId) {
        GreenhousePosting posting = posting(postId);
        Map<String, String> names = new LinkedHashMap<>();
        posting.questions().forEach(question -> question.fields().forEach(field ->
                names.put(field.name(), FieldNames.posted(style, posting, field.name()))));
        if (posting.locationQuestion() != LocationQuestion.NONE) {
            for (String name : List.of("location", "latitude", "longitude")) {
                names.put(name, FieldNames.posted(style, posting, name));
            }
        }
        if (posting.eeoc()) {
            Eeoc.questions().forEach(question ->
                    names.put(question.field().name(), FieldNames.posted(style, posting, question.field().name())));
        }
        return names;
    }

    /** Every submission any Greenhouse replica accepted, oldest first. */
    public List<Submission> submissions() {
        return server.recorder().submissions().stream().filter(submission -> SITES.contains(submission.site()))
                .toList();
    }

    /** The Greenhouse submissions for one posting. */
    public List<Submission> submissionsFor(long postId) {
        String postingId = Long.toString(postId);
        return submissions().stream().filter(submission -> submission.postingId().equals(postingId)).toList();
    }
}
