package dev.nyx.testkit.workday.internal;

import static dev.nyx.testkit.workday.internal.WorkdayPages.escape;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.testkit.workday.UiGeneration;
import dev.nyx.testkit.workday.WorkdayField;
import dev.nyx.testkit.workday.WorkdayFieldKind;
import dev.nyx.testkit.workday.WorkdayPosting;
import dev.nyx.testkit.workday.WorkdaySection;
import dev.nyx.testkit.workday.WorkdayStep;
import dev.nyx.testkit.workday.WorkdayTenant;
import dev.nyx.testkit.workday.WorkdayWizard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The HTML of the replica wizard's pages (ATS-NOTES 3.3 to 3.5): every step has the progress bar
 * ({@code progressBar} with {@code progressBarActiveStep}, {@code progressBarCompletedStep},
 * {@code progressBarInactiveStep} and "current step N of M"), the {@code errorBanner}, the step's container with
 * its title, and the footer's "Back" and "Save and Continue" (legacy {@code bottom-navigation-previous-button} /
 * {@code bottom-navigation-next-button}, fkit {@code pageFooterBackButton} / {@code pageFooterNextButton}). The
 * fields and sections are rendered in the browser by {@code wizard.js} from the step's model, as Workday's
 * single-page application renders them. The Review step lists what was saved and its next button says "Submit";
 * after it comes a confirmation page whose markup is the replica's own ({@code applicationSubmitted}: ATS-NOTES has
 * no source for it). Stateless.
 */
