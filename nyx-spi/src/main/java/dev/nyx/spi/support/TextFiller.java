package dev.nyx.spi.support;

import com.microsoft.playwright.Locator;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.Locale;
import java.util.Map;

/** Fills text inputs, textareas and contenteditable elements, and checks the result. */
final class TextFiller {

    /**
     * Pause between typed keys: each key reaches type-ahead widgets as its own event (their debounce
     * then waits for the last one); longer pauses only slow the fill down.
     */
    static final double TYPING_DELAY_MILLIS = 10;

    private TextFiller() {
    }

    /**
     * Types a search into a type-ahead or a searchable select: all but the last character at once (the
     * input events a filter or a debounced search reads the value from), the last one as a real key press
     * (for widgets that search on keyup). Typing every character with a pause cost a second on a school name.
     */
    static void typeSearch(Scope scope, Locator control, String text) {
        int last = text.isEmpty() ? 0 : text.offsetByCodePoints(text.length(), -1);
        control.fill(text.substring(0, last), new Locator.FillOptions().setTimeout(scope.timeoutMillis()));
        if (last < text.length()) {
            control.pressSequentially(text.substring(last), new Locator.PressSequentiallyOptions()
                    .setDelay(TYPING_DELAY_MILLIS).setTimeout(scope.timeoutMillis()));
        }
    }

    static void fill(Scope scope, FormField field, String value) {
        Locator control = field.control();
        Map<String, Object> info = Scripts.map(scope.eval(control, Scripts.INPUT_INFO));
        int maxLength = Scripts.integer(info.get("maxLength"));
        requireFormat(field, Scripts.string(info, "type"), value);
        if (maxLength >= 0 && value.length() > maxLength) {
            throw new NyxException(ErrorCode.ANSWER_TOO_LONG, "The answer for '" + field.label() + "' has "
                    + value.length() + " characters but the field accepts at most " + maxLength
                    + "; shorten the answer (it was not truncated).");
        }
        // fill() clears first and fires the input events React-controlled inputs listen to
        control.fill(value, new Locator.FillOptions().setTimeout(scope.timeoutMillis()));
        String shown = ValueReader.blurAndRead(scope, field).text();
        if (!sameText(shown, value)) {
            throw new NyxException(ErrorCode.FILL_FAILED, "'" + field.label() + "' shows a value of length "
                    + shown.length() + " after filling a value of length " + value.length()
                    + "; the page rewrote or rejected it.");
        }
    }

    /** Date, month and time pickers take only their ISO form; anything else would be a guess or an error. */
    private static void requireFormat(FormField field, String type, String value) {
        String expected = switch (type) {
            case "date" -> "YYYY-MM-DD";
            case "month" -> "YYYY-MM";
            case "time" -> "HH:MM";
            default -> "";
        };
        boolean fits = switch (type) {
            case "date" -> value.matches("\\d{4}-\\d{2}-\\d{2}");
            case "month" -> value.matches("\\d{4}-\\d{2}");
            case "time" -> value.matches("\\d{2}:\\d{2}(:\\d{2})?");
            default -> true;
        };
        if (!fits) {
            throw new NyxException(ErrorCode.ANSWER_WRONG_FORMAT, "'" + field.label() + "' is a " + type
                    + " field but the answer is not a " + type + " (a value of length " + value.length()
                    + "); give the answer as " + expected + ".");
        }
    }

    /** Equal, or equal once spaces and formatting (phone masks, thousands separators) are ignored. */
    static boolean sameText(String shown, String wanted) {
        if (shown.equals(wanted)) {
            return true;
        }
        return compact(shown).equals(compact(wanted));
    }

    private static String compact(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
