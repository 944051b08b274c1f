package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.mail.MailReplica;
import dev.nyx.testkit.workday.internal.WorkdayTenantSite;
import java.net.URI;
import java.util.List;

/**
 * A Workday tenant replica on a {@link ReplicaServer} (ATS-NOTES 3), mounted under {@code /{tenant host}} so that
 * its addresses keep Workday's shape after the mount:
 * {@code http://127.0.0.1:PORT/northwind.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Java-Engineer_JR-12345}.
 * It serves the CXS API (jobs list with paging, job detail, a WAF that answers 429 when told to), the board, the
 * posting page with its Apply button and "Start Your Application" dialog, and the candidate account page
 * (create account and sign in, with real rules: strong password, one account per email, wrong password, lock
 * after repeated wrong passwords; the submit buttons under the click_filter overlay; the beecatcher honeypot).
 * After sign-in the tenant's {@link WorkdayWizard} is served in the tenant's UI generation, step by step, with
 * Workday's widgets (ATS-NOTES 3.3 to 3.5): "Save and Continue" checks the required fields in the page and on the
 * server and records a {@link WorkdayStepSave} ({@link #savedSteps()}); "Back" goes back with the values kept; the
 * Review step's "Submit" records one {@link WorkdaySubmission} per candidate and posting ({@link #submissions()}),
 * a second one is refused with "You have already applied for this job.". An application in progress is kept per
 * candidate and posting across sign-ins; one started through "Use My Last Application" starts from the
 * candidate's latest submission on the tenant, one started through "Autofill with Resume" meets
 * {@link WorkdayStep#autofillWithResume()} first.
 *
 * <p>Create one per tenant with {@link #start}; the server owns the lifetime. Thread-safe.
 */
public final class WorkdayReplica {
    /** Wrong passwords in a row after which an account is locked. */
    public static final int LOCK_AFTER = 3;

    private final ReplicaServer server;
    private final WorkdayTenant tenant;
    private final WorkdayTenantSite site;

    private WorkdayReplica(ReplicaServer server, WorkdayTenant tenant, WorkdayTenantSite site) {
        this.server = server;
        this.tenant = tenant;
        this.site = site;
    }

    /** Mounts the tenant with its postings and the {@link WorkdayWizard#standard standard} wizard. */
    public static WorkdayReplica start(ReplicaServer server, WorkdayTenant tenant, List<WorkdayPosting> postings) {
        requireNonNull(tenant, "tenant is null");
        return start(server, tenant, postings, WorkdayWizard.standard(tenant.company()));
    }

    /** Mounts the tenant with its postings and the given wizard. */
    public static WorkdayReplica start(ReplicaServer server, WorkdayTenant tenant, List<WorkdayPosting> postings,
                                       WorkdayWizard wizard) {
        requireNonNull(server, "server is null");
        requireNonNull(wizard, "wizard is null");
        WorkdayTenantSite site = new WorkdayTenantSite(tenant, postings, new WorkdayAccounts(LOCK_AFTER), wizard);
        server.mount(site);
        return new WorkdayReplica(server, tenant, site);
    }

    public WorkdayTenant tenant() {
        return tenant;
    }

    /** The wizard candidates go through after sign-in. */
    public WorkdayWizard wizard() {
        return site.wizard();
    }

    /** The tenant's root: {@code http://127.0.0.1:PORT/{tenant host}}. */
    public URI tenantRoot() {
        return server.url("/" + tenant.host());
    }

    /** The board: {@code {root}/{site}}. */
    public URI boardUrl() {
        return URI.create(tenantRoot() + "/" + tenant.site());
    }

    /** A posting's page with the {@code en-US} locale segment, as Workday links it. */
    public URI postingUrl(String jobReqId) {
        return URI.create(tenantRoot() + "/en-US/" + tenant.site() + externalPath(jobReqId));
    }

    /** The apply page of a posting (its "Start Your Application" dialog). */
    public URI applyUrl(String jobReqId) {
        return URI.create(postingUrl(jobReqId) + "/apply");
    }

    /** The "Apply Manually" page of a posting (the candidate account page until signed in). */
    public URI applyManuallyUrl(String jobReqId) {
        return URI.create(applyUrl(jobReqId) + "/applyManually");
    }

    /** A posting address of this tenant's shape for a requisition the tenant does not have. */
    public URI missingPostingUrl() {
        return URI.create(tenantRoot() + "/en-US/" + tenant.site() + "/job/Remote-USA/Missing-Role_JR-404404");
    }

    /** Adds or replaces a posting. */
    public void put(WorkdayPosting posting) {
        site.put(posting);
    }

    /** Every {@code every}-th CXS request answers 429 from now on (0: never). */
    public void rateLimitEvery(int every) {
        site.rateLimitEvery(every);
    }

    /** The next {@code count} CXS requests answer 429. */
    public void rateLimitNext(int count) {
        site.rateLimitNext(count);
    }

    /** The next {@code count} page loads (posting, dialog, account or wizard pages) show "Something went wrong". */
    public void failNextPageLoads(int count) {
        site.failNextPageLoads(count);
    }

    /**
     * Ends every candidate session, as a time-out does: the next "Save and Continue" answers 401 and the page shows
     * the sign-in form with "Your session has expired. Sign in again."; after signing in, the application goes on
     * at the step that was not saved.
     */
    public void expireSessions() {
        site.expireSessions();
    }

    /**
     * Ends every candidate session, as {@link #expireSessions()} does, as soon as {@code saves} more steps have been
     * saved: a time-out in the middle of the wizard, at a known point. Once.
     */
    public void expireSessionsAfterSaves(int saves) {
        site.expireSessionsAfterSaves(saves);
    }

    /**
     * The next save of step {@code stepKey} is refused by the server with {@code message}, shown in the
     * {@code errorBanner} and at the field {@code fieldKey} (a field key of the step, or {@code work.{i}.{key}} /
     * {@code education.{i}.{key}} for My Experience entries); nothing is recorded. Once.
     */
    public void refuseNextSave(String stepKey, String fieldKey, String message) {
        site.refuseNextSave(stepKey, fieldKey, message);
    }

    /**
     * Sends the verification mails of new candidate accounts over SMTP to {@code mail}. Needed when the wizard
     * {@link WorkdayWizard#verifyEmail() verifies emails}: creating an account then mails a link to
     * {@code {server}/{tenant host}/replica/account/verify?token=...} and a six-digit code, and signing in is
     * refused with {@link WorkdayAccounts#UNVERIFIED} until the link is opened or the code entered on the account
     * page.
     */
    public WorkdayReplica sendMailVia(MailReplica mail) {
        site.sendMailVia(requireNonNull(mail, "mail is null"));
        return this;
    }

    /** CXS requests received so far (429s included). */
    public int cxsRequests() {
        return site.cxsRequests();
    }

    /** Account requests refused because the honeypot was filled. */
    public int honeypotHits() {
        return site.honeypotHits();
    }

    /** The wizard steps candidates saved, oldest first. */
    public List<WorkdayStepSave> savedSteps() {
        return site.savedSteps();
    }

    /** The applications submitted on the Review step, oldest first. */
    public List<WorkdaySubmission> submissions() {
        return site.submissions();
    }

    /** The tenant's candidate accounts. */
    public WorkdayAccounts accounts() {
        return site.accounts();
    }

    private String externalPath(String jobReqId) {
        return site.posting(jobReqId).map(WorkdayPosting::externalPath)
                .orElseThrow(() -> new IllegalArgumentException("no posting " + jobReqId + " on " + tenant.host()));
    }
}
