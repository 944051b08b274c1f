package dev.nyx.testkit.greenhouse.internal;

import static dev.nyx.testkit.internal.Html.escape;

import dev.nyx.model.QuestionType;
import dev.nyx.testkit.greenhouse.Eeoc;
import dev.nyx.testkit.greenhouse.GreenhouseOption;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseQuestion;
import dev.nyx.testkit.greenhouse.LabelWiring;
import dev.nyx.testkit.greenhouse.LocationQuestion;
import dev.nyx.testkit.greenhouse.LocationWidget;
import dev.nyx.testkit.greenhouse.Widget;
import dev.nyx.testkit.internal.Html;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the new {@code job-boards.greenhouse.io} application page (ATS-NOTES 1.5): text inputs
 * whose {@code id} is the API field name, react-select-like comboboxes that {@code job-boards.js}
 * brings to life, checkbox fieldsets, hidden file inputs, native {@code required} and, when asked, a
 * reCAPTCHA v2 (checkbox, or invisible bound to the submit button). Stateless.
 */
public final class JobBoardsPage {
    private JobBoardsPage() {
    }

    /**
     * @param errors posted field name to message, shown next to the fields
     * @param banner a message for the top of the form (validation failure)
     */
    public static String render(String siteUrl, GreenhousePosting posting, Map<String, String> errors,
                                Optional<String> banner) {
        return render(siteUrl, posting, errors, banner, Optional.empty());
    }

    /**
     * @param captcha the reCAPTCHA v2 widget the form carries, if any: the checkbox above the submit
     *                button, or the invisible one bound to it
     */
    public static String render(String siteUrl, GreenhousePosting posting, Map<String, String> errors,
                                Optional<String> banner, Optional<RecaptchaGuard> captcha) {
        StringBuilder questions = new StringBuilder();
        for (GreenhouseQuestion question : posting.questions()) {
            questions.append(control(question, errors));
            if (question.field().name().equals("phone") && posting.locationQuestion() != LocationQuestion.NONE) {
                questions.append(location(posting.locationQuestion() == LocationQuestion.REQUIRED,
                        posting.locationWidget(), errors));
            }
        }
        if (posting.locationQuestion() != LocationQuestion.NONE && posting.questionFor("phone").isEmpty()) {
            questions.append(location(posting.locationQuestion() == LocationQuestion.REQUIRED,
                        posting.locationWidget(), errors));
        }
        posting.education().ifPresent(education -> questions.append(EducationMarkup.jobBoards(education)));
        StringBuilder eeoc = new StringBuilder();
        if (posting.eeoc()) {
            eeoc.append("<div class=\"eeoc__container\"><h3 class=\"section-header\">Voluntary Self-Identification</h3>")
                    .append("<div class=\"eeoc__description\">").append(Html.sanitizeDescription(Eeoc.BURDEN_STATEMENT))
                    .append("</div>\n");
            for (GreenhouseQuestion question : Eeoc.questions()) {
                eeoc.append(control(question, errors));
            }
            eeoc.append("</div>\n");
        }
        String errorBlock = "";
        if (banner.isPresent() || !errors.isEmpty()) {
            errorBlock = "<div id=\"application-errors\" class=\"application--error\" role=\"alert\">"
                    + escape(banner.orElse("Please complete the required fields.")) + "</div>";
        }
        Map<String, String> slots = new HashMap<>();
        slots.put("title", escape(posting.title()));
        slots.put("company", escape(posting.companyName()));
        slots.put("location", escape(posting.location()));
        slots.put("description", Html.sanitizeDescription(posting.descriptionHtml()));
        slots.put("assets", escape(siteUrl + "/assets"));
        slots.put("submitUrl", escape(siteUrl + "/" + posting.boardToken() + "/jobs/" + posting.postingId()));
        slots.put("errors", errorBlock);
        slots.put("questions", questions.toString());
        slots.put("eeoc", eeoc.toString());
        slots.put("captchaScript", captcha.map(RecaptchaGuard::scriptTag).orElse(""));
        slots.put("captchaWidget", captcha.map(RecaptchaGuard::checkboxWidget).orElse(""));
        slots.put("submitClass", captcha.filter(guard -> guard.captcha().isInvisible()).map(guard -> " g-recaptcha")
                .orElse(""));
        slots.put("submitAttributes", captcha.map(RecaptchaGuard::submitAttributes).orElse(""));
        return Templates.fill(Templates.resource("job-boards.html"), slots);
    }

