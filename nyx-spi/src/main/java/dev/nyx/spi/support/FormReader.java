package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an ordinary HTML form's questions as a {@link FormSchema}, for adapters of sites without an API
 * that describes their form: with one browser call, every control a person sees in the scope of a
 * {@link FormFiller}, in page order.
 *
 * <ul>
 *   <li><b>Labels</b> as {@link FormFiller#find} matches them: {@code label[for]}, a wrapping
 *       {@code label}, {@code aria-labelledby}, {@code aria-label}, then a form-field wrapper's label, then
 *       a placeholder or title; groups by their {@code fieldset}'s {@code legend} or ARIA group label.
 *       Markers ("*", "(required)") are dropped from the label and make the question required, as do
 *       {@code required} and {@code aria-required}.</li>
 *   <li><b>Types</b>: text-like inputs {@code SHORT_TEXT} (also type-aheads), {@code number}/{@code range}
 *       {@code NUMBER}, {@code date}/{@code month} {@code DATE}, {@code textarea} and rich-text editors
 *       {@code LONG_TEXT}, selects and radio groups {@code SINGLE_SELECT} ({@code YES_NO} when the only
 *       options are yes and no), multiple selects and checkbox groups {@code MULTI_SELECT}, a lone
 *       checkbox {@code CHECKBOX}, file inputs and upload buttons {@code FILE}; a listbox widget whose
 *       options are not in the page {@code UNKNOWN}.</li>
 *   <li><b>Ids</b>: the control's {@code name} (a group's shared name), else its {@code id}, else a slug of
 *       the label; made unique with {@code _2}, {@code _3}. {@link SchemaFiller} finds a control by this id
 *       when its label does not fit.</li>
 *   <li><b>Options</b>: a select's options without its placeholder (empty value, "Please select"), a
 *       group's boxes by their labels; {@code maxlength} as {@link Question#maxLength()}; the enclosing
 *       {@code fieldset}'s legend as {@link Question#section()}.</li>
 *   <li><b>Never questions</b>: hidden inputs, buttons, disabled controls, CAPTCHA response fields
 *       ({@code g-recaptcha-response}, {@code h-captcha-response}, {@code cf-turnstile-response}), CSRF
 *       tokens, honeypots (named or labelled so, or pushed off the page) and controls that are not shown.
 *       A follow-up question the page reveals only after an answer is therefore not listed until it shows:
 *       read the form again after answering (or per wizard step).</li>
 * </ul>
 *
 * <p>Custom widgets are read as far as the page shows them without being operated: a react-select or
 * type-ahead input is a {@code SHORT_TEXT} question (the filler types the answer and picks the fitting
 * suggestion). Stateless; call from the thread that drives the page.
 */
public final class FormReader {

    private FormReader() {
    }

    /**
     * The questions of the form in {@code form}'s scope (the page, a frame, or a container given with
     * {@link FormFiller#within}).
     *
     * @throws NyxException {@link ErrorCode#TIMEOUT} when the page does not answer within the form's
     *                      timeout, {@link ErrorCode#FILL_FAILED} when the browser fails
     */
    public static FormSchema read(FormFiller form) {
        requireNonNull(form, "form is null");
        Scope scope = form.scope();
        List<Map<String, Object>> listed;
        try {
            listed = Scripts.list(scope.eval(scope.root(), Scripts.QUESTIONS));
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "Reading the questions of " + scope.name() + " took longer than "
                    + scope.timeout().toMillis() + " ms: " + Checker.firstLine(e), e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.FILL_FAILED, "The browser failed while reading the questions of "
                    + scope.name() + ": " + Checker.firstLine(e), e);
        }
        Set<String> ids = new HashSet<>();
        List<Question> questions = new ArrayList<>();
        for (Map<String, Object> entry : listed) {
            question(entry, ids).ifPresent(questions::add);
        }
        return new FormSchema(questions);
    }

    private static Optional<Question> question(Map<String, Object> entry, Set<String> ids) {
        String label = FuzzyText.displayLabel(Scripts.string(entry, "label"));
        String base = firstNonBlank(Scripts.string(entry, "name"), Scripts.string(entry, "id"), slug(label));
        if (base.isEmpty()) {
            return Optional.empty(); // nothing names it: no person could answer it either
        }
        String id = base;
        for (int count = 2; !ids.add(id); count++) {
            id = base + "_" + count;
        }
        List<Option> options = new ArrayList<>();
        for (Map<String, Object> option : Scripts.list(entry.get("options"))) {
            String text = Scripts.string(option, "label");
            if (!text.isBlank() && !OptionChooser.isPlaceholder(text)) {
                options.add(new Option(Scripts.string(option, "value"), text));
            }
        }
        ControlKind kind = ControlKind.valueOf(Scripts.string(entry, "kind"));
        QuestionType type = type(kind, Scripts.string(entry, "tag"), Scripts.string(entry, "inputType"),
                Scripts.bool(entry, "multiple"), options);
        int maxLength = Scripts.integer(entry.get("maxLength"));
        String section = Scripts.string(entry, "section");
        return Optional.of(new Question(id, label.isBlank() ? id : label, type, Scripts.bool(entry, "required"),
                type.hasOptions() ? options : List.of(), maxLength > 0 ? Optional.of(maxLength) : Optional.empty(),
                section.isBlank() ? Optional.empty() : Optional.of(FuzzyText.displayLabel(section)),
                type == QuestionType.UNKNOWN ? Optional.of(kind.name().toLowerCase(Locale.ROOT)) : Optional.empty()));
    }

    private static QuestionType type(ControlKind kind, String tag, String inputType, boolean multiple,
                                     List<Option> options) {
        return switch (kind) {
            case TEXT -> switch (inputType) {
                case "number", "range" -> QuestionType.NUMBER;
                case "date", "month" -> QuestionType.DATE;
                default -> QuestionType.SHORT_TEXT;
            };
            case TEXT_AREA, RICH_TEXT -> QuestionType.LONG_TEXT;
            // a type-ahead or react-select input: typed, its suggestion picked
            case COMBOBOX -> "input".equals(tag) ? QuestionType.SHORT_TEXT : choice(multiple, options);
            case NATIVE_SELECT, SELECT2, RADIO_GROUP, CHECKBOX_GROUP, LISTBOX_BUTTON -> choice(multiple, options);
            case CHECKBOX, RADIO -> QuestionType.CHECKBOX;
            case FILE, UPLOAD_BUTTON -> QuestionType.FILE;
        };
    }

    private static QuestionType choice(boolean multiple, List<Option> options) {
        if (options.isEmpty()) {
            return QuestionType.UNKNOWN;
        }
        if (multiple) {
            return QuestionType.MULTI_SELECT;
        }
        return isYesNo(options) ? QuestionType.YES_NO : QuestionType.SINGLE_SELECT;
    }

    static boolean isYesNo(List<Option> options) {
        return options.size() == 2 && Set.of("yes", "no").equals(new HashSet<>(List.of(
                FuzzyText.normalize(options.get(0).label()), FuzzyText.normalize(options.get(1).label()))));
    }

    private static String slug(String label) {
        String slug = FuzzyText.normalize(label).replace(' ', '_');
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }
}
