package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.ControlKind;
import dev.nyx.spi.support.FillHooks;
import dev.nyx.spi.support.FormField;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.SchemaFiller;
import dev.nyx.spi.support.UploadCompletion;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Fills a Greenhouse form (either page style, or the embedded board's frame) through
 * {@link SchemaFiller}, which does the generic part (questions in page order, follow-ups last, yes/no
 * words, option labels, dates, read-back). What is Greenhouse's own lives here as {@link FillHooks}: the
 * form's frame, controls found by their API field name when no label fits, the classic board's location
 * type-ahead, when an upload is done (the classic S3 upload form), and the "enter manually" box of a file
 * question answered with text. Never submits. Stateless; call from the page's thread.
 */
public final class GreenhouseFiller {

    private GreenhouseFiller() {
    }

    /** Opens the posting's page if it is not showing the form yet, then fills every answered question. */
    public static void fill(ApplyContext context, JobPosting posting, AnswerSet answers) {
        requireNonNull(context, "context is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(answers, "answers is null");
        Frame frame = GreenhousePage.current(context.page(), posting.url(), context.stepTimeout());
        filler(context, frame).fill(posting.form(), answers, context.resume());
    }

    /**
     * What the form shows for each question now (question id to values); questions not shown on the page
     * are left out. Never changes the form.
     */
    public static Map<String, List<String>> readBack(ApplyContext context, FormSchema schema) {
        requireNonNull(context, "context is null");
        requireNonNull(schema, "schema is null");
        Frame frame = GreenhousePage.findFormFrame(context.page()).orElseThrow(() -> new NyxException(
                ErrorCode.INVALID_STATE, "The page " + context.page().url()
                        + " shows no Greenhouse application form; call fill before reading it back."));
        return filler(context, frame).readBack(schema);
    }

    private static SchemaFiller filler(ApplyContext context, Frame frame) {
        FormFiller form = FormFiller.forFrame(frame, context.stepTimeout()).within(GreenhousePage.FORM,
                "the Greenhouse application form");
        return SchemaFiller.of(form).withHooks(new Hooks(frame, context.stepTimeout()))
                .withNotes(note -> context.note("Greenhouse: " + note));
    }

    /** Greenhouse's own ways, for one fill or read-back. */
    private static final class Hooks implements FillHooks {
        private final Frame frame;
        private final Duration timeout;
        /** API field name to control kind, from a scan that tags the controls; taken when a label does not lead to a field. */
        private Map<String, String> controls;

        Hooks(Frame frame, Duration timeout) {
            this.frame = frame;
            this.timeout = timeout;
        }

        private Map<String, String> controls() {
            if (controls == null) {
                // the scan tags every control with its API field name
                controls = DomPostingReader.scan(frame).stream().collect(Collectors.toMap(
                        entry -> String.valueOf(entry.get("key")), entry -> String.valueOf(entry.get("control")),
                        (first, second) -> first));
            }
            return controls;
        }

        /** The control tagged with the question's API field name, as it is now. */
        @Override
        public Optional<FormField> findControl(Question question, FormFiller form) {
            String control = controls().get(question.id());
            if (control == null) {
                return Optional.empty();
            }
            Locator tagged = DomPostingReader.tagged(frame, question.id());
            if (question.type() == QuestionType.FILE) {
                return switch (control) {
                    case "attach-or-paste" -> Optional.of(new FormField(question.label(), ControlKind.UPLOAD_BUTTON,
                            tagged.locator("button[data-source=attach], button:has-text('Attach')").first(), true, false));
                    case "file" -> Optional.of(new FormField(question.label(), ControlKind.FILE, tagged, true, false));
                    default -> Optional.empty();
                };
            }
            ControlKind kind = switch (control) {
                case "select2" -> ControlKind.SELECT2;
                case "select" -> ControlKind.NATIVE_SELECT;
                case "combobox" -> ControlKind.COMBOBOX;
                case "textarea" -> ControlKind.TEXT_AREA;
                case "checkbox-group" -> ControlKind.CHECKBOX_GROUP;
                case "radio-group" -> ControlKind.RADIO_GROUP;
                default -> ControlKind.TEXT;
            };
            // selects hide behind their widget; judge those by their wrapper
            Locator shown = kind == ControlKind.SELECT2 || kind == ControlKind.NATIVE_SELECT
                    ? GreenhousePage.form(frame).locator(".field, .field-wrapper").filter(new Locator.FilterOptions()
                            .setHas(frame.locator(DomPostingReader.taggedSelector(question.id())))).first()
                    : tagged;
            boolean visible;
            try {
                visible = shown.isVisible();
            } catch (PlaywrightException navigating) {
                visible = false;
            }
            return Optional.of(new FormField(question.label(), kind, tagged, visible,
                    question.type() == QuestionType.MULTI_SELECT));
        }

        /**
         * The classic board's location is a text input with its own suggestion list (marked
         * {@code aria-autocomplete}, or inside an {@code <auto-complete>} element): a type-ahead. A location
         * input without one (autocomplete switched off) is plain text, filled as such.
         */
        @Override
        public boolean fill(Question question, FormField field, List<String> values, FormFiller form) {
            if (!question.id().equals("location") || field.kind() != ControlKind.TEXT || !offersSuggestions(field)) {
                return false;
            }
            String value = String.join(", ", values);
            String typed = value.contains(",") ? value.substring(0, value.indexOf(',')).strip() : value;
            form.typeAhead(field, typed, value);
            return true;
        }

        private static boolean offersSuggestions(FormField field) {
            Object marked = field.control().evaluate("e => (e.getAttribute('aria-autocomplete') || '') !== ''"
                    + " || e.getAttribute('role') === 'combobox' || e.closest('auto-complete') !== null");
            return Boolean.TRUE.equals(marked);
        }

        /** Classic boards post the file to S3 first; the new board keeps it in its file input. */
        @Override
        public UploadCompletion uploadCompletion(Question question) {
            return new UploadDone(frame, question.id());
        }

        /** A file question answered with text: the field's "enter manually" box. */
        @Override
        public void fillFileWithText(Question question, String text, FormFiller form) {
            controls(); // the wrapper is found through the control the scan tagged
            Locator wrapper = GreenhousePage.form(frame).locator(".field, .file-upload, .field-wrapper")
                    .filter(new Locator.FilterOptions().setHas(frame.locator(DomPostingReader.taggedSelector(question.id()))))
                    .first();
            Locator manual = wrapper.locator("button[data-source=paste], button[data-action=manual], "
                    + "button:has-text('enter manually'), button:has-text('Enter manually')").first();
            try {
                manual.click(new Locator.ClickOptions().setTimeout(timeout.toMillis()));
            } catch (PlaywrightException e) {
                throw new NyxException(ErrorCode.FILL_FAILED, "Could not open the text box of '" + question.label()
                        + "' to paste its answer: " + GreenhousePage.firstLine(e), e);
            }
            String selector = "textarea[name=\"" + question.id() + "_text\"], textarea[name=\"job_application["
                    + question.id() + "_text]\"]";
            form.fillText(new FormField(question.label(), ControlKind.TEXT_AREA,
                    GreenhousePage.form(frame).locator(selector).first(), true, false), text);
        }
    }
}
