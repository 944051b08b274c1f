package dev.nyx.spi.support;

import static dev.nyx.spi.support.AnswerConventions.TRUE_WORDS;
import static dev.nyx.spi.support.AnswerConventions.displayed;
import static dev.nyx.spi.support.AnswerConventions.fileFor;
import static dev.nyx.spi.support.AnswerConventions.kinds;
import static dev.nyx.spi.support.AnswerConventions.optionText;
import static dev.nyx.spi.support.AnswerConventions.truthy;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link SchemaFiller#fill} or {@link SchemaFiller#readBack}: holds the form listing it reuses
 * between questions and what it filled and skipped. Used once, from the thread that drives the page.
 */
final class SchemaFill {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaFill.class);
    /** The least quiet a page must show before a follow-up tried again at the end counts as not coming. */
    private static final Duration MIN_QUIET = Duration.ofMillis(100);

    private final FormFiller form;
    private final FillHooks hooks;
    private final Consumer<String> notes;
    private final Duration followUpGrace;

    /** The form's fields as last listed; dropped after answers that can reveal or hide questions. */
    private FormSnapshot snapshot;
    /** What the page's controls looked like when {@link #snapshot} was taken (see {@code scanSignature}); null when unknown. */
    private String signature;
    /** Whether an answer given since {@link #snapshot} may have revealed or hidden questions. */
    private boolean mayHaveChanged;
    private final List<String> filled = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    SchemaFill(FormFiller form, FillHooks hooks, Consumer<String> notes, Duration followUpGrace) {
        this.form = form;
        this.hooks = hooks;
        this.notes = notes;
        this.followUpGrace = followUpGrace;
    }

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
        long start = System.nanoTime();
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
            mayHaveChanged = true; // choices, boxes and uploads may reveal or hide follow-up questions
        }
        filled.add(question.id());
        // where a slow fill spends its time, question by question
        LOG.debug("filled '{}' ({}, {} value(s)) in {} ms", question.id(), field.kind(), values.size(),
                (System.nanoTime() - start) / 1_000_000);
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
        signature = null;
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Question question : schema.questions()) {
            Optional<FormField> field = locate(question, false).filter(found -> usable(question, found));
            if (field.isPresent()) {
                values.put(question.id(), displayed(question, shown.valueOf(field.get())));
            }
        }
        return values;
    }

    /**
     * The form's fields, listed again only when an answer may have changed them and the controls' cheap
     * signature says it did: listing a long form with its labels after every choice cost a tenth of a
     * second each time.
     */
    private FormSnapshot snapshot() {
        if (snapshot != null && mayHaveChanged) {
            mayHaveChanged = false;
            if (signature == null || !signature.equals(signature())) {
                snapshot = null;
            }
        }
        if (snapshot == null) {
            snapshot = form.snapshot();
            signature = signature();
            mayHaveChanged = false;
        }
        return snapshot;
    }

    private String signature() {
        Object listed = form.scope().eval(form.scope().root(), Scripts.SCAN_SIGNATURE);
        return listed == null ? "" : listed.toString();
    }

    /** A question whose control was hidden or missing when its turn came. */
    private record Deferred(Question question, List<String> values, long seenAtNanos) {
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
