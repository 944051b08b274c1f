package dev.nyx.testkit.workday.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.workday.WorkdayAccounts;
import dev.nyx.testkit.workday.WorkdayPosting;
import dev.nyx.testkit.workday.WorkdayStepSave;
import dev.nyx.testkit.workday.WorkdaySubmission;
import dev.nyx.testkit.workday.WorkdayWizard;
import dev.nyx.testkit.workday.WorkdayTenant;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One Workday tenant on the replica server, mounted under {@code /{tenant host}} (ATS-NOTES 3.2, 3.3):
 * <ul>
 *   <li>CXS API: {@code POST /wday/cxs/{tenant}/{site}/jobs} (limit at most 20, the total on the first page only,
 *       later pages say 0) and {@code GET /wday/cxs/{tenant}/{site}/job/...}; 404 for unknown sites and postings;
 *       a WAF that answers 429 to every n-th CXS request or to the next few;</li>
 *   <li>pages: {@code [/{locale}]/{site}} (board), {@code .../job/{location}/{title}_{id}} (posting),
 *       {@code .../apply} (with the "Start Your Application" dialog), {@code .../apply/applyManually} (and
 *       {@code autofillWithResume}, {@code useMyLastApplication}): the candidate account page;</li>
 *   <li>replica-only JSON endpoints the account page posts to ({@code /replica/account/create},
 *       {@code /replica/account/signin}, {@code /replica/account/verifyCode}) and the wizard pages post to
 *       ({@code /replica/wizard/save|back|upload|submit}, see {@link WizardFlow}): not Workday's own; the browser
 *       sees only the page's behaviour; and the verification mail's link {@code /replica/account/verify?token=}.</li>
 *   <li>after sign-in, the apply address serves the wizard's current step for the candidate and posting.</li>
 * </ul>
 * A filled honeypot refuses the request without saying why. When told to, the next page loads show "Something
 * went wrong" (and work again on reload), and sessions expire (the next save answers 401). Thread-safe.
 */
public final class WorkdayTenantSite implements Site {
    /** The cookie of a signed-in candidate. */
    public static final String SESSION_COOKIE = "wdReplicaSession";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
    private static final List<String> APPLY_MODES = List.of("applyManually", "autofillWithResume", "useMyLastApplication");

    private final WorkdayTenant tenant;
    private final Map<String, WorkdayPosting> postings = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final WorkdayAccounts accounts;
    private final WizardFlow flow;
    private final EmailVerification verification = new EmailVerification();
    private final AccountEndpoints accountEndpoints;
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger cxsRequests = new AtomicInteger();
    private final AtomicInteger rateLimitNext = new AtomicInteger();
    private final AtomicInteger honeypotHits = new AtomicInteger();
    /** The number of recorded saves at which every session ends (0: never). */
    private final AtomicInteger expireAtSaves = new AtomicInteger();
    private final AtomicInteger failNextPageLoads = new AtomicInteger();
    private volatile int rateLimitEvery;

    public WorkdayTenantSite(WorkdayTenant tenant, List<WorkdayPosting> postings, WorkdayAccounts accounts,
                             WorkdayWizard wizard) {
        this.tenant = requireNonNull(tenant, "tenant is null");
        this.flow = new WizardFlow(tenant, wizard, this::posting, honeypotHits::incrementAndGet);
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.accountEndpoints = new AccountEndpoints(tenant, accounts, verification, sessions,
                honeypotHits::incrementAndGet, wizard.verifyEmail());
        postings.forEach(this::put);
    }

    /** Adds or replaces a posting (keyed by its requisition id). */
    public void put(WorkdayPosting posting) {
        if (postings.put(posting.jobReqId(), posting) == null) {
            order.add(posting.jobReqId());
        }
    }

    public Optional<WorkdayPosting> posting(String jobReqId) {
        return Optional.ofNullable(postings.get(jobReqId));
    }

    /** Every {@code every}-th CXS request answers 429 (0: never). */
    public void rateLimitEvery(int every) {
        this.rateLimitEvery = every;
    }

    /** The next {@code count} CXS requests answer 429. */
    public void rateLimitNext(int count) {
        rateLimitNext.set(count);
    }

    /** The next {@code count} page loads (posting, dialog, account or wizard pages) show "Something went wrong". */
    public void failNextPageLoads(int count) {
        failNextPageLoads.set(count);
    }

    /** Ends every candidate session, as a time-out does: the next save asks to sign in again. */
    public void expireSessions() {
        sessions.clear();
    }

    /** Ends every candidate session once {@code saves} more steps have been saved (a time-out mid-wizard). */
    public void expireSessionsAfterSaves(int saves) {
        if (saves < 1) {
            throw new IllegalArgumentException("saves must be at least 1, got " + saves);
        }
        expireAtSaves.set(flow.saved().size() + saves);
    }

    public int cxsRequests() {
        return cxsRequests.get();
    }

    public int honeypotHits() {
        return honeypotHits.get();
    }

    public WorkdayAccounts accounts() {
        return accounts;
    }

