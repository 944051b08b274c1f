package dev.nyx.ats.workday.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.Experience;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Work;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.FuzzyText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "My Experience" sections of a Workday step: one Work Experience panel per job and one Education panel per school
 * of {@link ApplyContext#experience()}, added with the section's Add / Add Another button ({@code add-button}) and
 * filled from the entry (ATS-NOTES 3.4): job title, company, "I currently work here" when the job has no end date,
 * From/To month and year, role description; school (searched; an "Other" entry only when the school is not listed,
 * noted), degree by its kind ("Master" is "Master's Degree"), field of study, grade, first and last year. A panel field
 * the entry does not give and the page requires (a job's location) is left to the step's questions. Panels already
 * there (a step filled before) are filled again in order, none added twice. A step without Add buttons is left alone
 * (and the experience is not asked for).
 */
final class ExperienceFiller {
    /** What the sections got: panels filled and files uploaded. */
    record Filled(int work, int education, List<String> uploaded) {
        Filled {
            uploaded = List.copyOf(uploaded);
        }
    }

    private ExperienceFiller() {
    }

    /** Adds and fills the panels of every entry; marks the panel fields it filled (or left empty on purpose) handled. */
    static Filled fill(Page page, Locator container, String stepKey, ApplyContext context, StepFieldFiller filler,
                       Set<String> handled) {
        Map<ExperiencePanels.Section, String> addButtons = ExperiencePanels.addButtons(container);
        if (addButtons.isEmpty()) {
            return new Filled(0, 0, List.of());
        }
        Experience experience = context.experience();
        int work = 0;
        int education = 0;
        if (addButtons.containsKey(ExperiencePanels.Section.WORK)) {
            for (Work entry : experience.work()) {
                List<StepField> fields = ExperiencePanels.panel(page, container, stepKey, ExperiencePanels.Section.WORK,
                        work, addButtons, context.stepTimeout());
                fillWork(page, context, filler, entry, fields, handled);
                work++;
            }
        }
        if (addButtons.containsKey(ExperiencePanels.Section.EDUCATION)) {
            for (Education entry : experience.education()) {
                List<StepField> fields = ExperiencePanels.panel(page, container, stepKey,
                        ExperiencePanels.Section.EDUCATION, education, addButtons, context.stepTimeout());
                fillEducation(page, context, filler, entry, fields, handled);
                education++;
            }
        }
        return new Filled(work, education, List.of());
    }

    private static void fillWork(Page page, ApplyContext context, StepFieldFiller filler, Work entry,
                                 List<StepField> fields, Set<String> handled) {
        for (StepField field : fields) {
            String slot = slot(field);
            Optional<Object> value = switch (slot) {
                case "jobtitle" -> entry.position().map(Object.class::cast);
                case "company" -> Optional.of(entry.name());
                case "current" -> Optional.of(entry.isCurrent());
                case "start" -> entry.startDate().map(Object.class::cast);
                case "end" -> entry.isCurrent() ? Optional.empty() : entry.endDate().map(Object.class::cast);
                case "description" -> entry.summary().or(() -> entry.highlights().isEmpty() ? Optional.empty()
                        : Optional.of(String.join("\n", entry.highlights()))).map(Object.class::cast);
                default -> Optional.empty();
            };
            // a job's location is not in the profile: asked (in the step's questions) only when the page needs it
            boolean known = !slot.isEmpty() && !(slot.equals("location") && field.required());
            if (value.isPresent()) {
                put(page, context, filler, field, value.get());
                handled.add(field.id());
            } else if (known && (!field.required() || slot.equals("end") && entry.isCurrent())) {
                handled.add(field.id()); // nothing to give, and nothing the page needs
            }
        }
    }

    private static void fillEducation(Page page, ApplyContext context, StepFieldFiller filler, Education entry,
                                      List<StepField> fields, Set<String> handled) {
        for (StepField field : fields) {
            String slot = slot(field);
            Optional<Object> value = switch (slot) {
                case "school" -> Optional.of(entry.institution());
                case "degree" -> entry.studyType().map(Object.class::cast);
                case "study" -> entry.area().map(Object.class::cast);
                case "grade" -> entry.score().map(Object.class::cast);
                case "start" -> entry.startDate().map(Object.class::cast);
                case "end" -> entry.endDate().map(Object.class::cast);
                default -> Optional.empty();
            };
            if (value.isPresent()) {
                if (slot.equals("degree")) {
                    degree(page, context, filler, field, value.get().toString());
                } else if (slot.equals("school") || slot.equals("study")) {
                    listed(page, context, filler, field, value.get().toString());
                } else {
                    put(page, context, filler, field, value.get());
                }
                handled.add(field.id());
            } else if (!slot.isEmpty() && !field.required()) {
                handled.add(field.id());
            }
        }
    }

    /** What a panel field is for, from its key and label; empty when unknown. */
    private static String slot(StepField field) {
        String key = FuzzyText.normalize(field.key().replaceAll("([a-z])([A-Z])", "$1 $2")).replace(" ", "");
        String label = FuzzyText.normalize(field.label());
        if (key.contains("jobtitle") || label.contains("job title")) {
            return "jobtitle";
        }
        if (key.contains("currentlywork") || label.contains("currently work")) {
            return "current";
        }
        if (key.contains("company") || label.contains("company") || label.contains("employer")) {
            return "company";
        }
        if (key.contains("location") || label.contains("location")) {
            return "location";
        }
        if (key.contains("school") || label.contains("school") || label.contains("university")) {
            return "school";
        }
        if (key.contains("degree") || label.equals("degree")) {
            return "degree";
        }
        if (key.contains("fieldofstudy") || label.contains("field of study")) {
            return "study";
        }
        if (key.contains("grade") || key.contains("gpa") || label.contains("grade") || label.contains("gpa")
                || label.contains("overall result")) {
            return "grade";
        }
        if (key.contains("startdate") || key.contains("firstyear") || label.equals("from") || label.contains("start date")
                || label.contains("first year")) {
            return "start";
        }
        if (key.contains("enddate") || key.contains("lastyear") || label.equals("to") || label.contains("end date")
                || label.contains("last year")) {
            return "end";
        }
        if (key.contains("description") || label.contains("description")) {
            return "description";
        }
        return "";
    }

    /** Puts a text, a check box state or a date into a field of whatever kind the page uses. */
    private static void put(Page page, ApplyContext context, StepFieldFiller filler, StepField field, Object value) {
        Duration timeout = context.stepTimeout();
        if (value instanceof Boolean checked) {
            if (field.kind() == StepField.Kind.CHECKBOX) {
                filler.check(field, checked);
            }
            return;
        }
        if (value instanceof PartialDate date) {
            if (field.kind() == StepField.Kind.DATE) {
                Map<String, Integer> parts = new LinkedHashMap<>();
                parts.put("Year", date.year());
                date.month().ifPresent(month -> parts.put("Month", month));
                date.day().ifPresent(day -> parts.put("Day", day));
                if (field.dateParts().contains("Month") && date.month().isEmpty()) {
                    context.note("The profile gives only the year for '" + field.label() + "' on Workday; the month"
                            + " was left empty.");
                }
                StepWidgets.typeDate(page, field, parts, timeout);
            } else if (field.kind() == StepField.Kind.TEXT) {
                filler.text(field, date.month().map(month -> String.format("%02d/%d", month, date.year()))
                        .orElse(String.valueOf(date.year())));
            } else if (field.kind() == StepField.Kind.DROPDOWN) {
                StepWidgets.chooseInDropdown(page, page.locator(field.selector() + " button[aria-haspopup=listbox]")
                        .first(), field.label(), String.valueOf(date.year()), timeout);
            }
            return;
        }
        String text = value.toString();
        switch (field.kind()) {
            case TEXT, TEXT_AREA -> filler.text(field, text);
            case DROPDOWN -> StepWidgets.chooseInDropdown(page, page.locator(field.selector()
                    + " button[aria-haspopup=listbox]").first(), field.label(), text, timeout);
            case MULTISELECT -> MultiSelect.choose(page, field, text, timeout);
            default -> throw new NyxException(ErrorCode.FILL_FAILED, "The Workday field '" + field.label()
                    + "' is a " + field.kind() + ", which cannot take the entry's text.");
        }
    }

    /** A school or field of study: the listed entry, else an "Other"-like one (noted), else typed when free text. */
    private static void listed(Page page, ApplyContext context, StepFieldFiller filler, StepField field, String value) {
        if (field.kind() == StepField.Kind.TEXT || field.kind() == StepField.Kind.TEXT_AREA) {
            filler.text(field, value);
            return;
        }
        try {
            put(page, context, filler, field, value);
        } catch (NyxException e) {
            if (e.code() != ErrorCode.OPTION_NOT_FOUND) {
                throw e;
            }
            put(page, context, filler, field, "Other");
            context.note("Workday does not list the entry for '" + field.label() + "'; chose 'Other' instead.");
        }
    }

    /** The degree option of the kind of {@code studyType}: "Master" is "Master's Degree", "PhD" is "Doctorate". */
    private static void degree(Page page, ApplyContext context, StepFieldFiller filler, StepField field,
                               String studyType) {
        if (field.kind() != StepField.Kind.DROPDOWN) {
            put(page, context, filler, field, studyType);
            return;
        }
        List<String> options = StepReader.withOptions(page, field, context.stepTimeout()).options();
        List<String> kinds = options.stream().map(ExperienceFiller::degreeKind).toList();
        Optional<FuzzyText.Match> match = FuzzyText.best(degreeKind(studyType), kinds);
        String chosen;
        if (match.isPresent()) {
            chosen = options.get(match.get().index());
        } else {
            chosen = options.stream().filter(option -> FuzzyText.normalize(option).startsWith("other")).findFirst()
                    .orElseThrow(() -> new NyxException(ErrorCode.OPTION_NOT_FOUND, "No degree of '" + field.label()
                            + "' fits the profile's study type; offered: " + FuzzyText.describe(options) + "."));
            context.note("Workday offers no degree like the profile's; chose '" + chosen + "'.");
        }
        StepWidgets.chooseInDropdown(page, page.locator(field.selector() + " button[aria-haspopup=listbox]").first(),
                field.label(), chosen, context.stepTimeout());
    }

    /** The kind of a degree, in words that compare: "Master's Degree" and "MSc" are both "master". */
    static String degreeKind(String text) {
        List<String> words = new ArrayList<>();
        for (String word : FuzzyText.normalize(text).split(" ")) {
            String kind = switch (word) {
                case "master", "masters", "msc", "ms", "ma", "mba", "meng", "mphil", "magister" -> "master";
                case "bachelor", "bachelors", "bsc", "bs", "ba", "beng", "undergraduate" -> "bachelor";
                case "phd", "doctor", "doctoral", "doctorate", "dphil", "doctorat", "promotion" -> "doctorate";
                case "associate", "associates" -> "associate";
                case "degree", "of", "in", "s" -> "";
                default -> word;
            };
            if (!kind.isEmpty()) {
                words.add(kind);
            }
        }
        return String.join(" ", words);
    }
}
