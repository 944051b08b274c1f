package dev.nyx.testkit.workday.internal;

import dev.nyx.testkit.workday.WorkdayPosting;
import dev.nyx.testkit.workday.WorkdayTenant;
import java.util.List;

/**
 * The HTML of the Workday replica's pages (ATS-NOTES 3.3): the posting page (rendered by script a moment after
 * load, as Workday's single-page application does) with its Apply button ({@code a[data-automation-id=adventureButton]}),
 * the "Start Your Application" dialog, the board, and the candidate account page with its create-account and
 * sign-in forms: their submit buttons sit under a {@code div[data-automation-id=click_filter]} overlay that
 * takes the click, and a hidden honeypot {@code input[data-automation-id=beecatcher]} must stay empty.
 * Stateless.
 */
public final class WorkdayPages {
    private WorkdayPages() {
    }

    /**
     * The posting page; with {@code dialog} the "Start Your Application" dialog is open over it.
     *
     * @param sitePrefix the site's address prefix ({@code http://.../northwind.wd5.myworkdayjobs.com/en-US/External})
     */
    public static String posting(WorkdayTenant tenant, WorkdayPosting posting, String sitePrefix, boolean dialog) {
        String postingUrl = sitePrefix + posting.externalPath();
        String apply = posting.canApply()
                ? "<a data-automation-id=\"adventureButton\" role=\"button\" href=\"" + escape(postingUrl + "/apply")
                + "\">Apply</a>"
                : "<div data-automation-id=\"jobClosedMessage\">This job posting is no longer available.</div>";
        StringBuilder content = new StringBuilder()
                .append("<h2 data-automation-id=\"jobPostingHeader\">").append(escape(posting.title())).append("</h2>")
                .append("<div data-automation-id=\"locations\"><dl><dt>locations</dt><dd>")
                .append(escape(posting.location())).append("</dd></dl></div>")
                .append("<div data-automation-id=\"postedOn\"><dl><dt>posted on</dt><dd>")
                .append(escape(posting.postedOn())).append("</dd></dl></div>")
                .append("<div data-automation-id=\"requisitionId\"><dl><dt>job requisition id</dt><dd>")
                .append(escape(posting.jobReqId())).append("</dd></dl></div>")
                .append(apply)
                .append("<div data-automation-id=\"jobPostingDescription\">").append(posting.descriptionHtml())
                .append("</div>");
        if (dialog && posting.canApply()) {
            content.append("<div role=\"dialog\" aria-labelledby=\"startApplicationTitle\" data-automation-id=\"wd-Popup\">")
                    .append("<h2 id=\"startApplicationTitle\">Start Your Application</h2>");
            if (tenant.offersAutofill()) {
                content.append(choice("autofillWithResume", postingUrl + "/apply/autofillWithResume", "Autofill with Resume"));
            }
            content.append(choice("applyManually", postingUrl + "/apply/applyManually", "Apply Manually"));
            if (tenant.offersLastApplication()) {
                content.append(choice("useMyLastApplication", postingUrl + "/apply/useMyLastApplication",
                        "Use My Last Application"));
            }
            content.append("</div>");
        }
        String jsonLd = "{\"@context\":\"http://schema.org\",\"@type\":\"JobPosting\",\"title\":" + json(posting.title())
                + ",\"identifier\":{\"@type\":\"PropertyValue\",\"name\":" + json(posting.title()) + ",\"value\":"
                + json(posting.jobReqId()) + "},\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":"
                + json(tenant.company()) + "}}";
        return page(posting.title() + " | " + tenant.company(),
                "<script type=\"application/ld+json\">" + jsonLd.replace("</", "<\\/") + "</script>",
                delayed(content.toString()));
    }

    /** The board: every posting as a link. */
    public static String board(WorkdayTenant tenant, List<WorkdayPosting> postings, String sitePrefix) {
        StringBuilder list = new StringBuilder("<h2>").append(escape(tenant.company())).append(" careers</h2><ul>");
        for (WorkdayPosting posting : postings) {
            list.append("<li><a data-automation-id=\"jobTitle\" href=\"").append(escape(sitePrefix + posting.externalPath()))
                    .append("\">").append(escape(posting.title())).append("</a></li>");
        }
        return page(tenant.company() + " careers", "", delayed(list.append("</ul>").toString()));
    }

