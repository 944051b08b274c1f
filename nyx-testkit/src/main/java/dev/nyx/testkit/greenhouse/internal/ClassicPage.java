package dev.nyx.testkit.greenhouse.internal;

import static dev.nyx.testkit.internal.Html.escape;

import dev.nyx.testkit.greenhouse.Eeoc;
import dev.nyx.testkit.greenhouse.GreenhouseField;
import dev.nyx.testkit.greenhouse.GreenhouseOption;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseQuestion;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.greenhouse.LabelWiring;
import dev.nyx.testkit.greenhouse.LocationQuestion;
import dev.nyx.testkit.greenhouse.LocationWidget;
import dev.nyx.testkit.greenhouse.Widget;
import dev.nyx.testkit.greenhouse.EducationSection;
import dev.nyx.testkit.internal.Html;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the classic {@code boards.greenhouse.io} application page (ATS-NOTES 1.4): {@code div.field}
 * wrappers, {@code job_application[...]} names, selects that {@code classic.js} hides behind
 * select2-like widgets, an S3-style upload form per attachment and, when asked, a reCAPTCHA v2
 * (checkbox, or invisible bound to the submit button). Stateless.
 */
public final class ClassicPage {
    private ClassicPage() {
    }

    /**
     * @param siteUrl absolute URL of the classic site's mount path
     * @param csrf    the token this page render issues
     * @param ghSrc   the {@code gh_src} query parameter, if any
     */
    public static String render(String siteUrl, GreenhousePosting posting, String csrf, Optional<String> ghSrc) {
        return render(siteUrl, posting, csrf, ghSrc, Optional.empty());
    }

    /**
     * @param captcha the reCAPTCHA v2 widget the form carries, if any: the checkbox above the submit
     *                button, or the invisible one bound to it
     */
    public static String render(String siteUrl, GreenhousePosting posting, String csrf, Optional<String> ghSrc,
                                Optional<RecaptchaGuard> captcha) {
        StringBuilder form = new StringBuilder();
        form.append("<input name=\"utf8\" type=\"hidden\" value=\"\u2713\">\n")
                .append(hidden("authenticity_token", "authenticity_token", csrf))
                .append(hidden("job_application_job_post_id", "job_application[job_post_id]", posting.postingId()));
        ghSrc.ifPresent(source -> form.append(hidden("gh_src", "gh_src", source)));
        form.append("<div id=\"main_fields\">\n");
        for (GreenhouseQuestion question : posting.questions()) {
            if (!question.isCustom()) {
                form.append(question.kind() == dev.nyx.model.QuestionType.FILE
                        ? attachment(question) : control(posting, question, -1));
            }
        }
        if (posting.locationQuestion() != LocationQuestion.NONE) {
            form.append(location(siteUrl, posting.locationQuestion() == LocationQuestion.REQUIRED,
                    posting.locationWidget() != LocationWidget.PLAIN_TEXT));
        }
        form.append("</div>\n");
        posting.education().ifPresent(education -> form.append(EducationMarkup.classic(education)));
        form.append("<div id=\"custom_fields\">\n");
        List<GreenhouseQuestion> custom = posting.customQuestions();
        for (int index = 0; index < custom.size(); index++) {
            form.append(control(posting, custom.get(index), index));
        }
        form.append("</div>\n");
        if (posting.eeoc()) {
            form.append("<div id=\"eeoc_fields\">\n<div class=\"eeoc_intro\">")
                    .append(Html.sanitizeDescription(Eeoc.BURDEN_STATEMENT)).append("</div>\n");
            for (GreenhouseQuestion question : Eeoc.questions()) {
                form.append(control(posting, question, -1));
            }
            form.append("</div>\n");
        }
        StringBuilder uploads = new StringBuilder();
        for (GreenhouseQuestion question : posting.questions()) {
            if (question.kind() == dev.nyx.model.QuestionType.FILE) {
                uploads.append(uploadForm(siteUrl, question.field().name()));
            }
        }
        Map<String, String> slots = new HashMap<>();
        slots.put("title", escape(posting.title()));
        slots.put("company", escape(posting.companyName()));
        slots.put("location", escape(posting.location()));
        slots.put("description", Html.sanitizeDescription(posting.descriptionHtml()));
        slots.put("csrf", escape(csrf));
        slots.put("assets", escape(siteUrl + "/assets"));
        slots.put("submitUrl", escape(siteUrl + "/" + posting.boardToken() + "/jobs/" + posting.postingId()));
        slots.put("fields", form.toString());
        slots.put("captchaScript", captcha.map(RecaptchaGuard::scriptTag).orElse(""));
        slots.put("captchaWidget", captcha.map(RecaptchaGuard::checkboxWidget).orElse(""));
        slots.put("submitClass", captcha.filter(guard -> guard.captcha().isInvisible()).map(guard -> " g-recaptcha")
                .orElse(""));
        slots.put("submitAttributes", captcha.map(RecaptchaGuard::submitAttributes).orElse(""));
        slots.put("uploadForms", uploads.toString());
        return Templates.fill(Templates.resource("classic.html"), slots);
    }

