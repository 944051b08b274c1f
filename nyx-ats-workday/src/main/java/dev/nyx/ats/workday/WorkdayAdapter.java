package dev.nyx.ats.workday;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import dev.nyx.ats.workday.internal.ApplyFlow;
import dev.nyx.ats.workday.internal.ApplyMode;
import dev.nyx.ats.workday.internal.ApplySettings;
import dev.nyx.ats.workday.internal.CxsApi;
import dev.nyx.ats.workday.internal.HtmlText;
import dev.nyx.ats.workday.internal.ReviewSubmit;
import dev.nyx.ats.workday.internal.WorkdayPage;
import dev.nyx.ats.workday.internal.WorkdayUrl;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads postings and boards on Workday career sites, and applies to their postings through the wizard:
 * {@code {tenant}[.wd{N}].myworkdayjobs.com/[{locale}/]{site}/job/...}
 * and {@code [wd{N}.]myworkdaysite.com/[{locale}/]recruiting/{tenant}/{site}/job/...}, with or without the
 * {@code /apply} and {@code /apply/applyManually} (or {@code autofillWithResume}, {@code useMyLastApplication}) suffix.
 *
 * <p>The posting comes from the tenant's CXS JSON API ({@code GET /wday/cxs/{tenant}/{site}/job/...}, on the
 * posting's own host unless {@code cxsBaseUrl} is set), the tenant path being the host's first label. When the
 * API cannot be read (network, time-out, 429 after the retries, an answer that is not a posting) or does not know
 * the site (its tenant path differs), the posting page is read instead. A posting the API does not know on a
 * site it knows is {@link ErrorCode#POSTING_NOT_FOUND}; one that no longer takes applications
 * ({@code canApply: false}) is {@link ErrorCode#POSTING_CLOSED}. {@link #listBoard} lists a site's postings from
 * the CXS jobs list, page by page, retrying 429s.
 *
 * <p><b>Applying</b> runs through the tenant's wizard behind a candidate account (ATS-NOTES 3.3), its questions
 * discovered step by step (so the posting's form is empty here). {@link #fill} opens {@code {posting}/apply}, chooses
 * the apply mode in the "Start Your Application" dialog, signs in with the account the credential vault holds for the
 * tenant's host or creates one ({@link ApplyContext#accounts()}), verifies the email through
 * {@link ApplyContext#mailbox()} when the tenant asks, then fills each step it recognises by its page container and
 * presses "Save and Continue" once, reading Workday's error banner back; it stops at Review. {@link #submit} presses
 * Submit on Review once and returns the confirmation. See {@code internal.ApplyFlow}, {@code internal.CandidateSignIn}
 * and {@code internal.ReviewSubmit} for each page's rules: a refused or locked account and an account Nyx has no
 * password for are {@link ErrorCode#INPUT_REQUIRED} (the application waits for the candidate), a step's validation
 * errors {@link ErrorCode#FORM_REJECTED}, an unknown step {@link ErrorCode#UNSUPPORTED_SITE} with a screenshot,
 * "Something went wrong" (after reloads) {@link ErrorCode#NETWORK}, "already applied"
 * {@link ErrorCode#ALREADY_SUBMITTED}.
 *
 * <p>Settings ({@code plugins.settings.workday}): {@code cxsBaseUrl} (default: the posting's own origin),
 * {@code useApi} (default {@code true}), {@code boardPagePause} (default 250ms), {@code retryPause} (the pause
 * before the first retry after a 429, doubled for each further one; default 250ms), {@code applyMode}
 * ({@code manual}, the default, {@code autofill} or {@code lastApplication}; a mode the tenant does not offer falls
 * back to manual), {@code verificationSender} (the domain verification emails come from; default
 * {@code myworkday.com}), {@code verificationTimeout} (default 30s), {@code reloadPause} (before reloading a page that
 * said "Something went wrong"; default 1s).
 *
 * <p>Constructed once by the host's injector and shared: stateless and thread-safe; each call works on the
 * context's own page from the caller's thread. Failures are {@link NyxException}s: the codes above,
 * {@link ErrorCode#NOT_FOUND} for an unknown board, {@link ErrorCode#RATE_LIMITED}, {@link ErrorCode#NETWORK},
 * {@link ErrorCode#TIMEOUT}, {@link ErrorCode#INVALID_POSTING}, {@link ErrorCode#INVALID_CONFIGURATION} for bad
 * settings, and those of applying above.
 */
@Extension
public class WorkdayAdapter implements AtsAdapter {
    /** The adapter's name, also its plugin's id (settings under {@code plugins.settings.workday}). */
    public static final String NAME = "workday";
    public static final String CXS_BASE_URL_SETTING = "cxsBaseUrl";
    public static final String USE_API_SETTING = "useApi";
    public static final String BOARD_PAGE_PAUSE_SETTING = "boardPagePause";
    public static final String RETRY_PAUSE_SETTING = "retryPause";
    public static final String APPLY_MODE_SETTING = "applyMode";
    public static final String VERIFICATION_SENDER_SETTING = "verificationSender";
    public static final String VERIFICATION_TIMEOUT_SETTING = "verificationTimeout";
    public static final String RELOAD_PAUSE_SETTING = "reloadPause";
    /** How many times a page that says "Something went wrong" is loaded in all. */
    private static final int LOADS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(WorkdayAdapter.class);
    private static final Set<ErrorCode> API_FALLBACK_CODES = Set.of(ErrorCode.NETWORK, ErrorCode.TIMEOUT,
            ErrorCode.RATE_LIMITED);

    private final CxsApi api;
    private final boolean useApi;
    private final ApplySettings applying;

    @Inject
    public WorkdayAdapter(ExtensionContext context) {
        requireNonNull(context, "context is null");
        ExtensionSettings settings = context.settings();
        this.api = new CxsApi(settings.getUri(CXS_BASE_URL_SETTING),
                settings.getDuration(BOARD_PAGE_PAUSE_SETTING, Duration.ofMillis(250)),
                settings.getDuration(RETRY_PAUSE_SETTING, Duration.ofMillis(250)));
        this.useApi = settings.getBoolean(USE_API_SETTING, true);
        this.applying = new ApplySettings(ApplyMode.parse(APPLY_MODE_SETTING, settings.get(APPLY_MODE_SETTING)
                .orElse(ApplyMode.MANUAL.setting())), settings.get(VERIFICATION_SENDER_SETTING).orElse("myworkday.com"),
                settings.getDuration(VERIFICATION_TIMEOUT_SETTING, Duration.ofSeconds(30)),
                settings.getDuration(RELOAD_PAUSE_SETTING, Duration.ofSeconds(1)), LOADS);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(URI url) {
        return url != null && WorkdayUrl.parse(url).filter(WorkdayUrl::isPosting).isPresent();
    }

    @Override
    public boolean recognises(Page page) {
        return page != null && WorkdayPage.recognises(page);
    }

    @Override
    public JobPosting fetchPosting(URI url, PageContext context) {
        requireNonNull(url, "url is null");
        requireNonNull(context, "context is null");
        WorkdayUrl posting = WorkdayUrl.parseLenient(url).filter(WorkdayUrl::isPosting).orElseThrow(() ->
                new NyxException(ErrorCode.UNSUPPORTED_SITE, "Not a Workday posting address: " + url
                        + "; give the posting's own .../{site}/job/... address."));
        PostingKey key = PostingKey.of(NAME, posting.keyPart().orElseThrow());
        URI canonical = posting.postingUrl(posting.jobPath().orElseThrow());
        Optional<JsonNode> json = useApi ? fromApi(posting, context) : Optional.empty();
        if (json.isPresent()) {
            return fromJson(key, canonical, posting, json.get());
        }
        WorkdayPage.Facts facts = WorkdayPage.open(context.page(), posting, context.stepTimeout());
        if (facts.title().isBlank()) {
            throw new NyxException(ErrorCode.INVALID_POSTING, "The Workday page " + url + " shows no job title.");
        }
        return new JobPosting(key, canonical, NAME, facts.title(), facts.organisation().orElse(posting.tenant()),
                facts.location(), facts.description(), Optional.empty(), facts.language(), FormSchema.empty());
    }

    @Override
    public boolean listsBoard(URI boardUrl) {
        return boardUrl != null && WorkdayUrl.parse(boardUrl).filter(site -> !site.isPosting()).isPresent();
    }

    /** Also lists copies whose path starts with the Workday host (see {@link WorkdayUrl#parseLenient}). */
    @Override
    public List<BoardPosting> listBoard(URI boardUrl, PageContext context) {
        requireNonNull(context, "context is null");
        WorkdayUrl site = WorkdayUrl.parseLenient(requireNonNull(boardUrl, "boardUrl is null"))
                .filter(parsed -> !parsed.isPosting()).orElseThrow(() -> new NyxException(ErrorCode.UNSUPPORTED_SITE,
                        "The Workday adapter lists boards at {tenant}.wd{N}.myworkdayjobs.com/{site} or"
                                + " myworkdaysite.com/recruiting/{tenant}/{site}, not " + boardUrl));
        return api.board(context.web(), site);
    }

    /** Goes through the tenant's wizard up to Review (see the class comment); never submits. */
    @Override
    public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        requireNonNull(context, "context is null");
        new ApplyFlow(context, applying, applyTarget(posting)).fill();
    }

    /** Presses Submit on Review once (see the class comment) and returns Workday's confirmation. */
    @Override
    public Confirmation submit(JobPosting posting, ApplyContext context) {
        requireNonNull(posting, "posting is null");
        requireNonNull(context, "context is null");
        applyTarget(posting);
        return ReviewSubmit.submit(context);
    }

    private static WorkdayUrl applyTarget(JobPosting posting) {
        return WorkdayUrl.parseLenient(posting.url()).filter(WorkdayUrl::isPosting).orElseThrow(() ->
                new NyxException(ErrorCode.UNSUPPORTED_SITE, "Not a Workday posting address: " + posting.url()
                        + "; the Workday adapter applies only to postings it read."));
    }

    private Optional<JsonNode> fromApi(WorkdayUrl posting, PageContext context) {
        try {
            Optional<JsonNode> json = api.posting(context.web(), posting);
            if (json.isEmpty()) {
                if (api.knowsSite(context.web(), posting)) {
                    throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "Workday's career site '" + posting.site()
                            + "' of " + posting.tenant() + " has no posting " + posting.jobPath().orElseThrow()
                            + "; it was taken down or the address is wrong.");
                }
                LOG.info("The Workday CXS API at {} does not know site {}; reading the posting page",
                        api.siteRoot(posting), posting.site());
                context.note("The Workday CXS API does not know this career site under tenant path '"
                        + posting.tenant() + "'; the posting was read from its page.");
            }
            return json;
        } catch (NyxException failed) {
            if (!API_FALLBACK_CODES.contains(failed.code())) {
                throw failed;
            }
            LOG.info("The Workday CXS API could not give posting {} ({}: {}); reading the posting page",
                    posting.keyPart().orElseThrow(), failed.code(), failed.getMessage());
            context.note("The Workday CXS API failed (" + failed.code() + "); the posting was read from its page.");
            return Optional.empty();
        }
    }

    private static JobPosting fromJson(PostingKey key, URI canonical, WorkdayUrl posting, JsonNode json) {
        JsonNode info = json.path("jobPostingInfo");
        if (info.has("canApply") && !info.path("canApply").asBoolean(true)) {
            throw new NyxException(ErrorCode.POSTING_CLOSED, "The Workday posting " + canonical
                    + " no longer takes applications (the site says it cannot be applied to).");
        }
        String title = info.path("title").asText("").strip();
        if (title.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_POSTING, "The Workday posting " + canonical + " has no title.");
        }
        String company = json.path("hiringOrganization").path("name").asText("").strip();
        String location = info.path("location").asText("").strip();
        return new JobPosting(key, canonical, NAME, title, company.isBlank() ? posting.tenant() : company,
                location.isBlank() ? Optional.empty() : Optional.of(location),
                HtmlText.of(info.path("jobDescription").asText("")), Optional.empty(), Optional.empty(),
                FormSchema.empty());
    }
}
