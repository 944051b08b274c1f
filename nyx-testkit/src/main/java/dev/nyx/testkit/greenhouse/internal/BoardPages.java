package dev.nyx.testkit.greenhouse.internal;

import static dev.nyx.testkit.internal.Html.escape;

import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import java.util.List;

/** Pages both board styles share: the job list, "no longer open" and "not found". Stateless. */
public final class BoardPages {
    public static final String NO_LONGER_OPEN = "The job you are looking for is no longer open.";

    private BoardPages() {
    }

    public static ReplicaResponse board(String siteUrl, String boardToken, List<GreenhousePosting> postings,
                                        boolean closedNotice) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Jobs at ").append(escape(boardToken)).append("</title></head><body><main>");
        if (closedNotice) {
            html.append("<div id=\"flash_pending\" class=\"flash\" role=\"alert\">").append(NO_LONGER_OPEN)
                    .append("</div>");
        }
        html.append("<h1>Current openings</h1><section class=\"level-0\">");
        for (GreenhousePosting posting : postings) {
            if (posting.open()) {
                html.append("<div class=\"opening\"><a href=\"").append(escape(siteUrl)).append('/')
                        .append(escape(boardToken)).append("/jobs/").append(posting.postingId()).append("\">")
                        .append(escape(posting.title())).append("</a> <span class=\"location\">")
                        .append(escape(posting.location())).append("</span></div>");
            }
        }
        return ReplicaResponse.html(200, html.append("</section></main></body></html>").toString());
    }

    public static ReplicaResponse notFound(String what) {
        return ReplicaResponse.html(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Page not found</title></head><body><main><h1>Sorry, but we can't find that page.</h1>"
                + "<p>" + escape(what) + "</p></main></body></html>");
    }
}
