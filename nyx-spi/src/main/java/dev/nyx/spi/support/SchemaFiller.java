package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.Resume;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fills a whole form from its {@link FormSchema} and an {@link AnswerSet}, and reads it back: the loop
 * every adapter needs, on top of {@link FormFiller}. Questions are filled in schema order (page order);
 * each question's control is found by its label, else by its id as the control's {@code name}/{@code id},
 * else by the site's {@link FillHooks#findControl}. Questions without an answer are left alone.
 *
 * <h2>Follow-up questions</h2>
 * A question whose control exists but is hidden (or is not there yet) when its turn comes is tried again
 * after all the others: an earlier answer may reveal it (a visa question after "Do you need sponsorship?
 * Yes"). It then gets up to the follow-up grace (1.5 s by default) to show
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
    /** How long a follow-up question may take to appear after the answer that reveals it, by default. */
    public static final Duration FOLLOW_UP_GRACE = Duration.ofMillis(1500);

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
        return new SchemaFill(form, hooks, notes, followUpGrace).fill(schema, answers, resume);
    }

    /**
     * What the page shows for each question of {@code schema} now: question id to the displayed values
     * (texts, chosen option labels, file names; a checked single box as "true" or its option's label).
     * Questions the page does not show are left out. Never changes the form; one browser call for the
     * whole form (plus one per question found only through {@link FillHooks#findControl}).
     */
    public Map<String, List<String>> readBack(FormSchema schema) {
        requireNonNull(schema, "schema is null");
        return new SchemaFill(form, hooks, notes, followUpGrace).readBack(schema);
    }
}