    private static String control(GreenhouseQuestion question, Map<String, String> errors) {
        String name = question.field().name();
        String error = errors.containsKey(name)
                ? "<p class=\"helper-text helper-text--error\" id=\"" + escape(name) + "-error\">"
                + escape(errors.get(name)) + "</p>" : "";
        String condition = question.showWhen().map(when -> " data-show-when-name=\"" + escape(when.fieldName())
                + "\" data-show-when-value=\"" + escape(when.value()) + "\" hidden").orElse("");
        String description = question.description().map(text -> "<div class=\"field-description\">"
                + Html.sanitizeDescription(text) + "</div>").orElse("");
        String body = switch (question.kind()) {
            case YES_NO, SINGLE_SELECT -> switch (question.widget()) {
                case RADIO_GROUP -> Groups.group("radio", name, name, label(question), question.required(),
                        question.required(), question.field().values(), question.group(), description, true);
                case NATIVE_SELECT -> "<div class=\"select\">" + Groups.nativeSelect(name, name, label(question),
                        question.required(), false, question.field().values(), "Select...", description, true) + "</div>";
                default -> combobox(name, name, label(question), question.required(), question.field().values(), false,
                        question.widget() == Widget.TYPE_AHEAD, false, description);
            };
            case MULTI_SELECT -> switch (question.widget()) {
                case CHECKBOX_GROUP -> checkboxes(question, description);
                case NATIVE_SELECT -> "<div class=\"select\">" + Groups.nativeSelect(name, name, label(question),
                        question.required(), true, question.field().values(), "", description, true) + "</div>";
                default -> combobox(name, name, label(question), question.required(), question.field().values(), true,
                        false, description);
            };
            case CHECKBOX -> checkboxes(question, description);
            case FILE -> fileUpload(question);
            default -> text(question, description, !error.isEmpty());
        };
        return "<div class=\"field-wrapper\"" + condition + ">" + body + error + "</div>\n";
    }

    private static String label(GreenhouseQuestion question) {
        return escape(ClassicPage.pageLabel(question.label()))
                + (question.required() ? "<span aria-hidden=\"true\" class=\"required\">*</span>" : "");
    }

    private static String text(GreenhouseQuestion question, String description, boolean invalid) {
        String id = escape(question.field().name());
        String type = switch (question.kind()) {
            case NUMBER -> "number";
            case DATE -> "date";
            default -> question.field().name().equals("email") ? "email" : "text";
        };
        LabelWiring wiring = question.wiring();
        StringBuilder attributes = new StringBuilder(" id=\"" + id + "\" name=\"" + id + "\"");
        if (question.required()) {
            attributes.append(" aria-required=\"true\" required");
        }
        attributes.append(" aria-invalid=\"").append(invalid).append('"');
        if (invalid) {
            attributes.append(" aria-describedby=\"").append(id).append("-error\"");
        }
        if (wiring == LabelWiring.ARIA_LABELLEDBY) {
            attributes.append(" aria-labelledby=\"").append(id).append("-label\"");
        }
        if (wiring == LabelWiring.PLACEHOLDER_ONLY) {
            attributes.append(" placeholder=\"").append(escape(question.label())).append('"');
        }
        String control = question.kind() == QuestionType.LONG_TEXT
                ? "<textarea class=\"input input__multi-line\"" + attributes + " rows=\"5\"></textarea>"
                : "<input class=\"input input__single-line\" type=\"" + type + "\"" + attributes
                + (type.equals("number") ? " min=\"0\" step=\"1\"" : " maxlength=\"255\"") + " autocomplete=\"off\">";
        String labelled = switch (wiring) {
            case FOR -> "<label id=\"" + id + "-label\" for=\"" + id + "\" class=\"label\">" + label(question)
                    + "</label>" + control;
            case WRAPPING -> "<label class=\"label\">" + label(question) + control + "</label>";
            case ARIA_LABELLEDBY -> "<div id=\"" + id + "-label\" class=\"label\">" + label(question) + "</div>"
                    + control;
            case PLACEHOLDER_ONLY -> control;
        };
        return "<div class=\"text-input-wrapper\"><div class=\"input-wrapper\">" + labelled + "</div>"
                + description + "</div>";
    }