    public WorkdayWizard wizard() {
        return flow.wizard();
    }

    /** Every application submitted so far, oldest first. */
    public List<WorkdaySubmission> submissions() {
        return flow.submissions();
    }

    /** The next save of the step {@code stepKey} is refused with {@code message} at the field {@code fieldKey}. */
    public void refuseNextSave(String stepKey, String fieldKey, String message) {
        flow.refuseNextSave(stepKey, fieldKey, message);
    }

    @Override
    public String name() {
        return "workday-" + tenant.host();
    }

    @Override
    public String mountPath() {
        return "/" + tenant.host();
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        List<String> segments = Arrays.stream(request.sitePath().split("/")).filter(part -> !part.isEmpty()).toList();
        if (segments.size() >= 2 && segments.get(0).equals("wday") && segments.get(1).equals("cxs")) {
            return cxs(request, segments.subList(2, segments.size()), context);
        }
        if (segments.size() == 3 && segments.get(0).equals("replica") && segments.get(1).equals("account")
                && request.method().equals("POST")) {
            return accountEndpoints.handle(request, segments.get(2), context.url("/replica/account/verify"));
        }
        if (segments.size() == 3 && segments.get(0).equals("replica") && segments.get(1).equals("wizard")
                && (request.method().equals("POST") || request.method().equals("DELETE"))) {
            Optional<String> session = session(request);
            ReplicaResponse response = flow.handle(segments.get(2), request, session, session.map(sessions::get));
            int expireAt = expireAtSaves.get();
            if (expireAt > 0 && flow.saved().size() >= expireAt && expireAtSaves.compareAndSet(expireAt, 0)) {
                expireSessions();
            }
            return response;
        }
        if (segments.equals(List.of("replica", "account", "verify")) && request.method().equals("GET")) {
            Optional<String> email = request.query().first("token").flatMap(verification::byToken);
            email.ifPresent(accounts::verify);
            return ReplicaResponse.html(email.isPresent() ? 200 : 404, WorkdayPages.verified(tenant, email.isPresent()));
        }
        if (!request.method().equals("GET")) {
            return ReplicaResponse.text(405, "text/plain; charset=utf-8", "Method not allowed");
        }
        Optional<String> locale = !segments.isEmpty() && LOCALE.matcher(segments.get(0)).matches()
                ? Optional.of(segments.get(0)) : Optional.empty();
        List<String> rest = locale.isPresent() ? segments.subList(1, segments.size()) : segments;
        if (rest.isEmpty() || !rest.get(0).equals(tenant.site())) {
            return ReplicaResponse.html(404, WorkdayPages.notFound());
        }
        String sitePrefix = context.url(locale.map(value -> "/" + value).orElse("") + "/" + tenant.site());
        if (rest.size() > 1 && failNextPageLoads.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return ReplicaResponse.html(200, WorkdayPages.somethingWentWrong());
        }
        if (rest.size() == 1) {
            return ReplicaResponse.html(200, WorkdayPages.board(tenant, listed(), sitePrefix));
        }
        if (!rest.get(1).equals("job") || rest.size() < 3) {
            return ReplicaResponse.html(404, WorkdayPages.notFound());
        }
        int apply = rest.indexOf("apply");
        List<String> job = rest.subList(2, apply < 0 ? rest.size() : apply);
        Optional<WorkdayPosting> posting = job.isEmpty() ? Optional.empty() : find(job.get(job.size() - 1));
        if (posting.isEmpty()) {
            return ReplicaResponse.html(404, WorkdayPages.notFound());
        }
        if (apply < 0) {
            return ReplicaResponse.html(200, WorkdayPages.posting(tenant, posting.get(), sitePrefix, false));
        }
        List<String> mode = rest.subList(apply + 1, rest.size());
        if (mode.isEmpty()) {
            return ReplicaResponse.html(200, WorkdayPages.posting(tenant, posting.get(), sitePrefix, true));
        }
        if (mode.size() == 1 && APPLY_MODES.contains(mode.get(0)) && posting.get().canApply()) {
            Optional<String> session = session(request);
            if (session.isPresent()) {
                return ReplicaResponse.html(200, flow.page(session.get(), sessions.get(session.get()), posting.get(),
                        context.url("/replica/wizard"), mode.get(0)));
            }
            boolean expired = request.query().first("sessionExpired").isPresent();
            return ReplicaResponse.html(200, WorkdayPages.account(tenant, context.url("/replica/account/create"),
                    context.url("/replica/account/signin"), expired, expired ? WizardFlow.EXPIRED : ""));
        }
        return ReplicaResponse.html(404, WorkdayPages.notFound());
    }

    /** The email of the candidate signed in with this request's session cookie. */
    public Optional<String> signedIn(ReplicaRequest request) {
        return session(request).map(sessions::get);
    }

    /** Sends the verification mails of new accounts through this mail server. */
    public void sendMailVia(dev.nyx.testkit.mail.MailReplica mail) {
        verification.mailVia(mail);
    }

