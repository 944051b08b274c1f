package dev.nyx.testkit.lever.internal;

import static dev.nyx.testkit.internal.Html.escape;

import dev.nyx.testkit.lever.LeverCard;
import dev.nyx.testkit.lever.LeverCardField;
import dev.nyx.testkit.lever.LeverPosting;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the hosted Lever pages (ATS-NOTES 2.1, 2.3): the board, the posting page, the apply page with
 * its sections (resume and basics, links, custom question cards, EEO survey, consent, additional
 * information, submit with an optional invisible hCaptcha), the thank-you page and the error pages. Our
 * own markup, shaped like the public facts: {@code form#application-form}, {@code li.application-question}
 * with {@code div.application-label} (required marker ✱) and {@code div.application-field}. Stateless.
 */
public final class LeverPages {
    /** The EEO survey's questions: posted name, label, options (values are the labels, as on Lever). */
    public static final Map<String, List<String>> EEO_OPTIONS = Map.of(
            "eeo[gender]", List.of("Male", "Female", "Decline to self-identify"),
            "eeo[race]", List.of("Hispanic or Latino", "White (Not Hispanic or Latino)",
                    "Black or African American (Not Hispanic or Latino)",
                    "Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)",
                    "Asian (Not Hispanic or Latino)", "American Indian or Alaska Native (Not Hispanic or Latino)",
                    "Two or More Races (Not Hispanic or Latino)", "Decline to self-identify"),
            "eeo[veteran]", List.of("I am a veteran", "I am not a veteran", "Decline to self-identify"),
            "eeo[disability]", List.of("Yes, I have a disability, or have a history/record of having a disability",
                    "No, I don't have a disability, or a history/record of having a disability",
                    "I don't wish to answer"));
    private static final List<String[]> EEO_LABELS = List.of(new String[] {"eeo[gender]", "Gender"},
            new String[] {"eeo[race]", "Race"}, new String[] {"eeo[veteran]", "Veteran status"},
            new String[] {"eeo[disability]", "Disability status"});
    private static final Map<String, String> LINK_LABELS = Map.of("LinkedIn", "LinkedIn URL", "GitHub", "GitHub URL",
            "Portfolio", "Portfolio URL", "Other", "Other website", "Twitter", "Twitter URL");
    private static final String REQUIRED = "<span class=\"required\">\u2731</span>";

    private LeverPages() {
    }

    private static StringBuilder head(LeverPosting posting, String siteUrl, String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"").append(escape(posting.language()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(escape(siteUrl)).append("/assets/lever.css\">");
    }

    private static void header(StringBuilder html, LeverPosting posting, String siteUrl) {
        html.append("<div class=\"main-header page-full-width section-wrapper\"><div class=\"main-header-content"
                + " page-centered narrow-section\"><a class=\"main-header-logo\" href=\"").append(escape(siteUrl))
                .append('/').append(escape(posting.site())).append("\"><img alt=\"").append(escape(posting.company()))
                .append(" logo\" src=\"data:,\"></a></div></div>");
        html.append("<div class=\"section-wrapper accent-section page-full-width\"><div class=\"section page-centered"
                + " posting-header\"><div class=\"posting-headline\"><h2>").append(escape(posting.title()))
                .append("</h2><div class=\"posting-categories\"><div class=\"sort-by-location posting-category"
                        + " location\">").append(escape(posting.location())).append("</div><div class=\"sort-by-team"
                        + " posting-category department\">").append(escape(posting.team()))
                .append("</div><div class=\"sort-by-commitment posting-category commitment\">")
                .append(escape(posting.commitment())).append("</div></div></div></div></div>");
    }

    /** The posting page {@code /{site}/{id}} with its description and the apply button. */
    public static String posting(String siteUrl, LeverPosting posting) {
        StringBuilder html = head(posting, siteUrl, posting.company() + " - " + posting.title())
                .append("</head><body class=\"show-page\">");
        header(html, posting, siteUrl);
        html.append("<div class=\"section-wrapper page-full-width\"><div class=\"section page-centered\""
                + " data-qa=\"job-description\">");
        for (String paragraph : posting.description().split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(paragraph.strip())).append("</p>");
        }
        html.append("</div><div class=\"section page-centered last-section-apply\"><a class=\"postings-btn"
                + " template-btn-submit\" data-qa=\"btn-apply-bottom\" href=\"").append(escape(applyUrl(siteUrl, posting)))
                .append("\">Apply for this job</a></div></div></body></html>");
        return html.toString();
    }

    /**
     * The apply page {@code /{site}/{id}/apply}.
     *
     * @param errors  messages to show above the form (the page's own validation), empty on first view
     * @param captcha the hCaptcha script URL and site key when the form carries one
     */
    public static String apply(String siteUrl, LeverPosting posting, List<String> errors,
                               Optional<LeverCaptchaGuard> captcha) {
        LeverPosting.LeverForm form = posting.form();
        StringBuilder html = head(posting, siteUrl, posting.company() + " - " + posting.title());
        captcha.ifPresent(guard -> html.append("<script src=\"").append(escape(guard.scriptUrl()))
                .append("\" async defer></script>"));
        html.append("</head><body class=\"application-page\">");
        header(html, posting, siteUrl);
        html.append("<div class=\"section-wrapper page-full-width\"><form id=\"application-form\""
                + " class=\"application-form\" method=\"POST\" enctype=\"multipart/form-data\" action=\"")
                .append(escape(applyUrl(siteUrl, posting))).append("\" data-site-url=\"").append(escape(siteUrl))
                .append('/').append(escape(posting.site())).append("\">");
        for (String hidden : List.of("accountId", "linkedInData", "origin", "referer", "timezone",
                "socialReferralKey", "socialSource", "source", "resumeStorageId", "selectedLocation")) {
            String value = hidden.equals("accountId") ? "acc-" + posting.site() : hidden.equals("origin")
                    ? "jobs.lever.co" : "";
            html.append("<input type=\"hidden\" name=\"").append(hidden).append("\" value=\"").append(value)
                    .append("\">");
        }
        html.append(form.extraHtml());
        if (!errors.isEmpty()) {
            html.append("<div class=\"application-error error-message\" role=\"alert\"><ul>");
            errors.forEach(error -> html.append("<li>").append(escape(error)).append("</li>"));
            html.append("</ul></div>");
        }
        html.append("<div class=\"section application-form page-centered\"><h4>Submit your application</h4><ul>");
        html.append("<li class=\"application-question resume").append(form.resumeRequired() ? " required-field" : "")
                .append("\"><div class=\"application-label\">Resume/CV").append(form.resumeRequired() ? REQUIRED : "")
                .append("</div><div class=\"application-field\"><a class=\"postings-btn template-btn-utility"
                        + " visible-resume-upload\"><span class=\"default-label\">Attach resume/CV</span>"
                        + "<input id=\"resume-upload-input\" class=\"application-file-input\" type=\"file\""
                        + " name=\"resume\" data-qa=\"input-resume\" aria-label=\"Resume/CV\"")
                .append(form.resumeRequired() ? " required" : "")
                .append("></a><span class=\"resume-upload-working\" hidden>Uploading resume...</span>"
                        + "<span class=\"resume-upload-success\" hidden>Success!</span>"
                        + "<span class=\"resume-upload-failure\" hidden>Couldn't auto-read resume.</span>"
                        + "<span class=\"resume-upload-oversize\" hidden>File exceeds the maximum upload size.</span>"
                        + "<span class=\"filename\"></span></div></li>");
        basic(html, "Full name", "name", "text", true, "name-input");
        basic(html, "Email", "email", "email", true, "email-input");
        if (form.phone()) {
            basic(html, "Phone", "phone", "tel", false, "phone-input");
        }
        if (form.locationField()) {
            html.append("<li class=\"application-question\"><label><div class=\"application-label\">Current location")
                    .append(REQUIRED).append("</div><div class=\"application-field\"><input type=\"text\""
                            + " name=\"location\" id=\"location-input\" class=\"location-input\" autocomplete=\"off\""
                            + " role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\""
                            + " aria-controls=\"location-results\" data-qa=\"location-input\" required></div></label>"
                            + "<div class=\"dropdown-container dropdown-location\" hidden><div id=\"location-results\""
                            + " class=\"dropdown-results\" role=\"listbox\"></div></div></li>");
        }
        if (form.org()) {
            basic(html, "Current company", "org", "text", false, "org-input");
        }
        html.append("</ul></div>");
        if (!form.links().isEmpty()) {
            html.append("<div class=\"section application-form page-centered\"><h4>Links</h4><ul>");
            form.links().forEach(kind -> basic(html, LINK_LABELS.getOrDefault(kind, kind + " URL"),
                    "urls[" + kind + "]", "text", false, kind.toLowerCase(java.util.Locale.ROOT) + "-input"));
            html.append("</ul></div>");
        }
        form.cards().forEach(card -> card(html, card));
        if (form.eeo()) {
            eeo(html);
        }
        if (form.consent()) {
            html.append("<div class=\"section application-form page-centered consent-section\"><h4>Privacy</h4><ul>"
                    + "<li class=\"application-question consent\"><label><input type=\"checkbox\""
                    + " name=\"consent[store]\" value=\"true\" required> <span class=\"application-answer-alternative\">"
                    + "I consent to ").append(escape(posting.company())).append(" storing and processing my"
                    + " personal data for this application").append(REQUIRED).append("</span></label></li>"
                    + "<li class=\"application-question consent\"><label><input type=\"checkbox\""
                    + " name=\"consent[marketing]\" value=\"true\"> <span class=\"application-answer-alternative\">"
                    + "Send me news about future job openings at ").append(escape(posting.company()))
                    .append("</span></label></li></ul></div>");
        }
        html.append("<div class=\"section application-form page-centered\"><h4>Additional information</h4><ul>"
                + "<li class=\"application-question additional-information\"><div class=\"application-field\">"
                + "<textarea name=\"comments\" id=\"additional-information\" class=\"card-field-input\""
                + " placeholder=\"Add a cover letter or anything else you want to share.\"></textarea></div></li>"
                + "</ul></div>");
        html.append("<div class=\"section page-centered last-section-apply\">");
        captcha.ifPresent(guard -> html.append("<div id=\"h-captcha\" class=\"h-captcha\" data-sitekey=\"")
                .append(escape(guard.siteKey())).append("\" data-size=\"invisible\" data-callback=\"onHcaptchaSubmit\">"
                        + "</div>"));
        html.append("<button type=\"button\" class=\"postings-btn template-btn-submit\" id=\"btn-submit\""
                + " data-qa=\"btn-submit\">Submit application</button><button type=\"submit\" id=\"hcaptchaSubmitBtn\""
                + " class=\"hidden\" style=\"display:none\" tabindex=\"-1\"></button></div></form></div>");
        html.append("<script src=\"").append(escape(siteUrl)).append("/assets/lever.js\"></script></body></html>");
        return html.toString();
    }

    private static void basic(StringBuilder html, String label, String name, String type, boolean required, String qa) {
        html.append("<li class=\"application-question\"><label><div class=\"application-label\">").append(escape(label))
                .append(required ? REQUIRED : "").append("</div><div class=\"application-field\"><input type=\"")
                .append(type).append("\" name=\"").append(escape(name)).append("\" data-qa=\"").append(qa).append('"')
                .append(required ? " required" : "").append("></div></label></li>");
    }

    private static void card(StringBuilder html, LeverCard card) {
        html.append("<div class=\"section page-centered application-form\" data-qa=\"additional-cards\">"
                + "<h4 data-qa=\"card-name\">").append(escape(card.title())).append("</h4><input type=\"hidden\" name=\"")
                .append(escape("cards[" + card.id() + "][baseTemplate]")).append("\" value=\"")
                .append(escape("{\"id\":\"" + card.id() + "\",\"fields\":" + card.fields().size() + "}"))
                .append("\"><ul>");
        for (int index = 0; index < card.fields().size(); index++) {
            LeverCardField field = card.fields().get(index);
            String name = escape(card.fieldName(index));
            String kindClass = switch (field.kind()) {
                case TEXT -> "";
                case TEXTAREA -> " textarea";
                case MULTIPLE_CHOICE -> " multiple-choice";
                case MULTIPLE_SELECT -> " multiple-select";
                case DROPDOWN -> " dropdown";
            };
            html.append("<li class=\"application-question custom-question\"><div><div class=\"application-label"
                    + " full-width").append(kindClass).append("\"><div class=\"text\">").append(escape(field.text()))
                    .append(field.required() ? REQUIRED : "").append("</div></div><div class=\"application-field"
                            + " full-width").append(field.required() ? " required-field" : "").append("\">");
            String required = field.required() ? " required" : "";
            switch (field.kind()) {
                case TEXT -> html.append("<input class=\"card-field-input\" type=\"text\" placeholder=\"Type your"
                        + " response\" name=\"").append(name).append('"').append(required).append('>');
                case TEXTAREA -> html.append("<textarea class=\"card-field-input\" name=\"").append(name).append('"')
                        .append(required).append("></textarea>");
                case MULTIPLE_CHOICE -> {
                    html.append("<ul data-qa=\"multiple-choice\">");
                    field.options().forEach(option -> html.append("<li><label><input type=\"radio\" name=\"")
                            .append(name).append("\" value=\"").append(escape(option)).append('"').append(required)
                            .append("><span class=\"application-answer-alternative\">").append(escape(option))
                            .append("</span></label></li>"));
                    html.append("</ul>");
                }
                case MULTIPLE_SELECT -> {
                    html.append("<ul data-qa=\"checkboxes\">");
                    field.options().forEach(option -> html.append("<li><label><input type=\"checkbox\" name=\"")
                            .append(name).append("\" value=\"").append(escape(option))
                            .append("\"><span class=\"application-answer-alternative\">").append(escape(option))
                            .append("</span></label></li>"));
                    html.append("</ul>");
                }
                case DROPDOWN -> {
                    html.append("<div class=\"application-dropdown\"><select name=\"").append(name).append('"')
                            .append(required).append("><option value=\"\">Select ...</option>");
                    field.options().forEach(option -> html.append("<option value=\"").append(escape(option))
                            .append("\">").append(escape(option)).append("</option>"));
                    html.append("</select></div>");
                }
            }
            html.append("</div></div></li>");
        }
        html.append("</ul></div>");
    }

    private static void eeo(StringBuilder html) {
        html.append("<div class=\"section application-form page-centered eeo-section\" data-qa=\"eeo-section\">"
                + "<h4>U.S. Equal Employment Opportunity information (Completion is voluntary and will not subject"
                + " you to adverse treatment)</h4><p>Our company values diversity. To ensure that we comply with"
                + " reporting requirements and to learn more about how we can increase diversity in our candidate"
                + " pool, we invite you to voluntarily provide demographic information.</p><ul>");
        for (String[] question : EEO_LABELS) {
            html.append("<li class=\"application-question\"><label><div class=\"application-label\">")
                    .append(question[1]).append("</div><div class=\"application-field\"><select name=\"")
                    .append(question[0]).append("\"><option value=\"\">Select ...</option>");
            EEO_OPTIONS.get(question[0]).forEach(option -> html.append("<option value=\"").append(escape(option))
                    .append("\">").append(escape(option)).append("</option>"));
            html.append("</select></div></label></li>");
        }
        html.append("</ul></div>");
    }

    /** The page after a successful submit, {@code /{site}/{id}/thanks}. */
    public static String thanks(String siteUrl, LeverPosting posting) {
        StringBuilder html = head(posting, siteUrl, posting.company() + " - " + posting.title())
                .append("</head><body class=\"thanks-page\">");
        header(html, posting, siteUrl);
        return html.append("<div class=\"section-wrapper page-full-width\"><div class=\"section page-centered"
                + " application-confirmation\" data-qa=\"msg-submit-success\"><h3>Application submitted!</h3>"
                + "<p>Thank you for applying to ").append(escape(posting.company()))
                .append(". We have received your application and will be in touch.</p></div></div></body></html>")
                .toString();
    }

    /** A site's board {@code /{site}}: its open postings. */
    public static String board(String siteUrl, String site, List<LeverPosting> postings) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(site)).append(" jobs</title></head><body><div class=\"postings-wrapper\">"
                        + "<div class=\"postings-group\">");
        for (LeverPosting posting : postings) {
            html.append("<div class=\"posting\" data-qa-posting-id=\"").append(escape(posting.id()))
                    .append("\"><a class=\"posting-title\" href=\"").append(escape(postingUrl(siteUrl, posting)))
                    .append("\"><h5 data-qa=\"posting-name\">").append(escape(posting.title()))
                    .append("</h5><div class=\"posting-categories\"><span class=\"sort-by-location posting-category"
                            + " location\">").append(escape(posting.location())).append("</span></div></a></div>");
        }
        return html.append("</div></div></body></html>").toString();
    }

    /** The 404 page; {@code closed} says the posting existed and is no longer open. */
    public static String notFound(boolean closed) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body>"
                + "<div class=\"section page-centered\"><h2>" + (closed
                ? "Sorry, this job is no longer open. The position may have been filled or closed."
                : "Sorry, we couldn't find anything here.")
                + "</h2><p>" + (closed ? "The company is not accepting applications for it any more."
                : "Check the address, or browse the company's open jobs.") + "</p>"
                + "</div></body></html>";
    }

    static String postingUrl(String siteUrl, LeverPosting posting) {
        return siteUrl + "/" + posting.site() + "/" + posting.id();
    }

    static String applyUrl(String siteUrl, LeverPosting posting) {
        return postingUrl(siteUrl, posting) + "/apply";
    }
}
