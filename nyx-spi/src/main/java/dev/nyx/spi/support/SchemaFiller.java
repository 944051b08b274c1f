package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Fills a whole form from its {@link FormSchema} and an {@link AnswerSet}, and reads it back: the loop
 * every adapter needs, on top of {@link FormFiller}. Questions are filled in schema order (page order);
 * each question's control is found by its label, else by its id as the control's {@code name}/{@code id},
 * else by the site's {@link FillHooks#findControl}. Questions without an answer are left alone.
 *
 * <h2>Follow-up questions</h2>
 * A question whose control exists but is hidden (or is not there yet) when its turn comes is tried again
 * after all the others: an earlier answer may reveal it (a visa question after "Do you need sponsorship?
 * Yes"). It then gets up to the follow-up grace ({@value #FOLLOW_UP_GRACE_MILLIS} ms by default) to show
 * up, less once the page has gone quiet. A question still not shown is skipped with a note, and listed in
 * {@link FillReport#skipped()}; a <em>required</em> question still not shown fails the fill.
 *
 * <h2>Answer conventions</h2>
 * <ul>
 *   <li><b>Text</b> ({@code SHORT_TEXT}, {@code LONG_TEXT}, {@code NUMBER}): the values joined by ", ",
 *       typed as given; a text longer than the field's {@code maxlength} fails ({@code ANSWER_TOO_LONG}),
 *       it is never cut. A text question whose control is a type-ahead ({@code role=combobox} without
 *       options) is typed up to the first comma and the suggestion fitting the whole answer is picked
 *       ("Berlin, Germany").</li>
 *   <li><b>Dates</b> ({@code DATE}): ISO, {@code 2027-01-15} (or {@code 2027-01} for a month); written
 *       the way the control wants it ({@code type=date}, {@code type=month}, or the pattern its placeholder
 *       shows: {@code MM/YYYY}, {@code MM/DD/YYYY}, {@code DD/MM/YYYY}, {@code DD.MM.YYYY}).</li>
 *   <li><b>Options</b> ({@code SINGLE_SELECT}, {@code YES_NO}, and text questions whose control offers
 *       options): answered by the option's <em>label</em>, as {@link Question#options()} lists it; an
 *       option's value is accepted and mapped to its label. Labels match fuzzily in the page
 *       ({@link FuzzyText}), whatever the widget (native select, select2, react-select, radios, listbox).
 *       Only the first value counts.</li>
 *   <li><b>Yes/no</b>: use {@code YES_NO} for a question whose only options are yes and no (the reader
 *       types them so); answer "Yes" or "No" (also {@code true}/{@code false}, {@code 1}/{@code 0},
 *       {@code y}/{@code n}), which also fits options such as "Yes, I am authorised". Use
 *       {@code SINGLE_SELECT} when there are other options ("Decline to answer").</li>
 *   <li><b>Several options</b> ({@code MULTI_SELECT}): one value per option label; options already
 *       chosen stay chosen.</li>
 *   <li><b>Checkbox</b> ({@code CHECKBOX}, a single box such as a consent): "true"/"yes"/"1"/"on"/"I agree"
 *       checks it, "false"/"no"/"0"/"off" unchecks it; with {@link Question#options()} (a box inside a
 *       labelled group) the option's label also checks it.</li>
 *   <li><b>Files</b> ({@code FILE}): the answer is the resume's id ({@link Resume#id()}) and the file
 *       uploaded is the resume given to {@link #fill} ({@code context.resume().path()}); an absolute
 *       path of a readable file uploads that file. A question about the resume or CV uploads the resume
 *       whatever its answer says. Any other text is handed to {@link FillHooks#fillFileWithText} (a site
 *       with a "paste" box); by default it fails with {@code ANSWER_WRONG_FORMAT}.</li>
 * </ul>
 *
 * <p>Immutable: the {@code with...} methods return changed copies. A fill works on one page from the
 * thread that drives it; one instance may be reused for several fills one after the other. Failures are
 * the {@link FormFiller} codes ({@code NOT_FOUND}, {@code OPTION_NOT_FOUND}, {@code ANSWER_TOO_LONG},
 * {@code ANSWER_WRONG_FORMAT}, {@code FILL_FAILED}, {@code TIMEOUT}), plus {@code NOT_FOUND} for a
 * required question the page does not show.
 *
 * <pre>{@code
 * FormFiller form = FormFiller.forPage(page, timeout).within("form#apply");
 * FillReport report = SchemaFiller.of(form).withNotes(context::note).fill(posting.form(), answers, context.resume());
 * Map<String, List<String>> shown = SchemaFiller.of(form).readBack(posting.form());
 * }</pre>
 */
public final class SchemaFiller {
    static final long FOLLOW_UP_GRACE_MILLIS = 1500;
    /** How long a follow-up question may take to appear after the answer that reveals it, by default. */
    public static final Duration FOLLOW_UP_GRACE = Duration.ofMillis(FOLLOW_UP_GRACE_MILLIS);
    /** The least quiet a page must show before a follow-up tried again at the end counts as not coming. */
    private static final Duration MIN_QUIET = Duration.ofMillis(100);
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "1", "checked", "on", "agree", "i agree");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "0", "unchecked", "off");
    private static final Pattern RESUME_QUESTION = Pattern.compile("\\b(resume|cv|curriculum vitae|lebenslauf)\\b");
    private static final ControlKind[] FILE_KINDS = {ControlKind.FILE, ControlKind.UPLOAD_BUTTON};

    private final FormFiller form;
    private final FillHooks hooks;
    private final Consumer<String> notes;
    private final Duration followUpGrace;

    private SchemaFiller(FormFiller form, FillHooks hooks, Consumer<String> notes, Duration followUpGrace) {
        this.form = requireNonNull(form, "form is null");
        this.hooks = requireNonNull(hooks, "hooks is null");
        this.notes = requireNonNull(notes, "notes is null");
        this.followUpGrace = requireNonNull(followUpGrace, "followUpGrace is null");
    }

    /** A filler for the form {@code form} is scoped to, without hooks, dropping its notes. */
    public static SchemaFiller of(FormFiller form) {
        return new SchemaFiller(form, FillHooks.none(), note -> { }, FOLLOW_UP_GRACE);
    }

    /** A filler for the application's whole page, with the context's step timeout, noting to its event log. */
    public static SchemaFiller forContext(PageContext context) {
        requireNonNull(context, "context is null");
        return of(FormFiller.forContext(context)).withNotes(context::note);
    }

    /** The same filler with a site's hooks. */
    public SchemaFiller withHooks(FillHooks newHooks) {
        return new SchemaFiller(form, newHooks, notes, followUpGrace);
    }

    /** The same filler, telling {@code newNotes} which questions it left out (never answer values). */
    public SchemaFiller withNotes(Consumer<String> newNotes) {
        return new SchemaFiller(form, hooks, newNotes, followUpGrace);
    }

    /** The same filler, giving follow-up questions {@code grace} to appear (default {@link #FOLLOW_UP_GRACE}). */
    public SchemaFiller withFollowUpGrace(Duration grace) {
        requireNonNull(grace, "grace is null");
        if (grace.isNegative()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "The follow-up grace must not be negative, got " + grace);
        }
        return new SchemaFiller(form, hooks, notes, grace);
    }

    /**
     * Fills every answered question of {@code schema} that the page shows, follow-ups last; never submits.
     *
     * @param resume the file a file question's answer stands for (see the answer conventions)
     * @return which questions were filled and which were left out as not shown
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when a required question's control is not shown,
     *                      and the {@link FormFiller} codes
     */
    public FillReport fill(FormSchema schema, AnswerSet answers, Resume resume) {
        requireNonNull(schema, "schema is null");
        requireNonNull(answers, "answers is null");
        requireNonNull(resume, "resume is null");
        return new Run().fill(schema, answers, resume);
    }

    /**
     * What the page shows for each question of {@code schema} now: question id to the displayed values
     * (texts, chosen option labels, file names; a checked single box as "true" or its option's label).
     * Questions the page does not show are left out. Never changes the form; one browser call for the
     * whole form (plus one per question found only through {@link FillHooks#findControl}).
     */
    public Map<String, List<String>> readBack(FormSchema schema) {
        requireNonNull(schema, "schema is null");
        return new Run().readBack(schema);
    }

    /** The option label to pick: answers carry labels; an option's value or a yes/no word maps to its label. */
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

    /** The control kinds that can answer a question of this type. */
    static ControlKind[] kinds(Question question) {
        return switch (question.type()) {
            case SINGLE_SELECT, YES_NO, MULTI_SELECT -> new ControlKind[]{ControlKind.NATIVE_SELECT, ControlKind.SELECT2,
                    ControlKind.COMBOBOX, ControlKind.LISTBOX_BUTTON, ControlKind.RADIO_GROUP, ControlKind.CHECKBOX_GROUP};
            case CHECKBOX -> new ControlKind[]{ControlKind.CHECKBOX, ControlKind.CHECKBOX_GROUP};
            case LONG_TEXT -> new ControlKind[]{ControlKind.TEXT_AREA, ControlKind.RICH_TEXT, ControlKind.TEXT};
            case FILE -> FILE_KINDS.clone();
            case UNKNOWN -> ControlKind.values();
            default -> new ControlKind[]{ControlKind.TEXT, ControlKind.TEXT_AREA, ControlKind.COMBOBOX};
        };
    }

    /** The file an answer to a file question stands for; empty when it is text for a paste box. */
    static Optional<Path> fileFor(Question question, String value, Resume resume) {
        if (value.equals(resume.id())) {
            return Optional.of(resume.path());
        }
        Optional<Path> given = asFile(value);
        if (given.isPresent()) {
            return given;
        }
        String about = FuzzyText.normalize(question.id().replace('_', ' ') + " " + question.label());
        return RESUME_QUESTION.matcher(about).find() ? Optional.of(resume.path()) : Optional.empty();
    }

    private static Optional<Path> asFile(String value) {
        if (value.isEmpty() || value.length() > 4096 || value.contains("\n")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    private static boolean truthy(String value) {
        return !FALSE_WORDS.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** A question whose control was hidden or missing when its turn came. */
    private record Deferred(Question question, List<String> values, long seenAtNanos) {
    }

    /** One fill or read-back: holds the form listing it reuses between questions. */
    private final class Run {
        /** The form's fields as last listed; dropped after answers that can reveal or hide questions. */
        private FormSnapshot snapshot;
        private final List<String> filled = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();

        FillReport fill(FormSchema schema, AnswerSet answers, Resume resume) {
            List<Deferred> deferred = new ArrayList<>();
            for (Question question : schema.questions()) {
                List<String> values = answers.forQuestion(question.id()).map(Answer::values).orElse(List.of())
                        .stream().filter(value -> !value.isBlank()).toList();
                if (!values.isEmpty() && !fillNow(question, values, resume)) {
                    deferred.add(new Deferred(question, values, System.nanoTime()));
                }
            }
            for (Deferred follow : deferred) {
                // the answers that could reveal it were given a while ago: wait only for the rest of the quiet period
                Duration since = Duration.ofNanos(System.nanoTime() - follow.seenAtNanos());
                Duration quiet = FormFiller.FOLLOW_UP_QUIET.minus(since);
                Optional<FormField> field = awaitShown(follow.question(), quiet.compareTo(MIN_QUIET) < 0 ? MIN_QUIET : quiet);
                if (field.isEmpty()) {
                    skip(follow.question());
                } else {
                    operate(follow.question(), field.get(), follow.values(), resume);
                }
            }
            return new FillReport(filled, skipped);
        }

        /** Fills one question now; false when its control is hidden or missing (tried again at the end). */
        private boolean fillNow(Question question, List<String> values, Resume resume) {
            if (question.type() == QuestionType.FILE && fileFor(question, values.get(0).strip(), resume).isEmpty()) {
                hooks.fillFileWithText(question, String.join(", ", values), form);
                snapshot = null;
                filled.add(question.id());
                return true;
            }
            Optional<FormField> field = locate(question, true);
            if (field.isEmpty() || !usable(question, field.get())) {
                return false;
            }
            operate(question, field.get(), values, resume);
            return true;
        }

        /**
         * The question's control: by label, by name or id, by the site's hook; shown or not. With
         * {@code rescan}, a label the snapshot does not know is looked for in the page as it is now.
         */
        private Optional<FormField> locate(Question question, boolean rescan) {
            ControlKind[] kinds = kinds(question);
            return quietly(() -> {
                if (question.type() == QuestionType.FILE) {
                    // a file input wins over an upload button with the same label
                    return snapshot().findIfPresent(question.label(), ControlKind.FILE)
                            .or(() -> snapshot().findIfPresent(question.label(), ControlKind.UPLOAD_BUTTON));
                }
                // one listing serves many questions; a field it does not know may have appeared since
                Optional<FormField> known = snapshot().findIfPresent(question.label(), kinds);
                return known.isPresent() || !rescan ? known : form.findIfPresent(question.label(), kinds);
            }).or(() -> quietly(() -> snapshot().findByName(question.id(), kinds)))
                    .or(() -> hooks.findControl(question, form));
        }

        /** A hidden follow-up's control once it shows, waiting at most the grace. */
        private Optional<FormField> awaitShown(Question question, Duration quiet) {
            ControlKind[] kinds = kinds(question);
            Optional<FormField> byLabel = quietly(() -> form.awaitField(question.label(), followUpGrace, quiet, kinds));
            if (byLabel.isPresent()) {
                return byLabel;
            }
            snapshot = null;
            return locate(question, true).filter(field -> usable(question, field));
        }

        private void operate(Question question, FormField field, List<String> values, Resume resume) {
            String first = values.get(0).strip();
            boolean plainText = false;
            if (!hooks.fill(question, field, values, form)) {
                switch (field.kind()) {
                    case FILE, UPLOAD_BUTTON -> form.upload(field, fileFor(question, first, resume)
                            .orElse(resume.path()), hooks.uploadCompletion(question));
                    case CHECKBOX -> form.setChecked(field, truthy(first));
                    case RADIO -> {
                        if (truthy(first)) {
                            form.setChecked(field, true);
                        }
                    }
                    case CHECKBOX_GROUP -> checkGroup(question, field, values);
                    case NATIVE_SELECT, SELECT2, LISTBOX_BUTTON, RADIO_GROUP -> choose(question, field, values);
                    case COMBOBOX -> {
                        if (question.type().hasOptions() || !question.options().isEmpty()) {
                            choose(question, field, values);
                        } else {
                            typeAhead(field, String.join(", ", values));
                        }
                    }
                    case TEXT -> {
                        if (question.type().hasOptions()) {
                            choose(question, field, values); // a searchable input standing for a select
                        } else {
                            plainText = fillText(field, String.join(", ", values));
                        }
                    }
                    case TEXT_AREA, RICH_TEXT -> plainText = fillText(field, String.join(", ", values));
                }
            }
            if (!plainText) {
                snapshot = null; // choices, boxes and uploads may reveal or hide follow-up questions
            }
            filled.add(question.id());
        }

        private void choose(Question question, FormField field, List<String> values) {
            boolean several = question.type() == QuestionType.MULTI_SELECT || field.multiple();
            for (String value : several ? values : values.subList(0, 1)) {
                form.choose(field, optionText(question, value));
            }
        }

        private void checkGroup(Question question, FormField field, List<String> values) {
            if (question.type() != QuestionType.CHECKBOX) {
                choose(question, field, values);
                return;
            }
            String value = values.get(0).strip();
            String lower = value.toLowerCase(Locale.ROOT);
            if (question.options().isEmpty()) {
                form.setChecked(field, truthy(value)); // a group of one box
            } else if (truthy(value)) {
                // "true" means the one box offered; a label or value names it
                form.choose(field, TRUE_WORDS.contains(lower) ? question.options().get(0).label() : optionText(question, value));
            }
        }

        private boolean fillText(FormField field, String value) {
            String text = value;
            if (DateText.parse(value).isPresent()) {
                Map<String, Object> info = Scripts.map(form.scope().eval(field.control(), Scripts.INPUT_INFO));
                text = DateText.format(value, Scripts.string(info, "type"), Scripts.string(info, "placeholder"));
            }
            form.fillText(field, text);
            return true;
        }

        /** A type-ahead: types the place's first part, picks the suggestion that fits the whole answer. */
        private void typeAhead(FormField field, String value) {
            String typed = value.contains(",") ? value.substring(0, value.indexOf(',')).strip() : value;
            form.typeAhead(field, typed, value);
        }

        private void skip(Question question) {
            if (question.required()) {
                throw new NyxException(ErrorCode.NOT_FOUND, "The form has no field for the required question '"
                        + question.label() + "' (" + question.id() + "); fields found: " + form.labels());
            }
            skipped.add(question.id());
            notes.accept("question '" + question.id() + "' is not shown on the page; left it out.");
        }

        Map<String, List<String>> readBack(FormSchema schema) {
            FormSnapshot shown = form.snapshotWithValues(); // the whole form read back with one browser call
            snapshot = shown;
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Question question : schema.questions()) {
                Optional<FormField> field = locate(question, false).filter(found -> usable(question, found));
                if (field.isPresent()) {
                    values.put(question.id(), displayed(question, shown.valueOf(field.get())));
                }
            }
            return values;
        }

        private FormSnapshot snapshot() {
            if (snapshot == null) {
                snapshot = form.snapshot();
            }
            return snapshot;
        }
    }

    private static List<String> displayed(Question question, FieldValue value) {
        if (value.checked().isPresent() && value.values().isEmpty()) {
            return value.checked().get() ? List.of(question.options().isEmpty() ? "true" : question.options().get(0).label())
                    : List.of();
        }
        return value.values().stream().filter(text -> !text.isBlank()).toList();
    }

    /** Whether the filler may work on the field now: shown, or a file question's control (often hidden behind a button). */
    private static boolean usable(Question question, FormField field) {
        return field.visible() || question.type() == QuestionType.FILE;
    }

    /** A lookup that treats "several fields fit this label equally well" as "none found". */
    private static Optional<FormField> quietly(Supplier<Optional<FormField>> lookup) {
        try {
            return lookup.get();
        } catch (NyxException ambiguous) {
            if (ambiguous.code() != ErrorCode.NOT_FOUND) {
                throw ambiguous;
            }
            return Optional.empty();
        }
    }
}