    /** Every step saved so far, oldest first. */
    public List<WorkdayStepSave> savedSteps() {
        return flow.saved();
    }

    private Optional<String> session(ReplicaRequest request) {
        return request.header("cookie").flatMap(cookies -> Arrays.stream(cookies.split(";")).map(String::strip)
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "=")).findFirst())
                .map(cookie -> cookie.substring(SESSION_COOKIE.length() + 1)).filter(sessions::containsKey);
    }

    private ReplicaResponse cxs(ReplicaRequest request, List<String> segments, SiteContext context) {
        int count = cxsRequests.incrementAndGet();
        int every = rateLimitEvery;
        if (rateLimitNext.getAndUpdate(left -> Math.max(0, left - 1)) > 0 || every > 0 && count % every == 0) {
            return ReplicaResponse.text(429, "text/html; charset=utf-8", "<html><body>Too Many Requests</body></html>");
        }
        if (segments.size() < 3 || !segments.get(0).equals(tenant.cxsTenant()) || !segments.get(1).equals(tenant.site())) {
            return ReplicaResponse.json(404, "{\"errorCode\":\"HTTP_404\",\"message\":\"Not Found\"}");
        }
        String sitePrefix = context.url("/" + tenant.site());
        if (segments.size() == 3 && segments.get(2).equals("jobs") && request.method().equals("POST")) {
            return jobs(request, sitePrefix);
        }
        if (segments.get(2).equals("job") && segments.size() >= 4 && request.method().equals("GET")) {
            Optional<WorkdayPosting> posting = find(segments.get(segments.size() - 1));
            return posting.map(found -> ReplicaResponse.json(200, detail(found, sitePrefix)))
                    .orElseGet(() -> ReplicaResponse.json(404, "{\"errorCode\":\"HTTP_404\",\"message\":\"Not Found\"}"));
        }
        return ReplicaResponse.json(404, "{\"errorCode\":\"HTTP_404\",\"message\":\"Not Found\"}");
    }

    private ReplicaResponse jobs(ReplicaRequest request, String sitePrefix) {
        JsonNode body;
        try {
            body = JSON.readTree(request.bodyText());
        } catch (IOException e) {
            return ReplicaResponse.json(400, "{\"errorCode\":\"HTTP_400\",\"message\":\"Bad Request\"}");
        }
        int limit = body.path("limit").asInt(20);
        int offset = body.path("offset").asInt(0);
        if (limit < 1 || limit > 20 || offset < 0) {
            return ReplicaResponse.json(400, "{\"errorCode\":\"HTTP_400\",\"message\":\"limit must be 1..20\"}");
        }
        String search = body.path("searchText").asText("").toLowerCase(Locale.ROOT);
        List<WorkdayPosting> open = listed().stream()
                .filter(posting -> posting.title().toLowerCase(Locale.ROOT).contains(search)).toList();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("total", offset == 0 ? open.size() : 0);
        ArrayNode jobs = answer.putArray("jobPostings");
        for (WorkdayPosting posting : open.subList(Math.min(offset, open.size()), Math.min(offset + limit, open.size()))) {
            ObjectNode job = jobs.addObject();
            job.put("title", posting.title());
            job.put("externalPath", posting.externalPath());
            job.put("locationsText", posting.location());
            job.put("postedOn", posting.postedOn());
            job.putArray("bulletFields").add(posting.jobReqId());
        }
        answer.putArray("facets");
        return ReplicaResponse.json(200, answer.toString());
    }

    private String detail(WorkdayPosting posting, String sitePrefix) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode info = answer.putObject("jobPostingInfo");
        info.put("id", UUID.nameUUIDFromBytes(posting.jobReqId().getBytes()).toString().replace("-", ""));
        info.put("title", posting.title());
        info.put("jobDescription", posting.descriptionHtml());
        info.put("location", posting.location());
        info.putArray("additionalLocations");
        info.put("postedOn", posting.postedOn());
        info.put("timeType", "Full time");
        info.put("jobReqId", posting.jobReqId());
        info.put("jobPostingId", posting.externalPath().substring(posting.externalPath().lastIndexOf('/') + 1));
        info.put("canApply", posting.canApply());
        info.put("posted", true);
        info.put("includeResumeParsing", tenant.offersAutofill());
        info.put("externalUrl", sitePrefix + posting.externalPath());
        ObjectNode organisation = answer.putObject("hiringOrganization");
        organisation.put("name", tenant.company());
        organisation.put("url", "");
        answer.putArray("similarJobs");
        answer.put("userAuthenticated", false);
        return answer.toString();
    }

    private Optional<WorkdayPosting> find(String lastSegment) {
        int underscore = lastSegment.lastIndexOf('_');
        String id = underscore >= 0 ? lastSegment.substring(underscore + 1) : lastSegment;
        return Optional.ofNullable(postings.get(id));
    }

    private List<WorkdayPosting> listed() {
        return order.stream().map(postings::get).filter(WorkdayPosting::canApply).toList();
    }
}