    private static String control(GreenhousePosting posting, GreenhouseQuestion question, int customIndex) {
        String posted = FieldNames.posted(GreenhouseStyle.CLASSIC, posting, question.field().name());
        String id = FieldNames.classicId(posted);
        StringBuilder field = new StringBuilder();
        field.append("<div class=\"field\"").append(condition(posting, question)).append(">\n");
        if (customIndex >= 0) {
            field.append(hidden(null, FieldNames.classicQuestionIdName(customIndex), question.customId()));
        }
        String label = escape(pageLabel(question.label())) + (question.required() ? " <span class=\"asterisk\">*</span>" : "");
        String required = question.required() ? " aria-required=\"true\"" : "";
        Widget widget = question.widget();
        switch (question.kind()) {
            case YES_NO, SINGLE_SELECT -> {
                String prompt = question.kind() == dev.nyx.model.QuestionType.YES_NO ? "--" : "Please select";
                switch (widget) {
                    case RADIO_GROUP -> field.append(Groups.group("radio", posted, id, label, question.required(),
                            false, question.field().values(), question.group(), "", false)).append('\n');
                    case NATIVE_SELECT -> field.append(Groups.nativeSelect(id, posted, label, question.required(),
                            false, question.field().values(), prompt, "", false));
                    default -> field.append("<label for=\"").append(id).append("\">").append(label).append("</label>\n")
                            .append(select(id, posted, question.field(), prompt, required
                                    + (widget == Widget.TYPE_AHEAD ? " data-minimum-input-length=\"2\"" : "")));
                }
            }
            case MULTI_SELECT, CHECKBOX -> {
                if (widget == Widget.NATIVE_SELECT) {
                    field.append(Groups.nativeSelect(id, posted, label, question.required(), true,
                            question.field().values(), "", "", false));
                } else {
                    field.append(Groups.group("checkbox", posted, id, label, question.required(), false,
                            question.field().values(), question.group(), "", false)).append('\n');
                }
            }
            default -> field.append(textControl(question, id, posted, label, required));
        }
        question.description().ifPresent(description -> field.append("<div class=\"description\">")
                .append(Html.sanitizeDescription(description)).append("</div>\n"));
        return field.append("</div>\n").toString();
    }

    private static String textControl(GreenhouseQuestion question, String id, String posted, String label,
                                      String required) {
        boolean longText = question.kind() == dev.nyx.model.QuestionType.LONG_TEXT;
        String placeholder = question.kind() == dev.nyx.model.QuestionType.DATE ? "MM/YYYY" : "";
        LabelWiring wiring = question.wiring();
        String labelled = wiring == LabelWiring.ARIA_LABELLEDBY ? " aria-labelledby=\"" + id + "_label\"" : "";
        if (wiring == LabelWiring.PLACEHOLDER_ONLY) {
            placeholder = pageLabel(question.label());
        }
        String attributes = " id=\"" + id + "\" name=\"" + posted + "\"" + required + labelled
                + (placeholder.isEmpty() ? "" : " placeholder=\"" + escape(placeholder) + "\"");
        String control = longText
                ? "<textarea" + attributes + " rows=\"5\" cols=\"30\" autocomplete=\"off\"></textarea>"
                : "<input type=\"text\"" + attributes + " maxlength=\"255\" autocomplete=\"off\">";
        return switch (wiring) {
            case FOR -> "<label for=\"" + id + "\">" + label + "</label>\n" + control + "\n";
            case WRAPPING -> "<label>" + label + "\n" + control + "\n</label>\n";
            case ARIA_LABELLEDBY -> "<div class=\"field-label\" id=\"" + id + "_label\">" + label + "</div>\n"
                    + control + "\n";
            case PLACEHOLDER_ONLY -> control + "\n";
        };
    }

