package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Form-filling helpers for adapter authors: find controls by their label, fill text, pick options by
 * fuzzy text in every common widget, type into type-aheads, check boxes, upload files, wait for a
 * wizard step to settle, and read back what the page shows.
 *
 * <p>One instance works on one page (optionally scoped to a container: a form, a dialog, a wizard
 * step) with one timeout, usually {@link PageContext#stepTimeout()}. Create it per page with
 * {@link #forContext} or {@link #forPage}; it holds no state besides those, so creating it is cheap and
 * {@link #within} just returns a narrower copy. Like Playwright's {@link Page}, it must be used from the
 * thread that drives the page.
 *
 * <p>Labels and options match fuzzily (see {@link FuzzyText}): case, accents, punctuation, spacing
 * (also non-breaking) and trailing "*", "✱", "(required)" or "(optional)" do not matter; exact
 * matches win. Every failure is a {@link NyxException} whose message names the label or question and
 * lists what the page offered; typed values appear only as their length.
 *
 * <ul>
 *   <li>{@link ErrorCode#NOT_FOUND}: no field with that label (the message lists the labels found), or
 *       several fit equally well;</li>
 *   <li>{@link ErrorCode#OPTION_NOT_FOUND}: no option fits the wanted answer, or several fit equally;</li>
 *   <li>{@link ErrorCode#ANSWER_TOO_LONG}: a text exceeds the field's {@code maxlength};</li>
 *   <li>{@link ErrorCode#FILL_FAILED}: the control does not show the value afterwards;</li>
 *   <li>{@link ErrorCode#TIMEOUT}: a wait (suggestions, upload, settling) ran out of time.</li>
 * </ul>
 */
public final class FormFiller {

    private static final Set<ControlKind> ANY = EnumSet.allOf(ControlKind.class);
    private static final Set<ControlKind> TEXT_KINDS = EnumSet.of(ControlKind.TEXT, ControlKind.TEXT_AREA,
            ControlKind.RICH_TEXT, ControlKind.COMBOBOX);
    private static final Set<ControlKind> CHOICE_KINDS = EnumSet.of(ControlKind.NATIVE_SELECT, ControlKind.SELECT2,
            ControlKind.COMBOBOX, ControlKind.LISTBOX_BUTTON, ControlKind.RADIO_GROUP, ControlKind.CHECKBOX_GROUP);
    private static final Set<ControlKind> TYPEAHEAD_KINDS = EnumSet.of(ControlKind.TEXT, ControlKind.COMBOBOX);
    private static final Set<ControlKind> CHECK_KINDS = EnumSet.of(ControlKind.CHECKBOX, ControlKind.RADIO,
            ControlKind.CHECKBOX_GROUP);
    private static final Set<ControlKind> UPLOAD_KINDS = EnumSet.of(ControlKind.FILE, ControlKind.UPLOAD_BUTTON);

    /** How long a page must stay unchanged before {@link #awaitField} stops waiting for a follow-up. */
    public static final Duration FOLLOW_UP_QUIET = Duration.ofMillis(300);

    private final Scope scope;

    private FormFiller(Scope scope) {
        this.scope = requireNonNull(scope, "scope is null");
    }

    /** Helpers for the whole page, waiting at most {@code timeout} for any one thing. */
    public static FormFiller forPage(Page page, Duration timeout) {
        requireNonNull(page, "page is null");
        return new FormFiller(Scope.inFrame(page, page.mainFrame(), "body", "the page",
                requireNonNull(timeout, "timeout is null")));
    }

    /** Helpers for one frame of a page (a form embedded in an iframe), waiting at most {@code timeout}. */
    public static FormFiller forFrame(Frame frame, Duration timeout) {
        requireNonNull(frame, "frame is null");
        return new FormFiller(Scope.inFrame(frame.page(), frame, "body", "the frame " + frame.url(),
                requireNonNull(timeout, "timeout is null")));
    }

    /** Helpers for the application's page, waiting at most the context's step timeout. */
    public static FormFiller forContext(PageContext context) {
        requireNonNull(context, "context is null");
        return forPage(context.page(), context.stepTimeout());
    }

    /** The same helpers, searching only inside the first element matching {@code selector}. */
    public FormFiller within(String selector) {
        return within(selector, requireNonNull(selector, "selector is null"));
    }

    /** Like {@link #within(String)}, named {@code name} in messages ("the application form"). */
    public FormFiller within(String selector, String name) {
        requireNonNull(selector, "selector is null");
        requireNonNull(name, "name is null");
        if (scope.frame().isPresent()) {
            return new FormFiller(Scope.inFrame(scope.page(), scope.frame().get(), selector, name, scope.timeout()));
        }
        return within(scope.page().locator(selector).first(), name);
    }

    /** The same helpers, searching only inside {@code container}, named {@code name} in messages. */
    public FormFiller within(Locator container, String name) {
        // a container given as a locator may be in any frame: its elements are evaluated through locators
        return new FormFiller(new Scope(scope.page(), requireNonNull(container, "container is null"),
                requireNonNull(name, "name is null"), scope.timeout(), java.util.Optional.empty()));
    }

    /** The same helpers with another timeout. */
    public FormFiller withTimeout(Duration timeout) {
        return new FormFiller(scope.withTimeout(requireNonNull(timeout, "timeout is null")));
    }

    /** The labels of the fields in scope, in page order (radio options left out), for diagnostics. */
    public List<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        for (FieldFinder.Candidate candidate : guard("listing labels", () -> FieldFinder.scan(scope))) {
            if (!(candidate.member() && candidate.kind() == ControlKind.RADIO) && !candidate.labels().isEmpty()) {
                labels.add(FuzzyText.displayLabel(candidate.labels().get(0).text()));
            }
        }
        return List.copyOf(labels);
    }

    /**
     * Every control in scope, listed with one browser call, to find many fields by label without a
     * browser call each (filling a long form). Take a new one after answers that can reveal or hide
     * questions.
     */
    public FormSnapshot snapshot() {
        return guard(scope.name(), () -> new FormSnapshot(scope, FieldFinder.scan(scope, false)));
    }

    /**
     * Like {@link #snapshot()}, with what every control shows now: reads back a whole form with one
     * browser call (see {@link FormSnapshot#valueOf}).
     */
    public FormSnapshot snapshotWithValues() {
        return guard(scope.name(), () -> new FormSnapshot(scope, FieldFinder.scan(scope, true)));
    }

    /**
     * The field labelled {@code label}, of one of {@code kinds} (any kind when none are given).
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} listing the labels found when nothing fits, or naming
     *                      the candidates when several fit equally well
     */
    public FormField find(String label, ControlKind... kinds) {
        Set<ControlKind> accepted = kinds(kinds);
        return guard(label, () -> {
            List<FieldFinder.Candidate> candidates = FieldFinder.scan(scope);
            return FieldFinder.choose(scope, label, accepted, candidates)
                    .orElseThrow(() -> FieldFinder.notFound(scope, label, accepted, candidates));
        });
    }

    /** Like {@link #find}, but empty when no field fits. */
    public Optional<FormField> findIfPresent(String label, ControlKind... kinds) {
        Set<ControlKind> accepted = kinds(kinds);
        return guard(label, () -> FieldFinder.find(scope, requireNonNull(label, "label is null"), accepted));
    }

    /**
     * The field whose {@code name} or {@code id} attribute is {@code name}, shown or not; see
     * {@link FormSnapshot#findByName}. Empty when none has it.
     */
    public Optional<FormField> findByName(String name, ControlKind... kinds) {
        requireNonNull(name, "name is null");
        return snapshot().findByName(name, kinds);
    }

    /**
     * Waits up to {@code grace} for a field labelled {@code label} to show up (a conditional follow-up
     * question after an answer); empty when it does not. Never fails just because it did not appear.
     * It stops waiting early once the page has not changed for {@link #FOLLOW_UP_QUIET} (or {@code grace},
     * if shorter): a follow-up appears in reaction to the answer before it, so a page that has gone quiet
     * will not show it; a page still changing (a spinner, a question being loaded) gets the whole grace.
     */
    public Optional<FormField> awaitField(String label, Duration grace, ControlKind... kinds) {
        return awaitField(label, grace, FOLLOW_UP_QUIET, kinds);
    }

    /**
     * Like {@link #awaitField(String, Duration, ControlKind...)} with another quiet period: shorter when
     * the answer that could reveal the field was given a while ago (a follow-up retried after the rest of
     * the form), longer for pages known to react slowly.
     */
    public Optional<FormField> awaitField(String label, Duration grace, Duration quiet, ControlKind... kinds) {
        Set<ControlKind> accepted = kinds(kinds);
        requireNonNull(label, "label is null");
        requireNonNull(grace, "grace is null");
        requireNonNull(quiet, "quiet is null");
        Duration enough = quiet.compareTo(grace) < 0 ? quiet : grace;
        return guard(label, () -> Waits.untilOrQuiet(scope, grace, enough,
                () -> FieldFinder.find(scope, label, accepted).filter(FormField::visible)));
    }

    /** Runs {@code action} with the field if it shows up within {@code grace}; returns whether it did. */
    public boolean whenAppears(String label, Duration grace, Consumer<FormField> action) {
        requireNonNull(action, "action is null");
        Optional<FormField> field = awaitField(label, grace);
        field.ifPresent(action);
        return field.isPresent();
    }

    /** Clears the text field labelled {@code label}, types {@code value} and checks the page shows it. */
    public void fillText(String label, String value) {
        fillText(find(label, TEXT_KINDS.toArray(ControlKind[]::new)), value);
    }

    /**
     * Fills a text input, textarea or contenteditable element: clears it, fills it the way
     * React-controlled inputs need (input events, then blur) and reads the value back.
     *
     * @throws NyxException {@link ErrorCode#ANSWER_TOO_LONG} when {@code value} exceeds {@code maxlength}
     *                      (nothing is truncated), {@link ErrorCode#FILL_FAILED} when the page shows something else
     */
    public void fillText(FormField field, String value) {
        requireNonNull(field, "field is null");
        requireNonNull(value, "value is null");
        if (!TEXT_KINDS.contains(field.kind())) {
            throw new NyxException(ErrorCode.INVALID_STATE, "'" + field.label() + "' is a " + field.kind()
                    + ", not a text field; use choose, setChecked or upload for it.");
        }
        guard(field.label(), () -> {
            TextFiller.fill(scope, field, value);
            return null;
        });
    }

    /**
     * Picks the option of {@code question} that fits {@code wanted} best, in whatever widget the page
     * uses; returns the option's text as the page shows it. Does nothing when it is already chosen.
     *
     * @throws NyxException {@link ErrorCode#OPTION_NOT_FOUND} listing the offered options when none fits
     *                      well enough or several fit equally well
     */
    public String choose(String question, String wanted) {
        return choose(findChoice(question), wanted);
    }

    /** Like {@link #choose(String, String)} for a field already found. */
    public String choose(FormField field, String wanted) {
        requireNonNull(field, "field is null");
        requireNonNull(wanted, "wanted is null");
        return guard(field.label(), () -> OptionChooser.choose(scope, field, field.label(), wanted));
    }

    /**
     * Picks several options of a multi-choice question (multi-select, react-select multi, checkbox
     * group); options chosen before stay chosen. Returns the chosen options' texts.
     */
    public List<String> chooseAll(String question, List<String> wanted) {
        requireNonNull(wanted, "wanted is null");
        FormField field = findChoice(question);
        List<String> chosen = new ArrayList<>();
        for (String answer : wanted) {
            chosen.add(choose(field, answer));
        }
        return List.copyOf(chosen);
    }

    /** Types {@code text} into a type-ahead and picks the suggestion that fits it best. */
    public String typeAhead(String label, String text) {
        return typeAhead(label, text, text);
    }

    /**
     * Types {@code typed} slowly into the type-ahead labelled {@code label}, waits for suggestions (ARIA
     * listboxes, jQuery-UI, GitHub {@code <auto-complete>}, LinkedIn, Workday, Google Places) and
     * clicks the one that fits {@code wanted} best, not blindly the first. Returns its text.
     *
     * @throws NyxException {@link ErrorCode#TIMEOUT} when no suggestion appears in time,
     *                      {@link ErrorCode#OPTION_NOT_FOUND} listing the suggestions when none fits
     */
    public String typeAhead(String label, String typed, String wanted) {
        return typeAhead(find(label, TYPEAHEAD_KINDS.toArray(ControlKind[]::new)), typed, wanted, Optional.empty());
    }

    /** Like {@link #typeAhead(String, String, String)} for suggestions matching {@code suggestionSelector}. */
    public String typeAhead(String label, String typed, String wanted, String suggestionSelector) {
        requireNonNull(suggestionSelector, "suggestionSelector is null");
        return typeAhead(find(label, TYPEAHEAD_KINDS.toArray(ControlKind[]::new)), typed, wanted,
                Optional.of(suggestionSelector));
    }

    /** Like {@link #typeAhead(String, String, String)} for a field already found. */
    public String typeAhead(FormField field, String typed, String wanted) {
        requireNonNull(field, "field is null");
        return typeAhead(field, typed, wanted, Optional.empty());
    }

    private String typeAhead(FormField field, String typed, String wanted, Optional<String> suggestions) {
        requireNonNull(typed, "typed is null");
        requireNonNull(wanted, "wanted is null");
        return guard(field.label(), () -> OptionChooser.typeAhead(scope, field, typed, wanted, suggestions));
    }

    /** Checks the checkbox (or radio) labelled {@code label}; does nothing when it already is. */
    public void check(String label) {
        setChecked(label, true);
    }

    /** Unchecks the checkbox labelled {@code label}; does nothing when it already is. */
    public void uncheck(String label) {
        setChecked(label, false);
    }

    /**
     * Brings the checkbox or radio labelled {@code label} (native, hidden behind its label, or ARIA
     * {@code role=checkbox}/{@code radio}) to the wanted state, idempotently. A group label names its
     * only checkbox (a consent box under a "Terms" heading).
     */
    public void setChecked(String label, boolean checked) {
        setChecked(find(label, CHECK_KINDS.toArray(ControlKind[]::new)), checked);
    }

    /** Like {@link #setChecked(String, boolean)} for a checkbox, radio or one-box group already found. */
    public void setChecked(FormField field, boolean checked) {
        requireNonNull(field, "field is null");
        if (!CHECK_KINDS.contains(field.kind())) {
            throw new NyxException(ErrorCode.INVALID_STATE, "'" + field.label() + "' is a " + field.kind()
                    + ", not a checkbox; use choose, fillText or upload for it.");
        }
        guard(field.label(), () -> {
            Locator control = field.control();
            if (field.kind() == ControlKind.CHECKBOX_GROUP) {
                int count = field.control().locator("input[type=checkbox], [role=checkbox], [role=switch]").count();
                if (count != 1) {
                    throw new NyxException(ErrorCode.INVALID_STATE, "'" + field.label() + "' is a group of " + count
                            + " checkboxes; use choose or chooseAll with the option's text.");
                }
                control = control.locator("input[type=checkbox], [role=checkbox], [role=switch]").first();
            }
            Checker.setChecked(scope, control, checked, field.label());
            return null;
        });
    }

    /**
     * Uploads {@code file} to the file field labelled {@code label}: a visible or hidden
     * {@code input[type=file]}, or else the field's "Attach"/"Upload" button (through the file chooser,
     * which also works when the input sits in a separate upload form). {@code completion} says when the
     * upload is done.
     */
    public void upload(String label, Path file, UploadCompletion completion) {
        FormField field = findIfPresent(label, ControlKind.FILE)
                .orElseGet(() -> find(label, UPLOAD_KINDS.toArray(ControlKind[]::new)));
        upload(field, file, completion);
    }

    /** Like {@link #upload(String, Path, UploadCompletion)} for a file input or upload button found by selector. */
    public void upload(Locator fileInputOrButton, Path file, UploadCompletion completion) {
        requireNonNull(fileInputOrButton, "fileInputOrButton is null");
        boolean input = guard("the upload control", () -> Boolean.TRUE.equals(
                fileInputOrButton.evaluate("e => e.matches('input[type=file]')", null,
                        new Locator.EvaluateOptions().setTimeout(scope.timeoutMillis()))));
        upload(new FormField("the upload control", input ? ControlKind.FILE : ControlKind.UPLOAD_BUTTON,
                fileInputOrButton, true, false), file, completion);
    }

    /**
     * Like {@link #upload(String, Path, UploadCompletion)} for a file input or upload button already found
     * (by label, {@link #findByName} or a site's own lookup).
     */
    public void upload(FormField field, Path file, UploadCompletion completion) {
        requireNonNull(field, "field is null");
        requireNonNull(file, "file is null");
        requireNonNull(completion, "completion is null");
        if (!UPLOAD_KINDS.contains(field.kind())) {
            throw new NyxException(ErrorCode.INVALID_STATE, "'" + field.label() + "' is a " + field.kind()
                    + ", not a file input or upload button; use fillText, choose or setChecked for it.");
        }
        guard(field.label(), () -> {
            Uploader.upload(scope, field, file, completion);
            return null;
        });
    }

    /**
     * Waits until the page has loaded and then stayed quiet (no DOM changes, no finished requests) for
     * {@code quiet}: a wizard step rendered, a spinner gone.
     *
     * @throws NyxException {@link ErrorCode#TIMEOUT} when the page keeps changing for the whole timeout
     */
    public void awaitSettled(Duration quiet) {
        requireNonNull(quiet, "quiet is null");
        guard(scope.name(), () -> {
            scope.page().waitForLoadState(LoadState.LOAD, new Page.WaitForLoadStateOptions().setTimeout(scope.timeoutMillis()));
            if (!Waits.settled(scope, quiet, scope.timeout())) {
                throw new NyxException(ErrorCode.TIMEOUT, "The page kept changing for " + scope.timeout().toMillis()
                        + " ms without a quiet period of " + quiet.toMillis() + " ms; the step did not settle.");
            }
            return null;
        });
    }

    /** What the field labelled {@code label} shows now. */
    public FieldValue readBack(String label) {
        return readBack(find(label));
    }

    /** What {@code field} shows now: text, chosen option label(s), checked state or chosen file name(s). */
    public FieldValue readBack(FormField field) {
        requireNonNull(field, "field is null");
        return guard(field.label(), () -> ValueReader.read(scope, field));
    }

    /** Where these helpers search, for the other helpers of this package. */
    Scope scope() {
        return scope;
    }

    /** Reads {@code field} from the page, failures turned into NyxExceptions (for {@link FormSnapshot}). */
    static FieldValue read(Scope scope, FormField field) {
        return new FormFiller(scope).readBack(field);
    }

    private FormField findChoice(String question) {
        requireNonNull(question, "question is null");
        // a searchable plain input (Workday) counts only when no real choice control fits
        return findIfPresent(question, CHOICE_KINDS.toArray(ControlKind[]::new))
                .orElseGet(() -> find(question, choiceOrText()));
    }

    private static ControlKind[] choiceOrText() {
        Set<ControlKind> kinds = EnumSet.copyOf(CHOICE_KINDS);
        kinds.add(ControlKind.TEXT);
        return kinds.toArray(ControlKind[]::new);
    }

    private static Set<ControlKind> kinds(ControlKind... kinds) {
        return kinds.length == 0 ? ANY : EnumSet.copyOf(List.of(kinds));
    }

    /** Turns Playwright failures into NyxExceptions naming the field. */
    private <T> T guard(String label, Supplier<T> action) {
        try {
            return action.get();
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "Working on '" + label + "' in " + scope.name()
                    + " took longer than " + scope.timeout().toMillis() + " ms: " + Checker.firstLine(e), e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.FILL_FAILED, "The browser failed while working on '" + label + "' in "
                    + scope.name() + ": " + Checker.firstLine(e), e);
        }
    }
}
