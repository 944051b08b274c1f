package dev.nyx.ats.greenhouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import dev.nyx.ats.greenhouse.internal.ApiPostingMapper;
import dev.nyx.ats.greenhouse.internal.DomPostingReader;
import dev.nyx.ats.greenhouse.internal.GreenhouseBoard;
import dev.nyx.ats.greenhouse.internal.GreenhouseFiller;
import dev.nyx.ats.greenhouse.internal.GreenhousePage;
import dev.nyx.ats.greenhouse.internal.GreenhouseSubmitter;
import dev.nyx.ats.greenhouse.internal.GreenhouseUrl;
import dev.nyx.ats.greenhouse.internal.JobBoardApi;
import dev.nyx.ats.greenhouse.internal.PageQuestions;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.model.Question;
import java.util.stream.Collectors;
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
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Applies on Greenhouse: the classic hosted board ({@code boards.greenhouse.io}), the new board
 * ({@code job-boards.greenhouse.io}, also the EU region) and boards embedded on company pages
 * ({@code ?gh_jid=}, {@code iframe#grnhse_iframe}).
 *
 * <p>Postings come from the public Job Board API when the board token is known, from the page's
 * form otherwise (or when {@code plugins.settings.greenhouse.useApi} is {@code false}); both give the
 * same question ids (the API field names). The page is the source of truth: when the API cannot be
 * reached, fails ({@code NETWORK}, {@code TIMEOUT}, {@code RATE_LIMITED}) or does not know the posting
 * (404), the posting is read from the page, which tells closed and missing postings apart; with the
 * API's answer the page is read too, and what only it asks (Greenhouse's education block) is added in
 * page order. Filling goes through {@code dev.nyx.spi.support}; submit
 * clicks once and reports the confirmation or the page's own errors.
 *
 * <p>Settings ({@code plugins.settings.greenhouse}): {@code apiBaseUrl} (default
 * {@value #DEFAULT_API_BASE_URL}), {@code useApi} (default {@code true}).
 *
 * <p>Constructed once by the host's injector and shared: stateless and thread-safe; each call works
 * on the context's own page from the caller's thread. Failures are {@link NyxException}s:
 * {@link ErrorCode#POSTING_NOT_FOUND}, {@link ErrorCode#POSTING_CLOSED}, {@link ErrorCode#FORM_REJECTED},
 * {@link ErrorCode#TIMEOUT}, {@link ErrorCode#NETWORK}, {@link ErrorCode#INVALID_CONFIGURATION} for bad
 * settings, and the form helpers' codes.
 */
@Extension
public class GreenhouseAdapter implements AtsAdapter {
    /** The adapter's name, also its plugin's id (settings under {@code plugins.settings.greenhouse}). */
    public static final String NAME = "greenhouse";
    public static final String API_BASE_URL_SETTING = "apiBaseUrl";
    public static final String USE_API_SETTING = "useApi";
    public static final String DEFAULT_API_BASE_URL = "https://boards-api.greenhouse.io";
    private static final Logger LOG = LoggerFactory.getLogger(GreenhouseAdapter.class);
    /** API failures after which the posting is read from its page instead. */
    private static final Set<ErrorCode> API_FALLBACK_CODES = Set.of(ErrorCode.NETWORK, ErrorCode.TIMEOUT,
            ErrorCode.RATE_LIMITED);

    private final JobBoardApi api;
    private final boolean useApi;

    @Inject
    public GreenhouseAdapter(ExtensionContext context) {
        requireNonNull(context, "context is null");
        ExtensionSettings settings = context.settings();
        this.api = new JobBoardApi(settings.getUri(API_BASE_URL_SETTING, URI.create(DEFAULT_API_BASE_URL)));
        this.useApi = settings.getBoolean(USE_API_SETTING, true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(URI url) {
        return url != null && GreenhouseUrl.parse(url).isPresent();
    }

    @Override
    public boolean recognises(Page page) {
        return page != null && GreenhousePage.recognises(page);
    }

    @Override
    public JobPosting fetchPosting(URI url, PageContext context) {
        requireNonNull(url, "url is null");
        requireNonNull(context, "context is null");
        Optional<GreenhouseUrl> parsed = GreenhouseUrl.parseLenient(url);
        if (useApi && parsed.isPresent() && parsed.get().boardToken().isPresent()) {
            return fromApi(url, parsed.get(), context);
        }
        return fromPage(url, parsed, context);
    }

    /** {@code https://boards.greenhouse.io/{token}} for a company that goes by {@code token} on Greenhouse. */
    @Override
    public Optional<URI> boardOf(String company) {
        return GreenhouseBoard.ofCompany(requireNonNull(company, "company is null")).map(GreenhouseBoard::publicUrl);
    }

    @Override
    public boolean listsBoard(URI boardUrl) {
        return boardUrl != null && GreenhouseBoard.parse(boardUrl).isPresent();
    }

    /** The board's open jobs from the Job Board API ({@code /v1/boards/{token}/jobs}); the page is not used. */
    @Override
    public List<BoardPosting> listBoard(URI boardUrl, PageContext context) {
        requireNonNull(boardUrl, "boardUrl is null");
        requireNonNull(context, "context is null");
        GreenhouseBoard board = GreenhouseBoard.parse(boardUrl).orElseThrow(() -> new NyxException(
                ErrorCode.UNSUPPORTED_SITE, boardUrl + " is not a Greenhouse board; give one like"
                + " https://boards.greenhouse.io/acme"));
        return api.jobs(context.web(), board.token());
    }

    @Override
    public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        requireNonNull(answers, "answers is null");
        GreenhouseFiller.fill(requireNonNull(context, "context is null"), posting, answers);
    }

    @Override
    public Confirmation submit(JobPosting posting, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        return GreenhouseSubmitter.submit(requireNonNull(context, "context is null"));
    }

    @Override
    public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        return GreenhouseFiller.readBack(requireNonNull(context, "context is null"), posting.form());
    }

    private JobPosting fromApi(URI url, GreenhouseUrl posting, PageContext context) {
        String token = posting.boardToken().orElseThrow();
        PostingKey key = PostingKey.of(NAME, posting.keyPart());
        Optional<JsonNode> job;
        try {
            job = api.job(context.web(), token, posting.jobId());
        } catch (NyxException e) {
            if (!API_FALLBACK_CODES.contains(e.code())) {
                throw e;
            }
            // the page is the source of truth for the form; the API only enriches it
            LOG.info("The Greenhouse Job Board API could not give posting {} ({}: {}); reading the form from the page",
                    key, e.code(), e.getMessage());
            return fromPage(url, Optional.of(posting), context);
        }
        if (job.isEmpty()) {
            // the API forgets closed jobs, and some live boards are missing from it: the page tells
            // closed (POSTING_CLOSED) and never-existed (POSTING_NOT_FOUND) from a live form
            LOG.info("The Greenhouse Job Board API at {} has no posting {}; reading the page", api.baseUrl(), key);
            return fromPage(url, Optional.of(posting), context);
        }
        LOG.debug("Read Greenhouse posting {} from the Job Board API", key);
        return withPageOnlyQuestions(ApiPostingMapper.map(job.get(), NAME, key, url, token), context);
    }

    /**
     * The page is the source of truth for the form: what it asks beyond the API's questions (Greenhouse's
     * own education block, which the Job Board API does not list) is added where the page shows it. A page
     * that cannot be read leaves the API's form as it is (the fill opens the page again and says why).
     */
    private static JobPosting withPageOnlyQuestions(JobPosting posting, PageContext context) {
        FormSchema fromPage;
        try {
            Frame frame = GreenhousePage.current(context.page(), posting.url(), context.stepTimeout());
            fromPage = DomPostingReader.form(frame, context.stepTimeout(), posting.form().questions().stream()
                    .map(Question::id).collect(Collectors.toSet()));
        } catch (NyxException | PlaywrightException e) {
            LOG.info("Could not read the page of Greenhouse posting {} besides its API answer ({}); using the API's form",
                    posting.key(), e.getMessage());
            return posting;
        }
        List<Question> merged = PageQuestions.merge(posting.form().questions(), fromPage.questions());
        if (merged.size() == posting.form().questions().size()) {
            return posting;
        }
        return new JobPosting(posting.key(), posting.url(), posting.ats(), posting.title(), posting.company(),
                posting.location(), posting.description(), posting.salary(), posting.language(),
                new FormSchema(merged));
    }

    private JobPosting fromPage(URI url, Optional<GreenhouseUrl> parsed, PageContext context) {
        Frame frame = GreenhousePage.open(context.page(), url, context.stepTimeout());
        DomPostingReader.PageFacts facts = DomPostingReader.facts(frame);
        FormSchema form = DomPostingReader.form(frame, context.stepTimeout());
        // a company page's ?gh_jid= does not name the board; the embedded form's frame does, and the key
        // must be the one the board's own URL gives: one job, whichever door it was reached through
        Optional<GreenhouseUrl> named = parsed.filter(found -> found.boardToken().isPresent())
                .or(() -> frameUrl(frame).flatMap(GreenhouseUrl::parseLenient)
                        .filter(found -> found.boardToken().isPresent()))
                .or(() -> parsed);
        String keyPart = named.map(GreenhouseUrl::keyPart).orElseGet(() -> jobIdFromForm(frame, url));
        String company = facts.company().or(() -> named.flatMap(GreenhouseUrl::boardToken)).orElse(url.getHost());
        return new JobPosting(PostingKey.of(NAME, keyPart), url, NAME, facts.title(), company, facts.location(),
                facts.description(), facts.salary(), facts.language(), form);
    }

    private static Optional<URI> frameUrl(Frame frame) {
        try {
            return Optional.of(URI.create(frame.url()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String jobIdFromForm(Frame frame, URI url) {
        Object id = GreenhousePage.form(frame).evaluate(
                "f => { const e = f.querySelector('[name=\"job_application[job_post_id]\"], [name=\"job_post_id\"]');"
                        + " if (e && e.value) { return e.value; }"
                        + " const m = (f.getAttribute('action') || '').match(/\\/jobs\\/(\\d+)/); return m ? m[1] : ''; }");
        String text = id == null ? "" : id.toString();
        if (!text.matches("[0-9]{1,20}")) {
            throw new NyxException(ErrorCode.UNSUPPORTED_SITE, "The Greenhouse form on " + url
                    + " does not say its job id; open the posting's own Greenhouse link instead.");
        }
        return text;
    }
}