final class WizardPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = load();

    private WizardPages() {
    }

    /** Where the page's script posts. */
    record Urls(String save, String back, String upload) {
    }

    /** A step's page, with the draft's values filled in (as Workday shows them after "Back"). */
    static String step(WorkdayTenant tenant, WorkdayWizard wizard, int index, WorkdayPosting posting, WizardDraft draft,
                       Urls urls) {
        WorkdayStep step = wizard.steps().get(index);
        UiGeneration ui = tenant.ui();
        boolean legacy = ui == UiGeneration.LEGACY;
        ObjectNode config = JSON.createObjectNode();
        config.put("ui", ui.name());
        config.put("job", posting.jobReqId());
        config.put("step", step.key());
        config.put("container", step.container(ui));
        config.put("nextButton", legacy ? "bottom-navigation-next-button" : "pageFooterNextButton");
        config.put("backButton", legacy ? "bottom-navigation-previous-button" : "pageFooterBackButton");
        config.put("saveUrl", urls.save());
        config.put("backUrl", urls.back());
        config.put("uploadUrl", urls.upload() + "?job=" + posting.jobReqId() + "&step=" + step.key());
        ArrayNode sections = config.putArray("sections");
        step.sections().stream().sorted().forEach(section -> sections.add(section.name()));
        ArrayNode fields = config.putArray("fields");
        for (WorkdayField field : step.fields()) {
            fields.add(field(field, ui));
        }
        ObjectNode values = config.putObject("values");
        draft.values(step.key()).forEach((key, list) -> {
            ArrayNode array = values.putArray(key);
            list.forEach(array::add);
        });
        config.set("work", JSON.valueToTree(draft.work()));
        config.set("education", JSON.valueToTree(draft.education()));
        config.put("resumeName", draft.upload(step.key() + ".resume").map(WizardDraft.Upload::name).orElse(""));
        config.set("degrees", JSON.valueToTree(WorkdayWizard.DEGREES));
        config.set("fieldsOfStudy", JSON.valueToTree(WorkdayWizard.FIELDS_OF_STUDY));
        String body = "<div data-automation-id=\"" + step.container(ui) + "\"><h2>" + escape(step.title()) + "</h2>"
                + "<div data-replica=\"fields\"></div></div>";
        return page(tenant, wizard, index, step.title(), body, step.key().equals(WorkdayStep.AUTOFILL) ? "Continue"
                : "Save and Continue")
                + "<script>window.WD_STEP = " + config.toString().replace("</", "<\\/") + ";</script><script>" + SCRIPT
                + "</script></body></html>";
    }

    /** The Review step: the saved values, read-only, and "Submit". */
    static String review(WorkdayTenant tenant, WorkdayWizard wizard, int index, WorkdayPosting posting,
                         WizardDraft draft, Urls urls) {
        WorkdayStep review = wizard.steps().get(index);
        UiGeneration ui = tenant.ui();
        StringBuilder summary = new StringBuilder();
        for (WorkdayStep step : wizard.steps().subList(0, index)) {
            summary.append("<section data-automation-id=\"reviewSection\"><h3>").append(escape(step.title()))
                    .append("</h3><dl>");
            Map<String, List<String>> saved = draft.values(step.key());
            for (WorkdayField field : step.fields()) {
                List<String> values = saved.getOrDefault(field.key(), List.of());
                if (field.kind() == WorkdayFieldKind.HIDDEN || values.isEmpty()) {
                    continue;
                }
                String shown = field.kind() == WorkdayFieldKind.CHECKBOX ? "Yes" : String.join(", ", values);
                summary.append("<dt>").append(escape(field.label())).append("</dt><dd>").append(escape(shown))
                        .append("</dd>");
            }
            summary.append("</dl>");
            if (step.sections().contains(WorkdaySection.WORK_EXPERIENCE)) {
                entries(summary, "Work Experience", draft.work(), List.of("jobTitle", "company", "location",
                        "startDate", "endDate", "description"));
            }
            if (step.sections().contains(WorkdaySection.EDUCATION)) {
                entries(summary, "Education", draft.education(), List.of("school", "degree", "fieldOfStudy",
                        "gradeAverage", "firstYear", "lastYear"));
            }
            if (step.sections().contains(WorkdaySection.RESUME)) {
                draft.upload(step.key() + ".resume").ifPresent(upload -> summary.append("<h4>Resume/CV</h4><p>")
                        .append(escape(upload.name())).append("</p>"));
            }
            summary.append("</section>");
        }
        boolean legacy = ui == UiGeneration.LEGACY;
        ObjectNode config = JSON.createObjectNode();
        config.put("ui", ui.name());
        config.put("job", posting.jobReqId());
        config.put("step", review.key());
        config.put("container", review.container(ui));
        config.put("nextButton", legacy ? "bottom-navigation-next-button" : "pageFooterNextButton");
        config.put("backButton", legacy ? "bottom-navigation-previous-button" : "pageFooterBackButton");
        config.put("saveUrl", urls.save());
        config.put("backUrl", urls.back());
        config.put("uploadUrl", urls.upload() + "?job=" + posting.jobReqId() + "&step=" + review.key());
        config.putArray("sections");
        config.putArray("fields");
        config.putObject("values");
        config.putArray("work");
        config.putArray("education");
        config.putArray("degrees");
        config.putArray("fieldsOfStudy");
        String body = "<div data-automation-id=\"" + review.container(ui) + "\"><h2>" + escape(review.title())
                + "</h2><div data-replica=\"fields\"></div>" + summary + "</div>";
        return page(tenant, wizard, index, review.title(), body, "Submit")
                + "<script>window.WD_STEP = " + config.toString().replace("</", "<\\/") + ";</script><script>" + SCRIPT
                + "</script></body></html>";
    }

    /** The page after a submitted application (replica-own markup: {@code applicationSubmitted}). */
    static String submitted(WorkdayTenant tenant, WorkdayPosting posting) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(tenant.company())
                + " | Application Submitted</title></head><body><div data-automation-id=\"applicationSubmitted\""
                + " role=\"status\"><h2>Application Submitted</h2><p>Thank you for applying to "
                + escape(posting.title()) + " at " + escape(tenant.company()) + ".</p></div></body></html>";
    }

    /** The progress bar of the wizard's own steps, {@code active} counted from 0. */
    static String progressBar(WorkdayWizard wizard, int active) {
        List<WorkdayStep> steps = wizard.steps();
        StringBuilder bar = new StringBuilder("<ol data-automation-id=\"progressBar\">");
        for (int index = 0; index < steps.size(); index++) {
            String state = index < active ? "progressBarCompletedStep"
                    : index == active ? "progressBarActiveStep" : "progressBarInactiveStep";
            bar.append("<li data-automation-id=\"").append(state).append("\">")
                    .append(index == active ? "<span>current step " + (active + 1) + " of " + steps.size() + "</span>"
                            : "")
                    .append(escape(steps.get(index).title())).append("</li>");
        }
        return bar.append("</ol>").toString();
    }

    private static void entries(StringBuilder summary, String title, List<Map<String, String>> entries,
                                List<String> keys) {
        for (int index = 0; index < entries.size(); index++) {
            summary.append("<h4>").append(title).append(' ').append(index + 1).append("</h4><dl>");
            for (String key : keys) {
                String value = entries.get(index).getOrDefault(key, "");
                if (!value.isEmpty()) {
                    summary.append("<dt>").append(key).append("</dt><dd>").append(escape(value)).append("</dd>");
                }
            }
            summary.append("</dl>");
        }
    }

    private static ObjectNode field(WorkdayField field, UiGeneration ui) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", field.key());
        node.put("kind", field.kind().name());
        node.put("label", field.label());
        node.put("required", field.required());
        node.put("legacyId", field.legacyId());
        node.put("fkitId", field.fkitId());
        node.put("wrapper", field.wrapperId(ui));
        node.set("options", JSON.valueToTree(field.options()));
        ArrayNode categories = node.putArray("categories");
        field.categories().forEach((name, leaves) -> categories.addArray().add(name).add(JSON.valueToTree(leaves)));
        field.shownWhen().ifPresent(condition -> {
            ObjectNode when = node.putObject("shownWhen");
            when.put("field", condition.fieldKey());
            when.set("anyOf", JSON.valueToTree(condition.anyOf()));
        });
        return node;
    }

    private static String page(WorkdayTenant tenant, WorkdayWizard wizard, int index, String title, String body,
                               String nextText) {
        boolean legacy = tenant.ui() == UiGeneration.LEGACY;
        String back = index == 0 ? "" : legacy
                ? "<button type=\"button\" data-automation-id=\"bottom-navigation-previous-button\">Back</button>"
                : "<button type=\"button\" data-automation-id=\"pageFooterBackButton\">Back</button>";
        String next = legacy
                ? "<button type=\"button\" data-automation-id=\"bottom-navigation-next-button\">" + nextText + "</button>"
                : "<button type=\"button\" data-automation-id=\"pageFooterNextButton\">" + nextText + "</button>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(tenant.company())
                + " | " + escape(title) + "</title></head><body>"
                + "<header><button type=\"button\" data-automation-id=\"utilityMenuButton\">Account</button></header>"
                + progressBar(wizard, index)
                + "<div data-automation-id=\"errorBanner\" role=\"alert\" hidden><h3>Errors Found</h3><ul></ul></div>"
                + body + "<footer>" + back + next + "</footer>";
    }

    private static String load() {
        try (InputStream in = WizardPages.class.getResourceAsStream("/dev/nyx/testkit/workday/wizard.js")) {
            if (in == null) {
                throw new IllegalStateException("wizard.js is missing from the testkit's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read wizard.js from the testkit's resources", e);
        }
    }
}
