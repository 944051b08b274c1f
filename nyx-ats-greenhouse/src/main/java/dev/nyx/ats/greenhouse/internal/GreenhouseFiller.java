package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.ControlKind;
import dev.nyx.spi.support.FieldValue;
import dev.nyx.spi.support.FormField;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.FormSnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Fills a Greenhouse form (either page style, or the embedded board's frame) with the answers,
 * question by question in page order, through {@link FormFiller}: labels first, the API field name
 * as the fallback locator. Follow-up questions are filled only when the page shows them; questions
 * without an answer are left alone. Never submits. One instance per fill call; not thread-safe.
 */
public final class GreenhouseFiller {
    /** How long a conditional follow-up may take to appear after the answer that triggers it. */
    static final Duration FOLLOW_UP_GRACE = Duration.ofMillis(1500);
    /** The least quiet a page must show before a follow-up retried at the end counts as not coming. */
    private static final Duration MIN_QUIET = Duration.ofMillis(100);
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "1", "checked", "on", "agree", "i agree");
    private static final Set<QuestionType> PLAIN_TEXT = Set.of(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT,
            QuestionType.NUMBER, QuestionType.DATE);
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "0", "unchecked", "off");

    private final ApplyContext context;
    private final Frame frame;
    private final FormFiller form;
    /** API field name to control kind, from a scan that tags the controls; taken when a label does not lead to a field. */
    private Map<String, String> controls;
    /** The form's fields as last listed; dropped after answers that can reveal or hide questions. */
    private FormSnapshot snapshot;

    private GreenhouseFiller(ApplyContext context, Frame frame) {
        this.context = context;
        this.frame = frame;
        this.form = FormFiller.forFrame(frame, context.stepTimeout()).within(GreenhousePage.FORM,
                "the Greenhouse application form");
    }

    private Map<String, String> controls() {
        if (controls == null) {
            // the scan tags every control with its API field name: the fallback locator
            controls = DomPostingReader.scan(frame).stream().collect(Collectors.toMap(
                    entry -> String.valueOf(entry.get("key")), entry -> String.valueOf(entry.get("control")),
                    (first, second) -> first));
        }
        return controls;
    }

    /** Opens the posting's page if it is not showing the form yet, then fills every answered question. */
    public static void fill(ApplyContext context, JobPosting posting, AnswerSet answers) {
        requireNonNull(context, "context is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(answers, "answers is null");
        Frame frame = GreenhousePage.current(context.page(), posting.url(), context.stepTimeout());
        GreenhouseFiller filler = new GreenhouseFiller(context, frame);
        List<Hidden> hidden = new ArrayList<>();
        for (Question question : posting.form().questions()) {
            Optional<Answer> answer = answers.forQuestion(question.id())
                    .filter(given -> given.values().stream().anyMatch(value -> !value.isBlank()));
            if (answer.isPresent() && !filler.fill(question, answer.get())) {
                hidden.add(new Hidden(question, answer.get(), System.nanoTime()));
            }
        }
        // the answers that could reveal them were given a while ago: wait only for the rest of the quiet period
        for (Hidden follow : hidden) {
            Duration since = Duration.ofNanos(System.nanoTime() - follow.seenAtNanos());
            Duration quiet = FormFiller.FOLLOW_UP_QUIET.minus(since);
            filler.fillField(follow.question(), follow.answer(), filler.form.awaitField(follow.question().label(),
                    FOLLOW_UP_GRACE, quiet.compareTo(MIN_QUIET) < 0 ? MIN_QUIET : quiet, kinds(follow.question())));
        }
    }

    /** A question whose field was on the page but hidden when its turn came: a follow-up not revealed (yet). */
    private record Hidden(Question question, Answer answer, long seenAtNanos) {
    }

    /**
     * What the form shows for each question now (question id to values), read back through the
     * support helpers; questions not shown on the page are left out. Never changes the form.
     */
    public static Map<String, List<String>> readBack(ApplyContext context, FormSchema schema) {
        requireNonNull(context, "context is null");
        requireNonNull(schema, "schema is null");
        Frame frame = GreenhousePage.findFormFrame(context.page()).orElseThrow(() -> new NyxException(
                ErrorCode.INVALID_STATE, "The page " + context.page().url()
                        + " shows no Greenhouse application form; call fill before reading it back."));
        GreenhouseFiller filler = new GreenhouseFiller(context, frame);
        // the whole form read back with one browser call
        filler.snapshot = filler.form.snapshotWithValues();
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (Question question : schema.questions()) {
            filler.shown(question).ifPresent(values -> shown.put(question.id(), values));
        }
        return shown;
    }

    private Optional<List<String>> shown(Question question) {
        Optional<FormField> field;
        if (question.type() == QuestionType.FILE) {
            field = snapshot.findIfPresent(question.label(), ControlKind.FILE)
                    .or(() -> snapshot.findIfPresent(question.label(), ControlKind.UPLOAD_BUTTON));
        } else {
            field = snapshot.findIfPresent(question.label(), kinds(question)).filter(FormField::visible);
        }
        if (field.isEmpty()) {
            return Optional.empty();
        }
        FieldValue value = snapshot.valueOf(field.get());
        if (value.checked().isPresent() && value.values().isEmpty()) {
            return Optional.of(value.checked().get() ? List.of(question.options().isEmpty() ? "true"
                    : question.options().get(0).label()) : List.of());
        }
        return Optional.of(value.values().stream().filter(text -> !text.isBlank()).toList());
    }

    /** Fills one question; false when its field is hidden for now (the caller tries it again at the end). */
    private boolean fill(Question question, Answer answer) {
        if (question.type() == QuestionType.FILE) {
            upload(question, answer);
            return true;
        }
        Optional<FormField> byLabel = byLabel(question);
        if (byLabel.isPresent() && !byLabel.get().visible()) {
            return false;
        }
        fillField(question, answer, byLabel.isPresent() ? byLabel : byKey(question));
        return true;
    }

    private void fillField(Question question, Answer answer, Optional<FormField> located) {
        if (located.isEmpty()) {
            if (question.required()) {
                throw new NyxException(ErrorCode.NOT_FOUND, "The form has no field for the required question '"
                        + question.label() + "' (" + question.id() + "); fields found: " + form.labels());
            }
            context.note("Greenhouse: question '" + question.id() + "' is not shown on the page; left it out.");
            return;
        }
        FormField field = located.get();
        if (!PLAIN_TEXT.contains(question.type())) {
            snapshot = null; // choices and check boxes may reveal or hide follow-up questions
        }
        switch (question.type()) {
            case SINGLE_SELECT, YES_NO -> form.choose(field, optionText(question, answer.values().get(0)));
            case MULTI_SELECT -> answer.values().forEach(value -> form.choose(field, optionText(question, value)));
            case CHECKBOX -> check(question, field, answer);
            default -> fillText(question, field, answer.value());
        }
    }

    private void fillText(Question question, FormField field, String value) {
        if (question.id().equals("location") || field.kind() == ControlKind.COMBOBOX) {
            // a location type-ahead: type the place's first part, pick the suggestion that fits the whole
            String typed = value.contains(",") ? value.substring(0, value.indexOf(',')).strip() : value;
            snapshot = null;
            form.typeAhead(field.label(), typed, value);
            return;
        }
        form.fillText(field, DateText.forControl(field.control(), value));
    }

    private void check(Question question, FormField field, Answer answer) {
        String value = answer.values().get(0).strip();
        String lower = value.toLowerCase(Locale.ROOT);
        boolean wanted = !FALSE_WORDS.contains(lower);
        if (field.kind() == ControlKind.CHECKBOX_GROUP && !question.options().isEmpty()) {
            if (wanted) {
                // "true" means the one box offered; a label or value names it
                String option = TRUE_WORDS.contains(lower) ? question.options().get(0).label() : optionText(question, value);
                form.choose(field, option);
            }
            return;
        }
        form.setChecked(field.label(), wanted);
    }

    private void upload(Question question, Answer answer) {
        String value = answer.value().strip();
        Optional<Path> file = asFile(value);
        boolean resume = question.id().equals("resume") || question.label().toLowerCase(Locale.ROOT).contains("resume");
        if (file.isEmpty() && resume) {
            file = Optional.of(context.resume().path());
        }
        if (file.isEmpty()) {
            pasteText(question, value);
            return;
        }
        snapshot = null;
        UploadDone done = new UploadDone(frame, question.id());
        try {
            form.upload(question.label(), file.get(), done);
        } catch (NyxException notByLabel) {
            if (notByLabel.code() != ErrorCode.NOT_FOUND) {
                throw notByLabel;
            }
            Locator control = DomPostingReader.tagged(frame, question.id());
            if ("attach-or-paste".equals(controls().get(question.id()))) {
                control = control.locator("button[data-source=attach], button:has-text('Attach')").first();
            }
            if (control.count() == 0) {
                throw notByLabel;
            }
            form.upload(control, file.get(), done);
        }
    }

    /** A file question answered with text: use the field's "enter manually" box. */
    private void pasteText(Question question, String text) {
        controls(); // the wrapper is found through the control the scan tagged
        Locator wrapper = GreenhousePage.form(frame).locator(".field, .file-upload, .field-wrapper")
                .filter(new Locator.FilterOptions().setHas(frame.locator(DomPostingReader.taggedSelector(question.id()))))
                .first();
        Locator manual = wrapper.locator("button[data-source=paste], button[data-action=manual], "
                + "button:has-text('enter manually'), button:has-text('Enter manually')").first();
        try {
            manual.click(new Locator.ClickOptions().setTimeout(context.stepTimeout().toMillis()));
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.FILL_FAILED, "Could not open the text box of '" + question.label()
                    + "' to paste its answer: " + GreenhousePage.firstLine(e), e);
        }
        String selector = "textarea[name=\"" + question.id() + "_text\"], textarea[name=\"job_application[" + question.id()
                + "_text]\"]";
        FormField box = new FormField(question.label(), ControlKind.TEXT_AREA,
                GreenhousePage.form(frame).locator(selector).first(), true, false);
        form.fillText(box, text);
    }

    /** The field labelled like the question, shown or not; one listing of the form serves many questions. */
    private Optional<FormField> byLabel(Question question) {
        ControlKind[] kinds = kinds(question);
        Optional<FormField> byLabel = Optional.empty();
        try {
            if (snapshot == null) {
                snapshot = form.snapshot();
            }
            // one listing serves many questions; a field it does not know may have appeared since
            byLabel = snapshot.findIfPresent(question.label(), kinds).or(() -> form.findIfPresent(question.label(), kinds));
        } catch (NyxException ambiguous) {
            if (ambiguous.code() != ErrorCode.NOT_FOUND) {
                throw ambiguous;
            }
        }
        return byLabel;
    }

    private Optional<FormField> byKey(Question question) {
        String control = controls().get(question.id());
        if (control == null) {
            return Optional.empty();
        }
        Locator tagged = DomPostingReader.tagged(frame, question.id());
        ControlKind kind = switch (control) {
            case "select2" -> ControlKind.SELECT2;
            case "select" -> ControlKind.NATIVE_SELECT;
            case "combobox" -> ControlKind.COMBOBOX;
            case "textarea" -> ControlKind.TEXT_AREA;
            case "checkbox-group" -> ControlKind.CHECKBOX_GROUP;
            case "radio-group" -> ControlKind.RADIO_GROUP;
            default -> ControlKind.TEXT;
        };
        boolean visible;
        try {
            // selects hide behind their widget; judge those by their wrapper
            Locator shown = kind == ControlKind.SELECT2 || kind == ControlKind.NATIVE_SELECT
                    ? GreenhousePage.form(frame).locator(".field, .field-wrapper").filter(new Locator.FilterOptions()
                            .setHas(frame.locator(DomPostingReader.taggedSelector(question.id())))).first()
                    : tagged;
            shown.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                    .setTimeout(FOLLOW_UP_GRACE.toMillis()));
            visible = true;
        } catch (PlaywrightException notShown) {
            visible = false;
        }
        return visible ? Optional.of(new FormField(question.label(), kind, tagged, true,
                question.type() == QuestionType.MULTI_SELECT)) : Optional.empty();
    }

    private static ControlKind[] kinds(Question question) {
        return switch (question.type()) {
            case SINGLE_SELECT, YES_NO, MULTI_SELECT -> new ControlKind[]{ControlKind.NATIVE_SELECT, ControlKind.SELECT2,
                    ControlKind.COMBOBOX, ControlKind.LISTBOX_BUTTON, ControlKind.RADIO_GROUP, ControlKind.CHECKBOX_GROUP};
            case CHECKBOX -> new ControlKind[]{ControlKind.CHECKBOX, ControlKind.CHECKBOX_GROUP};
            case LONG_TEXT -> new ControlKind[]{ControlKind.TEXT_AREA, ControlKind.RICH_TEXT, ControlKind.TEXT};
            default -> new ControlKind[]{ControlKind.TEXT, ControlKind.TEXT_AREA, ControlKind.COMBOBOX};
        };
    }

    /** The option label to pick: answers carry labels; an option value or yes/no word is mapped to its label. */
    static String optionText(Question question, String value) {
        String trimmed = value.strip();
        List<Option> options = question.options();
        if (options.stream().anyMatch(option -> option.label().equalsIgnoreCase(trimmed))) {
            return trimmed;
        }
        Optional<Option> byValue = options.stream().filter(option -> option.value().equals(trimmed)).findFirst();
        if (byValue.isPresent()) {
            return byValue.get().label();
        }
        if (question.type() == QuestionType.YES_NO) {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(lower)) {
                return "Yes";
            }
            if (FALSE_WORDS.contains(lower)) {
                return "No";
            }
        }
        return trimmed;
    }

    private static Optional<Path> asFile(String value) {
        if (value.isEmpty() || value.length() > 4096 || value.contains("\n")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (java.nio.file.InvalidPathException invalidPath) {
            return Optional.empty();
        }
    }
}