    /**
     * The transient failure page issue 12 names ("Something went wrong" on a first load, fine on retry). Its
     * wording and markup are the replica's own (ATS-NOTES has no source for this page): the message in
     * {@code [data-automation-id=errorMessage]}.
     */
    public static String somethingWentWrong() {
        return page("Workday", "", "<div data-automation-id=\"errorMessage\" role=\"alert\">Something went wrong."
                + " Please refresh the page and try again.</div>");
    }

    /** The page the verification mail's link opens (replica-own markup: {@code emailVerified}). */
    public static String verified(WorkdayTenant tenant, boolean done) {
        return page(tenant.company() + " | Verify Email", "", done
                ? "<div data-automation-id=\"emailVerified\" role=\"status\">Your email address has been verified."
                + " You can now sign in.</div>"
                : "<div data-automation-id=\"errorMessage\" role=\"alert\">This verification link is not valid or"
                + " has already been used.</div>");
    }

    /** A missing posting. */
    public static String notFound() {
        return page("Page not found", "", "<div data-automation-id=\"errorMessage\">The page you are looking for"
                + " doesn't exist.</div>");
    }

    /**
     * The candidate account page: create account first (with a link to sign in), or sign in first, with
     * {@code notice} shown in the {@code errorMessage} alert when not empty. On a tenant that verifies emails, a new
     * account's answer switches to the sign-in form with the notice, and a form to enter the mail's code
     * ({@code verifyEmailForm}: {@code verificationCode}, {@code verifyEmailSubmitButton}; replica-own markup)
     * shows until the email is verified.
     *
     * @param createUrl where the create-account form posts its JSON
     * @param signInUrl where the sign-in form posts its JSON
     */
    public static String account(WorkdayTenant tenant, String createUrl, String signInUrl, boolean signInFirst,
                                 String notice) {
        String overlay = "position:absolute;inset:0;z-index:5;cursor:pointer;";
        String create = "<form data-automation-id=\"createAccountForm\" novalidate " + (signInFirst ? "hidden" : "") + ">"
                + "<h2>Create Account</h2>"
                + field("Email Address", "email", "email", "create-email")
                + field("Password", "password", "password", "create-password")
                + field("Verify New Password", "verifyPassword", "password", "create-verify")
                + "<label><input type=\"checkbox\" data-automation-id=\"createAccountCheckbox\"> Yes, I have read and"
                + " consent to the terms and conditions</label>"
                + "<input type=\"text\" data-automation-id=\"beecatcher\" name=\"website\" tabindex=\"-1\""
                + " autocomplete=\"off\" aria-hidden=\"true\" style=\"position:absolute;left:-9999px;\">"
                + "<div style=\"position:relative;display:inline-block;\">"
                + "<button type=\"button\" data-automation-id=\"createAccountSubmitButton\">Create Account</button>"
                + "<div data-automation-id=\"click_filter\" role=\"button\" aria-label=\"Create Account\" data-for=\"create\""
                + " style=\"" + overlay + "\"></div></div>"
                + "<p>Already have an account? <button type=\"button\" data-automation-id=\"signInLink\">Sign In</button></p>"
                + "</form>";
        String signIn = "<form data-automation-id=\"signInForm\" novalidate " + (signInFirst ? "" : "hidden") + ">"
                + "<h2>Sign In</h2>"
                + field("Email Address", "email", "email", "signin-email")
                + field("Password", "password", "password", "signin-password")
                + "<input type=\"text\" data-automation-id=\"beecatcher\" name=\"website\" tabindex=\"-1\""
                + " autocomplete=\"off\" aria-hidden=\"true\" style=\"position:absolute;left:-9999px;\">"
                + "<div style=\"position:relative;display:inline-block;\">"
                + "<button type=\"button\" data-automation-id=\"signInSubmitButton\">Sign In</button>"
                + "<div data-automation-id=\"click_filter\" role=\"button\" aria-label=\"Sign In\" data-for=\"signin\""
                + " style=\"" + overlay + "\"></div></div>"
                + "<p><button type=\"button\" data-automation-id=\"forgotPasswordLink\">Forgot your password?</button></p>"
                + "<p>Don't have an account yet? <button type=\"button\" data-automation-id=\"createAccountLink\">"
                + "Create Account</button></p>"
                + "</form>";
        String verify = "<form data-automation-id=\"verifyEmailForm\" novalidate hidden><h2>Verify Your Email</h2>"
                + "<p>Enter the verification code from the email we sent you, or open the link in it.</p>"
                + field("Verification Code", "verificationCode", "text", "verify-code")
                + "<button type=\"button\" data-automation-id=\"verifyEmailSubmitButton\">Verify</button></form>";
        String script = """
                <script>
                (() => {
                  const verifyForm = document.querySelector('[data-automation-id=verifyEmailForm]');
                  let lastEmail = '';
                  const createForm = document.querySelector('[data-automation-id=createAccountForm]');
                  const signInForm = document.querySelector('[data-automation-id=signInForm]');
                  const error = document.querySelector('[data-automation-id=errorMessage]');
                  const show = form => {
                    createForm.hidden = form !== createForm;
                    signInForm.hidden = form !== signInForm;
                    error.hidden = true;
                  };
                  document.querySelector('[data-automation-id=signInLink]').addEventListener('click', () => show(signInForm));
                  document.querySelector('[data-automation-id=utilityButtonSignIn]').addEventListener('click', () => show(signInForm));
                  document.querySelector('[data-automation-id=createAccountLink]').addEventListener('click', () => show(createForm));
                  const send = async (form, url, body) => {
                    const honeypot = form.querySelector('[data-automation-id=beecatcher]');
                    body.beecatcher = honeypot ? honeypot.value : '';
                    const response = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify(body), credentials: 'same-origin'});
                    const answer = await response.json();
                    if (answer.next) {
                      location.assign(answer.next);
                      return;
                    }
                    if (body.email) lastEmail = body.email;
                    if (answer.notice) show(signInForm);
                    verifyForm.hidden = !answer.verify;
                    error.textContent = answer.notice || answer.error || 'Something went wrong. Please try again.';
                    error.hidden = false;
                  };
                  document.querySelector('[data-automation-id=verifyEmailSubmitButton]').addEventListener('click', () =>
                    send(verifyForm, VERIFY_URL, {email: lastEmail,
                      code: verifyForm.querySelector('[data-automation-id=verificationCode]').value}));
                  // the buttons themselves do nothing: the click_filter overlay over them takes the click
                  for (const filter of document.querySelectorAll('[data-automation-id=click_filter]')) {
                    filter.addEventListener('click', () => {
                      if (filter.dataset.for === 'create') {
                        send(createForm, CREATE_URL, {
                          email: createForm.querySelector('[data-automation-id=email]').value,
                          password: createForm.querySelector('[data-automation-id=password]').value,
                          verifyPassword: createForm.querySelector('[data-automation-id=verifyPassword]').value,
                          agreed: createForm.querySelector('[data-automation-id=createAccountCheckbox]').checked});
                      } else {
                        send(signInForm, SIGN_IN_URL, {
                          email: signInForm.querySelector('[data-automation-id=email]').value,
                          password: signInForm.querySelector('[data-automation-id=password]').value});
                      }
                    });
                  }
                })();
                </script>"""
                .replace("CREATE_URL", json(createUrl)).replace("SIGN_IN_URL", json(signInUrl))
                .replace("VERIFY_URL", json(createUrl.replaceFirst("/create$", "/verifyCode")));
        String header = "<header><button type=\"button\" data-automation-id=\"utilityButtonSignIn\">Sign In</button></header>";
        return page(tenant.company() + " | Candidate Home", "", header
                + "<div data-automation-id=\"errorMessage\" role=\"alert\"" + (notice.isEmpty() ? " hidden>" : ">")
                + escape(notice) + "</div>" + create + signIn + verify + script);
    }

    private static String choice(String automationId, String href, String text) {
        return "<a role=\"button\" data-automation-id=\"" + automationId + "\" href=\"" + escape(href) + "\">" + text + "</a>";
    }

    private static String field(String label, String automationId, String type, String id) {
        return "<div data-automation-id=\"formField-" + automationId + "\"><label for=\"" + id + "\">" + label
                + "</label><input id=\"" + id + "\" type=\"" + type + "\" data-automation-id=\"" + automationId
                + "\" aria-required=\"true\"></div>";
    }

    /** Content inserted by script shortly after load, as the single-page application renders it. */
    private static String delayed(String html) {
        return "<div id=\"root\"></div><template id=\"content\">" + html + "</template>"
                + "<script>setTimeout(() => document.getElementById('root')"
                + ".appendChild(document.getElementById('content').content.cloneNode(true)), 80);</script>";
    }

    private static String page(String title, String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + head + "</head><body>" + body + "</body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '<' -> quoted.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
