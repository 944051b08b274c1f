package dev.nyx.testkit.scripted;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately plain job site for pipeline tests, mounted at {@value #MOUNT}: each posting is a
 * page at {@code /scripted/jobs/{id}} with a one-page form that posts back to the same path. An
 * accepted post is recorded (site {@value #NAME}) and answered with a confirmation page; an injected
 * validation error is shown on the page ({@code .error}) and nothing is recorded; a closed posting
 * says so; unknown ids are 404. Thread-safe and stateless.
 */
public final class ScriptedSite implements Site {
    public static final String NAME = "scripted";
    public static final String MOUNT = "/scripted";
    /** Name, last name and email: everything a rule answers. */
    public static final String PLATFORM_ENGINEER = "1001";
    /** Also asks a required question no rule answers ("What is your favourite colour?"). */
    public static final String DATA_ENGINEER = "1002";
    /** No longer accepting applications. */
    public static final String CLOSED = "1003";
    /** The same role as {@link #PLATFORM_ENGINEER}, posted again under another id. */
    public static final String PLATFORM_ENGINEER_REPOST = "1004";
    /** An open posting in "Berlin, Germany" that asks about work authorisation without naming the country. */
    public static final String BERLIN_BACKEND = "1005";
    /** The authorisation question of {@link #BERLIN_BACKEND}: only the posting's location says which country. */
    public static final String AUTHORISED_HERE = "Are you authorised to work in the country of this job?";
    /** The label of the question only the candidate can answer. */
    public static final String FAVOURITE_COLOUR = "What is your favourite colour?";

    private static final Pattern JOB = Pattern.compile("/jobs/([0-9]+)");
    private static final List<String[]> CONTACT = List.of(new String[] {"first_name", "First Name"},
            new String[] {"last_name", "Last Name"}, new String[] {"email", "Email"});

    private record Posting(String title, String company, boolean open, boolean colourQuestion, String location,
                           boolean authorisationQuestion) {
        Posting(String title, String company, boolean open, boolean colourQuestion) {
            this(title, company, open, colourQuestion, "", false);
        }
    }

    private static final Map<String, Posting> POSTINGS = Map.of(
            PLATFORM_ENGINEER, new Posting("Platform Engineer", "Scripted Corp", true, false),
            DATA_ENGINEER, new Posting("Data Engineer", "Scripted Corp", true, true),
            CLOSED, new Posting("Retired Role", "Scripted Corp", false, false),
            PLATFORM_ENGINEER_REPOST, new Posting("Platform Engineer", "Scripted Corp", true, false),
            BERLIN_BACKEND, new Posting("Backend Engineer", "Scripted Corp", true, false, "Berlin, Germany", true));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mountPath() {
        return MOUNT;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        requireNonNull(request, "request is null");
        Matcher job = JOB.matcher(request.sitePath());
        if (!job.matches() || !POSTINGS.containsKey(job.group(1))) {
            return ReplicaResponse.html(404, "<html><body><h1>Job not found</h1></body></html>");
        }
        String id = job.group(1);
        Posting posting = POSTINGS.get(id);
        if (!posting.open()) {
            return ReplicaResponse.html(200, page(posting, "<p class=\"closed\">This job is no longer accepting"
                    + " applications.</p>"));
        }
        if (!request.method().equals("POST")) {
            return ReplicaResponse.html(200, page(posting, form(id, posting, Optional.empty())));
        }
        if (request.validationError().isPresent()) {
            return ReplicaResponse.html(422, page(posting, form(id, posting, request.validationError())));
        }
        context.recorder().record(new Submission(NAME, id, request.path(), request.method(), request.receivedAt(),
                request.form(), request.headers(), Optional.empty()));
        return ReplicaResponse.html(200, page(posting, "<h2 id=\"confirmation\">Thank you for applying to "
                + posting.company() + "!</h2>"));
    }

    private static String page(Posting posting, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + posting.title() + "</title></head>"
                + "<body><h1 class=\"title\">" + posting.title() + "</h1><div class=\"company\">" + posting.company()
                + "</div>" + (posting.location().isEmpty() ? "" : "<div class=\"location\">" + posting.location() + "</div>")
                + body + "</body></html>";
    }

    private static String form(String id, Posting posting, Optional<String> error) {
        StringBuilder html = new StringBuilder();
        error.ifPresent(message -> html.append("<div class=\"error\">").append(message).append("</div>"));
        html.append("<form id=\"apply\" method=\"post\" action=\"").append(MOUNT).append("/jobs/").append(id)
                .append("\">");
        for (String[] field : CONTACT) {
            html.append(field(field[0], field[1]));
        }
        if (posting.colourQuestion()) {
            html.append(field("favourite_colour", FAVOURITE_COLOUR));
        }
        if (posting.authorisationQuestion()) {
            html.append(field("authorised_here", AUTHORISED_HERE));
        }
        return html.append("<button id=\"submit\" type=\"submit\">Submit application</button></form>").toString();
    }

    private static String field(String name, String label) {
        return "<p><label for=\"" + name + "\">" + label + " *</label><input id=\"" + name + "\" name=\"" + name
                + "\" data-required=\"true\" data-label=\"" + label + "\"></p>";
    }
}