    /** A react-select-like combobox; the picked value(s) go into hidden inputs named {@code postedName}. */
    static String combobox(String id, String postedName, String label, boolean required,
                           List<GreenhouseOption> options, boolean multi, boolean geo, String description) {
        return comboboxWithData(id, postedName, label, required, optionData(options), multi, geo, false, description);
    }

    /** Like {@link #combobox}; an async one lists options only once something is typed (a type-ahead). */
    static String combobox(String id, String postedName, String label, boolean required,
                           List<GreenhouseOption> options, boolean multi, boolean async, boolean geo, String description) {
        return comboboxWithData(id, postedName, label, required, optionData(options), multi, geo, async, description);
    }

    private static List<Map<String, String>> optionData(List<GreenhouseOption> options) {
        List<Map<String, String>> data = new ArrayList<>();
        for (GreenhouseOption option : options) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("label", option.label());
            entry.put("value", option.value());
            data.add(entry);
        }
        return data;
    }

    private static String comboboxWithData(String id, String postedName, String label, boolean required,
                                           List<Map<String, String>> data, boolean multi, boolean geo, boolean async,
                                           String description) {
        String escapedId = escape(id);
        return "<div class=\"select\"><div class=\"select__container\">"
                + "<label id=\"" + escapedId + "-label\" for=\"" + escapedId + "\" class=\"label select__label\">"
                + label + "</label>"
                + "<div class=\"select-shell\" data-name=\"" + escape(postedName) + "\" data-multi=\"" + multi
                + "\" data-geo=\"" + geo + "\"" + (async ? " data-async=\"true\"" : "") + " data-options=\"" + escape(ApiJson.write(data)) + "\">"
                + "<div class=\"select__control\">"
                + "<div class=\"select__value-container" + (multi ? " select__value-container--is-multi" : "") + "\">"
                + "<div class=\"select__placeholder\" id=\"react-select-" + escapedId + "-placeholder\">Select...</div>"
                + "<div class=\"select__input-container\"><input class=\"select__input\" type=\"text\" role=\"combobox\""
                + " id=\"" + escapedId + "\" aria-expanded=\"false\" aria-haspopup=\"true\" aria-autocomplete=\"list\""
                + " aria-labelledby=\"" + escapedId + "-label\"" + (required ? " aria-required=\"true\"" : "")
                + " autocomplete=\"off\" autocapitalize=\"none\" spellcheck=\"false\"></div>"
                + "</div>"
                + "<div class=\"select__indicators\"><button type=\"button\" class=\"icon-button\""
                + " aria-label=\"Toggle flyout\" tabindex=\"-1\">\u25be</button></div>"
                + "</div>"
                + "<div class=\"select__hidden-values\">"
                + (multi ? "" : "<input type=\"hidden\" name=\"" + escape(postedName) + "\" value=\"\">")
                + "</div></div></div>" + description + "</div>";
    }

    private static String checkboxes(GreenhouseQuestion question, String description) {
        String name = question.field().name();
        // one option (a consent box) can be natively required; a group is checked on the server
        boolean nativeRequired = question.required() && question.field().values().size() == 1;
        return Groups.group("checkbox", name, name.replace("[]", ""), label(question), question.required(),
                nativeRequired, question.field().values(), question.group(), description, true);
    }

    private static String fileUpload(GreenhouseQuestion question) {
        String name = escape(question.field().name());
        return "<div class=\"file-upload\" data-field=\"" + name + "\">"
                + "<div class=\"label file-upload__label\" id=\"upload-label-" + name + "\">" + label(question) + "</div>"
                + "<div class=\"file-upload__wrapper\">"
                + "<div class=\"file-upload__filename\" hidden></div>"
                + "<button type=\"button\" class=\"icon-button\" aria-label=\"Remove file\" hidden>\u00d7</button>"
                + "<div class=\"button-container\">"
                + "<button type=\"button\" class=\"btn btn--pill\" data-action=\"attach\">Attach</button>"
                + "<button type=\"button\" class=\"btn btn--pill\" disabled>Dropbox</button>"
                + "<button type=\"button\" class=\"btn btn--pill\" disabled>Google Drive</button>"
                + "<button type=\"button\" class=\"btn btn--pill\" data-action=\"manual\">Enter manually</button>"
                + "</div>"
                + "<input type=\"file\" class=\"visually-hidden\" id=\"" + name + "\" name=\"" + name + "\""
                + " accept=\".pdf,.doc,.docx,.txt,.rtf\" aria-labelledby=\"upload-label-" + name + "\""
                + (question.required() ? " required" : "") + ">"
                + "<textarea class=\"input input__multi-line\" id=\"" + name + "_text\" name=\"" + name + "_text\""
                + " aria-labelledby=\"upload-label-" + name + "\" rows=\"6\" hidden disabled></textarea>"
                + "</div>"
                + "<p class=\"file-upload__hint\">Accepted file types: pdf, doc, docx, txt, rtf</p></div>";
    }

    private static String plainLocation(boolean required) {
        return "<div class=\"text-input-wrapper\"><div class=\"input-wrapper\"><label id=\"candidate-location-label\""
                + " for=\"candidate-location\" class=\"label\">Location (City)"
                + (required ? "<span aria-hidden=\"true\" class=\"required\">*</span>" : "") + "</label>"
                + "<input class=\"input input__single-line\" id=\"candidate-location\" name=\"location\" type=\"text\""
                + (required ? " aria-required=\"true\" required" : "") + " maxlength=\"255\" autocomplete=\"off\">"
                + "</div></div>";
    }

    private static String location(boolean required, LocationWidget widget, Map<String, String> errors) {
        List<Map<String, String>> cities = Cities.ALL.stream()
                .map(city -> Map.of("label", city.name(), "value", city.name(), "latitude", city.latitude(),
                        "longitude", city.longitude()))
                .toList();
        String label = "Location (City)" + (required ? "<span aria-hidden=\"true\" class=\"required\">*</span>" : "");
        String error = errors.containsKey("location") ? "<p class=\"helper-text helper-text--error\" id=\"location-error\">"
                + escape(errors.get("location")) + "</p>" : "";
        if (widget == LocationWidget.PLAIN_TEXT) {
            return "<div class=\"field-wrapper location-input\">" + plainLocation(required) + error + "</div>\n";
        }
        return "<div class=\"field-wrapper location-input\">"
                + (comboboxWithData("candidate-location", "location", label, required, cities, false, true,
                        widget == LocationWidget.TYPE_AHEAD, ""))
                + "<input type=\"hidden\" id=\"latitude\" name=\"latitude\" value=\"\">"
                + "<input type=\"hidden\" id=\"longitude\" name=\"longitude\" value=\"\">"
                + "<button type=\"button\" class=\"btn btn--text\" disabled>Locate me</button>"
                + error + "</div>\n";
    }
}