    private static String select(String id, String posted, GreenhouseField field, String prompt, String required) {
        StringBuilder select = new StringBuilder();
        select.append("<select id=\"").append(id).append("\" name=\"").append(posted).append('"').append(required)
                .append(">\n<option value=\"\">").append(prompt).append("</option>\n");
        for (GreenhouseOption option : field.values()) {
            select.append("<option value=\"").append(escape(option.value())).append("\">")
                    .append(escape(option.label())).append("</option>\n");
        }
        return select.append("</select>\n").toString();
    }

    private static String attachment(GreenhouseQuestion question) {
        String name = question.field().name();
        String label = escape(question.label()) + (question.required() ? " <span class=\"asterisk\">*</span>" : "");
        return "<div class=\"field\" id=\"" + name + "_field\">\n"
                + "<label id=\"" + name + "_label\">" + label + "</label>\n"
                + "<div class=\"attach-or-paste\" id=\"" + name + "_upload\" data-field=\"" + name
                + "\" aria-labelledby=\"" + name + "_label\">\n"
                + "<div class=\"link-container\">\n"
                + "<button type=\"button\" data-source=\"attach\" class=\"unstyled-button link-button\">Attach</button>\n"
                + "<button type=\"button\" data-source=\"dropbox\" class=\"unstyled-button link-button\" disabled>Dropbox</button>\n"
                + "<button type=\"button\" data-source=\"google-drive\" class=\"unstyled-button link-button\" disabled>Google Drive</button>\n"
                + "<button type=\"button\" data-source=\"paste\" class=\"unstyled-button link-button\">or enter manually</button>\n"
                + "</div>\n"
                + "<div class=\"chosen\" hidden><span id=\"" + name + "_filename\"></span>"
                + " <button type=\"button\" aria-label=\"Remove attachment\" class=\"remove\">\u00d7</button></div>\n"
                + "<div class=\"progress\" hidden>Uploading\u2026</div>\n"
                + "<textarea id=\"" + name + "_text\" name=\"job_application[" + name + "_text]\" rows=\"6\""
                + " aria-labelledby=\"" + name + "_label\" hidden disabled></textarea>\n"
                + "</div>\n"
                + hidden(name + "_url", "job_application[" + name + "_url]", "")
                + hidden(name + "_url_filename", "job_application[" + name + "_url_filename]", "")
                + "</div>\n";
    }

    private static String uploadForm(String siteUrl, String fieldName) {
        return "<form id=\"s3_upload_for_" + fieldName + "\" class=\"s3-upload-form\" action=\"" + escape(siteUrl)
                + "/s3\" method=\"post\" enctype=\"multipart/form-data\" data-field=\"" + fieldName + "\">\n"
                + "<input type=\"hidden\" name=\"key\" value=\"" + fieldName + "/${filename}\">\n"
                + "<input type=\"hidden\" name=\"success_action_status\" value=\"201\">\n"
                + "<input type=\"file\" name=\"file\" id=\"s3_upload_for_" + fieldName + "_file\""
                + " accept=\".pdf,.doc,.docx,.txt,.rtf\" aria-labelledby=\"" + fieldName + "_label\">\n"
                + "</form>\n";
    }

    private static String location(String siteUrl, boolean required, boolean suggestions) {
        return "<div class=\"field\" id=\"location_field\">\n"
                + "<label for=\"job_application_location\">Location (City)"
                + (required ? " <span class=\"asterisk\">*</span>" : "") + "</label>\n"
                + "<input type=\"text\" id=\"job_application_location\" name=\"job_application[location]\""
                + (suggestions ? " autocomplete=\"off\" aria-autocomplete=\"list\" data-source=\"" + escape(siteUrl)
                + "/locations\"" : " maxlength=\"255\"") + (required ? " aria-required=\"true\"" : "") + ">\n"
                + hidden("job_application_latitude", "job_application[latitude]", "")
                + hidden("job_application_longitude", "job_application[longitude]", "")
                + "</div>\n";
    }

    private static String condition(GreenhousePosting posting, GreenhouseQuestion question) {
        return question.showWhen().map(when -> " data-show-when-name=\""
                + escape(FieldNames.posted(GreenhouseStyle.CLASSIC, posting, when.fieldName()))
                + "\" data-show-when-value=\"" + escape(when.value()) + "\" hidden").orElse("");
    }

    static String pageLabel(String label) {
        return switch (label) {
            case "VeteranStatus" -> "Veteran Status";
            case "DisabilityStatus" -> "Disability Status";
            default -> label;
        };
    }

    private static String hidden(String id, String name, String value) {
        return "<input type=\"hidden\"" + (id == null ? "" : " id=\"" + id + "\"") + " name=\"" + escape(name)
                + "\" value=\"" + escape(value) + "\">\n";
    }
}
