package dev.nyx.testkit.greenhouse.internal;

import static dev.nyx.testkit.internal.Html.escape;

import dev.nyx.testkit.greenhouse.EducationSection;
import dev.nyx.testkit.greenhouse.EducationSection.Part;
import dev.nyx.testkit.greenhouse.GreenhouseOption;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.greenhouse.Widget;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders Greenhouse's education block ({@link EducationSection}) on both page styles, after the
 * public facts in ATS-NOTES 1.4/1.5: the classic {@code #education_section div.education} with
 * selects (select2, or a select2 type-ahead for the school) and {@code MM}/{@code YYYY} inputs; the new
 * board's {@code div.education--container > div.education--form} with react-selects {@code school--0},
 * {@code degree--0}, {@code discipline--0}, {@code start-month--0}, {@code end-month--0} and number inputs
 * {@code start-year--0}, {@code end-year--0}. Stateless.
 */
final class EducationMarkup {
    /** The new board's month options: "January" = {@code 1} ... "December" = {@code 12}. */
    static final List<GreenhouseOption> MONTHS = months();

    private EducationMarkup() {
    }

    static String classic(EducationSection education) {
        boolean required = education.required();
        StringBuilder html = new StringBuilder("<div id=\"education_section\">\n<h3 class=\"section-heading\">"
                + "Education</h3>\n<div class=\"education\" data-index=\"0\">\n");
        html.append(classicSelect("education_school_name_0", Part.SCHOOL, "School", "Select a School", required,
                education.schools(), education.school() == Widget.TYPE_AHEAD));
        html.append(classicSelect("education_degree_0", Part.DEGREE, "Degree", "Select a Degree", required,
                education.degrees(), false));
        html.append(classicSelect("education_discipline_0", Part.DISCIPLINE, "Discipline", "Select a Discipline", false,
                education.disciplines(), false));
        if (education.dates()) {
            html.append(classicDates("start", "Start Date", Part.START_MONTH, Part.START_YEAR, required,
                    education.ariaLabels()));
            html.append(classicDates("end", "End Date", Part.END_MONTH, Part.END_YEAR, false, education.ariaLabels()));
        }
        return html.append("</div>\n<a href=\"#\" id=\"add_education\" class=\"add-another\">+ Add another education</a>\n"
                + "</div>\n").toString();
    }

    private static String classicSelect(String id, Part part, String label, String prompt, boolean required,
                                        List<GreenhouseOption> options, boolean typeAhead) {
        StringBuilder html = new StringBuilder("<div class=\"field\"><label for=\"" + id + "\">" + label
                + (required ? " <span class=\"asterisk\">*</span>" : "") + "</label>\n<select id=\"" + id + "\" name=\""
                + escape(EducationSection.posted(GreenhouseStyle.CLASSIC, part)) + "\""
                + (required ? " aria-required=\"true\"" : "") + (typeAhead ? " data-minimum-input-length=\"2\"" : "")
                + ">\n<option value=\"\">" + prompt + "</option>\n");
        for (GreenhouseOption option : options) {
            html.append("<option value=\"").append(escape(option.value())).append("\">").append(escape(option.label()))
                    .append("</option>\n");
        }
        return html.append("</select></div>\n").toString();
    }

    private static String classicDates(String which, String legend, Part month, Part year, boolean required,
                                       boolean ariaLabels) {
        String monthId = "education_" + which + "_date_month_0";
        String yearId = "education_" + which + "_date_year_0";
        String aria = required ? " aria-required=\"true\"" : "";
        String monthInput = "<input type=\"text\" id=\"" + monthId + "\" name=\""
                + escape(EducationSection.posted(GreenhouseStyle.CLASSIC, month)) + "\" placeholder=\"MM\" maxlength=\"2\""
                + " size=\"2\"" + (ariaLabels ? " aria-label=\"" + legend + " Month\"" : "") + ">";
        String yearInput = "<input type=\"text\" id=\"" + yearId + "\" name=\""
                + escape(EducationSection.posted(GreenhouseStyle.CLASSIC, year)) + "\" placeholder=\"YYYY\" maxlength=\"4\""
                + " size=\"4\"" + aria + (ariaLabels ? " aria-label=\"" + legend + " Year\"" : "") + ">";
        if (ariaLabels) {
            return "<div class=\"field date-range\"><div class=\"field-label\">" + legend
                    + (required ? " <span class=\"asterisk\">*</span>" : "") + "</div>\n" + monthInput + " / " + yearInput
                    + "</div>\n";
        }
        return "<fieldset class=\"field date-range\"><legend>" + legend + (required ? " <span class=\"asterisk\">*</span>" : "")
                + "</legend>\n<label for=\"" + monthId + "\" class=\"visually-hidden\">" + legend + " Month</label>\n"
                + monthInput + "\n<label for=\"" + yearId + "\" class=\"visually-hidden\">" + legend + " Year</label>\n"
                + yearInput + "\n</fieldset>\n";
    }

    static String jobBoards(EducationSection education) {
        boolean required = education.required();
        StringBuilder html = new StringBuilder("<div class=\"education--container\"><h3 class=\"section-header\">"
                + "Education</h3><div class=\"education--form\">");
        html.append(field(JobBoardsPage.combobox("school--0", EducationSection.posted(GreenhouseStyle.JOB_BOARDS,
                Part.SCHOOL), label("School", required), required, education.schools(), false,
                education.school() == Widget.TYPE_AHEAD, false, "")));
        html.append(field(JobBoardsPage.combobox("degree--0", EducationSection.posted(GreenhouseStyle.JOB_BOARDS,
                Part.DEGREE), label("Degree", required), required, education.degrees(), false, false, "")));
        html.append(field(JobBoardsPage.combobox("discipline--0", EducationSection.posted(GreenhouseStyle.JOB_BOARDS,
                Part.DISCIPLINE), label("Discipline", false), false, education.disciplines(), false, false, "")));
        if (education.dates()) {
            html.append(field(JobBoardsPage.combobox("start-month--0", EducationSection.posted(GreenhouseStyle.JOB_BOARDS,
                    Part.START_MONTH), label("Start date month", false), false, MONTHS, false, false, "")));
            html.append(field(year("start-year--0", Part.START_YEAR, "Start date year", required)));
            html.append(field(JobBoardsPage.combobox("end-month--0", EducationSection.posted(GreenhouseStyle.JOB_BOARDS,
                    Part.END_MONTH), label("End date month", false), false, MONTHS, false, false, "")));
            html.append(field(year("end-year--0", Part.END_YEAR, "End date year", false)));
        }
        return html.append("</div><button type=\"button\" class=\"add-another-button btn btn--text\">Add another"
                + "</button></div>\n").toString();
    }

    private static String field(String body) {
        return "<div class=\"field-wrapper\">" + body + "</div>";
    }

    private static String label(String text, boolean required) {
        return text + (required ? "<span aria-hidden=\"true\" class=\"required\">*</span>" : "");
    }

    private static String year(String id, Part part, String label, boolean required) {
        return "<div class=\"text-input-wrapper\"><div class=\"input-wrapper\"><label id=\"" + id + "-label\" for=\"" + id
                + "\" class=\"label\">" + label(label, required) + "</label><input class=\"input input__single-line\""
                + " type=\"number\" id=\"" + id + "\" name=\"" + escape(EducationSection.posted(GreenhouseStyle.JOB_BOARDS,
                part)) + "\" min=\"1950\" max=\"2040\" step=\"1\"" + (required ? " aria-required=\"true\" required" : "")
                + " autocomplete=\"off\"></div></div>";
    }

    private static List<GreenhouseOption> months() {
        List<GreenhouseOption> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(new GreenhouseOption(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    Integer.toString(month.getValue())));
        }
        return List.copyOf(months);
    }
}
