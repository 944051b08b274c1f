package dev.nyx.ats.workday.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.model.Answer;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.ControlKind;
import dev.nyx.spi.support.FormField;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.FuzzyText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills one Workday field with a value, with the shared filler ({@link FormFiller}: text, radios, check boxes,
 * uploads) where it fits and {@link StepWidgets} where Workday differs (dropdown popups, searchable multi-selects,
 * date parts); turns a field into the {@link Question} the host answers. One per step fill; not thread-safe.
 */
final class StepFieldFiller {
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "1", "checked", "on", "agree", "i agree");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "0", "unchecked", "off");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(?:(\\d{1,2})/)?(\\d{4})");
    // the date a form is signed on: "Date", "Today's Date", "Date Signed", "Signature Date"
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^(date|signature date)$|\\btoday|\\bsigned\\b");
    // the year (or date) of the candidate's graduation: "In which year did you graduate?", "Year of graduation"
    private static final Pattern GRADUATION = Pattern.compile("\\bgraduat");
    private static final Pattern RESUME = Pattern.compile("\\b(resume|cv|curriculum vitae|attachments?|upload)\\b");

    private final Page page;
    private final ApplyContext context;
    private final FormFiller filler;
    private final Duration timeout;

    StepFieldFiller(Page page, ApplyContext context) {
        this.page = page;
        this.context = context;
        this.timeout = context.stepTimeout();
        this.filler = FormFiller.forPage(page, timeout);
    }

    /** The question the host answers for {@code field}: its id prefixed with the step key. */
    static Question question(String stepKey, StepField field) {
        List<Option> options = field.options().stream().map(text -> new Option(text, text)).toList();
        QuestionType type = switch (field.kind()) {
            case TEXT -> QuestionType.SHORT_TEXT;
            case TEXT_AREA -> QuestionType.LONG_TEXT;
            case DROPDOWN, RADIO -> isYesNo(field.options()) ? QuestionType.YES_NO : QuestionType.SINGLE_SELECT;
            case MULTISELECT, CHECKBOXES -> QuestionType.MULTI_SELECT;
            case CHECKBOX -> QuestionType.CHECKBOX;
            case DATE -> QuestionType.DATE;
            case FILE -> QuestionType.FILE;
        };
        Optional<String> section = field.panel().isPresent() ? field.section().or(field::panel) : field.section();
        // a required field the page shows a value for needs no answer: one given replaces the value, none keeps it
        return new Question(stepKey + "." + field.id(), field.label(), type, field.required() && !field.filled(),
                type.hasOptions() ? options : List.of(), Optional.empty(), section, Optional.empty());
    }

    /**
     * Fills what the adapter knows without asking: the date a self-identification form is signed on (today), and the
     * year of graduation (the latest end of the profile's education entries, when it has one).
     *
     * @return whether the field was filled
     */
    boolean fillKnown(StepField field) {
        String label = FuzzyText.normalize(field.label());
        if (field.kind() == StepField.Kind.DATE && SIGNATURE_DATE.matcher(label).find()) {
            LocalDate today = LocalDate.now(context.clock());
            StepWidgets.typeDate(page, field, Map.of("Month", today.getMonthValue(), "Day", today.getDayOfMonth(),
                    "Year", today.getYear()), timeout);
            return true;
        }
        if (GRADUATION.matcher(label).find() && (field.kind() == StepField.Kind.DATE
                || field.kind() == StepField.Kind.TEXT && label.contains("year"))) {
            Optional<PartialDate> graduated = graduation();
            if (graduated.isEmpty()) {
                return false;
            }
            if (field.kind() == StepField.Kind.TEXT) {
                text(field, String.valueOf(graduated.get().year()));
            } else {
                Map<String, Integer> parts = new LinkedHashMap<>();
                parts.put("Year", graduated.get().year());
                graduated.get().month().ifPresent(month -> parts.put("Month", month));
                graduated.get().day().ifPresent(day -> parts.put("Day", day));
                if (!parts.keySet().containsAll(field.dateParts())) {
                    return false; // the page wants a month or day the profile does not give: ask
                }
                StepWidgets.typeDate(page, field, parts, timeout);
            }
            return true;
        }
        return false;
    }

    /** When the candidate last graduated: the latest end of the profile's education entries, if the host tells. */
    private Optional<PartialDate> graduation() {
        try {
            return context.experience().education().stream().flatMap(entry -> entry.endDate().stream())
                    .max(Comparator.naturalOrder());
        } catch (NyxException e) {
            if (e.code() != ErrorCode.INVALID_CONFIGURATION) {
                throw e;
            }
            return Optional.empty(); // an older host: the question is asked instead
        }
    }

    /** Uploads the resume to a resume file field once; returns the file name, or empty for another kind of file. */
    Optional<String> uploadResume(StepField field) {
        Path resume = context.resume().path();
        String name = resume.getFileName().toString();
        Locator wrapper = page.locator(field.selector());
        String about = FuzzyText.normalize(field.label() + " " + field.id() + " " + field.key());
        if (!RESUME.matcher(about).find() && !about.isBlank()) {
            context.note("Left the Workday file field '" + field.label() + "' empty: only the resume is uploaded.");
            return Optional.empty();
        }
        if (wrapper.locator("[data-automation-id=file-upload-item]", new Locator.LocatorOptions().setHasText(name))
                .count() > 0) {
            return Optional.of(name);
        }
        Locator input = wrapper.locator("input[type=file]").first();
        filler.upload(new FormField(field.label(), ControlKind.FILE, input, false, false), resume,
                (uploadPage, file, upload, wait) -> {
                    upload.run();
                    wrapper.locator("[data-automation-id=file-upload-item]", new Locator.LocatorOptions()
                            .setHasText(file.getFileName().toString())).first()
                            .waitFor(new Locator.WaitForOptions().setTimeout(wait.toMillis()));
                });
        return Optional.of(name);
    }

    /** Fills {@code field} with the answer's values. */
    void fill(StepField field, Question question, Answer answer) {
        List<String> values = answer.values();
        String first = values.get(0);
        Locator wrapper = page.locator(field.selector());
        switch (field.kind()) {
            case TEXT, TEXT_AREA -> text(field, String.join(field.kind() == StepField.Kind.TEXT ? ", " : "\n", values));
            case DROPDOWN -> StepWidgets.chooseInDropdown(page, wrapper.locator("button[aria-haspopup=listbox]").first(),
                    field.label(), optionText(question, first), timeout);
            case MULTISELECT -> values.forEach(value -> MultiSelect.choose(page, field,
                    optionText(question, value), timeout));
            case RADIO -> filler.choose(new FormField(field.label(), ControlKind.RADIO_GROUP, group(field), true, false),
                    optionText(question, first));
            case CHECKBOXES -> values.forEach(value -> filler.choose(new FormField(field.label(),
                    ControlKind.CHECKBOX_GROUP, group(field), true, true), optionText(question, value)));
            case CHECKBOX -> filler.setChecked(new FormField(field.label(), ControlKind.CHECKBOX,
                    wrapper.locator("[data-nyx-wd-control]").first(), true, false),
                    !FALSE_WORDS.contains(first.strip().toLowerCase(Locale.ROOT)));
            case DATE -> StepWidgets.typeDate(page, field, dateParts(field, first), timeout);
            case FILE -> uploadResume(field);
        }
    }

    /** Types {@code value} into a text field or text area. */
    void text(StepField field, String value) {
        Locator control = page.locator(field.selector()).locator("[data-nyx-wd-control]").first();
        filler.fillText(new FormField(field.label(), field.kind() == StepField.Kind.TEXT_AREA ? ControlKind.TEXT_AREA
                : ControlKind.TEXT, control, true, false), value);
    }

    /** Sets a single check box. */
    void check(StepField field, boolean checked) {
        filler.setChecked(new FormField(field.label(), ControlKind.CHECKBOX,
                page.locator(field.selector()).locator("[data-nyx-wd-control]").first(), true, false), checked);
    }

    /** The radio or check-box group of a field. */
    private Locator group(StepField field) {
        Locator wrapper = page.locator(field.selector());
        Locator inner = wrapper.locator("[data-nyx-wd-group]");
        return inner.count() > 0 ? inner.first() : wrapper;
    }

    /**
     * An answer's value as the option label to pick: yes/no words map to the Yes/No option, a degree to the option of
     * its kind ("Master" to "Master's Degree") when nothing fits it as written.
     */
    static String optionText(Question question, String value) {
        String trimmed = value.strip();
        if (question.type() == QuestionType.YES_NO) {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(lower)) {
                return "Yes";
            }
            if (FALSE_WORDS.contains(lower)) {
                return "No";
            }
        }
        List<String> labels = question.options().stream().map(Option::label).toList();
        if (!labels.isEmpty() && FuzzyText.best(trimmed, labels).isEmpty() && labels.stream()
                .anyMatch(label -> !ExperienceFiller.degreeKind(label).equals(FuzzyText.normalize(label)))) {
            // degrees: "Master" is "Master's Degree", "PhD" is "Doctorate"
            List<String> kinds = labels.stream().map(ExperienceFiller::degreeKind).toList();
            Optional<FuzzyText.Match> degree = FuzzyText.best(ExperienceFiller.degreeKind(trimmed), kinds);
            if (degree.isPresent()) {
                return labels.get(degree.get().index());
            }
        }
        return question.options().stream().filter(option -> option.value().equals(trimmed)).findFirst()
                .map(Option::label).orElse(trimmed);
    }

    /**
     * The date parts of an answer: {@code 2024-03-15}, {@code 2024-03}, {@code 2024}, {@code 03/15/2024} or
     * {@code 03/2024}.
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} when the answer is no such date
     */
    static Map<String, Integer> dateParts(StepField field, String value) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        Matcher iso = ISO.matcher(value.strip());
        Matcher us = US.matcher(value.strip());
        if (iso.matches()) {
            parts.put("Year", Integer.parseInt(iso.group(1)));
            Optional.ofNullable(iso.group(2)).ifPresent(month -> parts.put("Month", Integer.parseInt(month)));
            Optional.ofNullable(iso.group(3)).ifPresent(day -> parts.put("Day", Integer.parseInt(day)));
        } else if (us.matches()) {
            parts.put("Month", Integer.parseInt(us.group(1)));
            Optional.ofNullable(us.group(2)).ifPresent(day -> parts.put("Day", Integer.parseInt(day)));
            parts.put("Year", Integer.parseInt(us.group(3)));
        } else {
            throw new NyxException(ErrorCode.INVALID_INPUT, "The answer to the Workday date '" + field.label()
                    + "' is not a date (give YYYY-MM-DD, YYYY-MM or YYYY).");
        }
        return parts;
    }

    private static boolean isYesNo(List<String> options) {
        return options.size() == 2 && options.stream().map(FuzzyText::normalize).toList().containsAll(List.of("yes", "no"));
    }
}
