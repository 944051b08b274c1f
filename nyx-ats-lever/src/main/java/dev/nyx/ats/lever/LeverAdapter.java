package dev.nyx.ats.lever;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import dev.nyx.ats.lever.internal.LeverForm;
import dev.nyx.ats.lever.internal.LeverPage;
import dev.nyx.ats.lever.internal.LeverSubmitter;
import dev.nyx.ats.lever.internal.LeverUrl;
import dev.nyx.ats.lever.internal.PostingsApi;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.BoardPosting;
import dev.nyx.model.Confirmation;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies on Lever: hosted postings ({@code jobs.lever.co/<site>/<uuid>} and its {@code /apply} page, the EU
 * board {@code jobs.eu.lever.co}) and Lever forms embedded on company pages (found by fingerprint).
 *
 * <p>The form is always read from the apply page (the postings API does not describe custom questions);
 * the public postings API ({@code GET /v0/postings/<site>/<uuid>}) enriches the posting with its title,
 * location and description. When the API fails (network, time-out, 429, 5xx, an answer that is not a
 * posting) the page alone is used. Closed and missing postings are told apart on the page
 * ({@link ErrorCode#POSTING_CLOSED}, {@link ErrorCode#POSTING_NOT_FOUND}, naming an unknown site). Filling goes
 * through {@code dev.nyx.spi.support} with the resume first (Lever's parse pre-fills the basics; the answers
 * overwrite it); submit clicks once and passes the hCaptcha Lever runs on submit to the CAPTCHA gate.
 * {@link #listBoard} lists a site's open postings from the API, page by page.
 *
 * <p>Settings ({@code plugins.settings.lever}): {@code apiBaseUrl} (default {@value #DEFAULT_API_BASE_URL}),
 * {@code euApiBaseUrl} (default {@value #DEFAULT_EU_API_BASE_URL}), {@code useApi} (default {@code true}).
 *
 * <p>Constructed once by the host's injector and shared: stateless and thread-safe; each call works on the
 * context's own page from the caller's thread. Failures are {@link NyxException}s: the codes above,
 * {@link ErrorCode#FORM_REJECTED}, {@link ErrorCode#CAPTCHA_UNSOLVED}, {@link ErrorCode#TIMEOUT},
 * {@link ErrorCode#NETWORK}, {@link ErrorCode#INVALID_CONFIGURATION} for bad settings, and the form helpers' codes.
 */
@Extension
public class LeverAdapter implements AtsAdapter {
    /** The adapter's name, also its plugin's id (settings under {@code plugins.settings.lever}). */
    public static final String NAME = "lever";
    public static final String API_BASE_URL_SETTING = "apiBaseUrl";
    public static final String EU_API_BASE_URL_SETTING = "euApiBaseUrl";
    public static final String USE_API_SETTING = "useApi";
    public static final String DEFAULT_API_BASE_URL = "https://api.lever.co";
    public static final String DEFAULT_EU_API_BASE_URL = "https://api.eu.lever.co";
    private static final Logger LOG = LoggerFactory.getLogger(LeverAdapter.class);
    /** API failures after which the posting is read from its page alone. */
    private static final Set<ErrorCode> API_FALLBACK_CODES = Set.of(ErrorCode.NETWORK, ErrorCode.TIMEOUT,
            ErrorCode.RATE_LIMITED);

    private final PostingsApi api;
    private final boolean useApi;

    @Inject
    public LeverAdapter(ExtensionContext context) {
        requireNonNull(context, "context is null");
        ExtensionSettings settings = context.settings();
        this.api = new PostingsApi(settings.getUri(API_BASE_URL_SETTING, URI.create(DEFAULT_API_BASE_URL)),
                settings.getUri(EU_API_BASE_URL_SETTING, URI.create(DEFAULT_EU_API_BASE_URL)));
        this.useApi = settings.getBoolean(USE_API_SETTING, true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(URI url) {
        return url != null && LeverUrl.parse(url).isPresent();
    }

    @Override
    public boolean recognises(Page page) {
        return page != null && LeverPage.recognises(page);
    }

    @Override
    public JobPosting fetchPosting(URI url, PageContext context) {
        requireNonNull(url, "url is null");
        requireNonNull(context, "context is null");
        Optional<LeverUrl> parsed = LeverUrl.parseLenient(url);
        AtomicReference<LeverPage.Facts> postingPage = new AtomicReference<>();
        Frame frame;
        try {
            frame = LeverPage.open(context.page(), url, parsed, context.stepTimeout(), postingPage::set);
        } catch (NyxException missing) {
            throw missing.code() == ErrorCode.POSTING_NOT_FOUND ? explainMissing(missing, parsed, context) : missing;
        }
        LeverUrl posting = parsed.or(() -> LeverPage.postingOfForm(frame)).orElseThrow(() -> new NyxException(
                ErrorCode.UNSUPPORTED_SITE, "The Lever form on " + url + " does not say which posting it is for;"
                + " open the posting's own jobs.lever.co address instead."));
        FormSchema form = LeverForm.read(frame, context.stepTimeout());
        LeverPage.Facts facts = Optional.ofNullable(postingPage.get()).orElseGet(() -> LeverPage.facts(frame));
        Optional<JsonNode> json = useApi ? fromApi(posting, context) : Optional.empty();
        PostingKey key = PostingKey.of(NAME, posting.keyPart());
        String title = json.map(node -> node.path("text").asText("")).filter(text -> !text.isBlank())
                .orElse(facts.title());
        if (title.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_POSTING, "The Lever page " + url + " shows no job title.");
        }
        Optional<String> location = json.map(node -> node.path("categories").path("location").asText(""))
                .filter(text -> !text.isBlank()).or(facts::location);
        String description = json.map(LeverAdapter::description).filter(text -> !text.isBlank())
                .orElse(facts.description());
        return new JobPosting(key, url, NAME, title, facts.company().orElse(posting.site()), location, description,
                Optional.empty(), facts.language(), form);
    }

    /** {@code https://jobs.lever.co/{site}} for a company that goes by {@code site} on Lever (lower case, letters and digits). */
    @Override
    public Optional<URI> boardOf(String company) {
        String site = requireNonNull(company, "company is null").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
        return site.isEmpty() ? Optional.empty() : Optional.of(URI.create("https://jobs.lever.co/" + site));
    }

    @Override
    public boolean listsBoard(URI boardUrl) {
        return boardUrl != null && LeverUrl.board(boardUrl).isPresent();
    }

    @Override
    public List<BoardPosting> listBoard(URI boardUrl, PageContext context) {
        requireNonNull(context, "context is null");
        LeverUrl.Board board = LeverUrl.board(requireNonNull(boardUrl, "boardUrl is null")).orElseThrow(() ->
                new NyxException(ErrorCode.UNSUPPORTED_SITE, "The Lever adapter lists boards at jobs.lever.co/<site>"
                        + " or api.lever.co/v0/postings/<site>, not " + boardUrl));
        return api.board(context.web(), board.site(), board.eu());
    }

    @Override
    public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        requireNonNull(answers, "answers is null");
        requireNonNull(context, "context is null");
        Frame frame = LeverPage.open(context.page(), posting.url(), LeverUrl.parseLenient(posting.url()),
                context.stepTimeout(), facts -> { });
        LeverForm.fill(context, frame, posting, answers);
    }

    @Override
    public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        requireNonNull(context, "context is null");
        return LeverPage.formFrame(context.page())
                .map(frame -> LeverForm.readBack(frame, context.stepTimeout(), posting.form()))
                .orElse(Map.of());
    }

    @Override
    public Confirmation submit(JobPosting posting, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        return LeverSubmitter.submit(requireNonNull(context, "context is null"));
    }

    private Optional<JsonNode> fromApi(LeverUrl posting, PageContext context) {
        try {
            Optional<JsonNode> json = api.posting(context.web(), posting);
            if (json.isEmpty()) {
                LOG.info("The Lever postings API at {} has no posting {}; the page shows its form, using the page",
                        api.baseUrl(posting.eu()), posting.keyPart());
            }
            return json;
        } catch (NyxException failed) {
            if (!API_FALLBACK_CODES.contains(failed.code())) {
                throw failed;
            }
            // the page is the source of truth; the API only enriches it
            LOG.info("The Lever postings API could not give posting {} ({}: {}); using the page alone",
                    posting.keyPart(), failed.code(), failed.getMessage());
            context.note("The Lever postings API failed (" + failed.code() + "); the posting was read from its page.");
            return Optional.empty();
        }
    }

    /** A missing posting on a site Lever does not know is said so. */
    private NyxException explainMissing(NyxException missing, Optional<LeverUrl> parsed, PageContext context) {
        if (!useApi || parsed.isEmpty()) {
            return missing;
        }
        try {
            api.board(context.web(), parsed.get().site(), parsed.get().eu());
        } catch (NyxException board) {
            if (board.code() == ErrorCode.NOT_FOUND) {
                return new NyxException(ErrorCode.POSTING_NOT_FOUND, "Lever has no job site named '"
                        + parsed.get().site() + "', so it has no posting " + parsed.get().postingId()
                        + "; check the company's Lever address.", missing);
            }
        }
        return missing;
    }

    private static String description(JsonNode posting) {
        StringBuilder text = new StringBuilder(posting.path("descriptionPlain").asText("").strip());
        for (JsonNode list : posting.path("lists")) {
            text.append("\n\n").append(list.path("text").asText("")).append('\n')
                    .append(list.path("content").asText("").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        String additional = posting.path("additionalPlain").asText("").strip();
        if (!additional.isBlank()) {
            text.append("\n\n").append(additional);
        }
        return text.toString().strip();
    }
}
