package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a posting and its form from a Greenhouse page (either style, or the embedded board's
 * frame) when the Job Board API cannot be used. It walks the form's controls with one script,
 * derives the API-style field names so the questions match the API's, and opens each
 * react-select combobox once to list its options. Stateless; call from the page's thread.
 */
public final class DomPostingReader {
    private static final String SCAN = resource("scan-form.js");
    private static final Pattern MONEY = Pattern.compile(
            "([$\u20ac\u00a3])?\\s?(\\d[\\d,.]*)\\s*(k|K)?\\s*(?:-|\u2013|\u2014|to)\\s*([$\u20ac\u00a3])?\\s?(\\d[\\d,.]*)\\s*(k|K)?\\s*([A-Z]{3})?");
    /** The longest wait for a combobox's menu to open when listing its options. */
    static final Duration MENU_WAIT = Duration.ofSeconds(2);
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "\u20ac", "EUR", "\u00a3", "GBP");

    private DomPostingReader() {
    }

    /** What the page says about the job besides the form. */
    public record PageFacts(String title, Optional<String> company, Optional<String> location, String description,
                            Optional<String> language, Optional<SalaryRange> salary) {
    }

    /** Title, company, location, description, language and pay range as the page shows them. */
    public static PageFacts facts(Frame frame) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) frame.evaluate("""
                () => {
                  const text = sel => { const e = document.querySelector(sel); return e ? (e.innerText || e.textContent || '').trim() : ''; };
                  return {
                    title: text('.app-title') || text('.job__title h1') || text('h1.section-header') || text('h1'),
                    company: text('.company-name') || text('.job__company') || '',
                    location: text('#header .location') || text('.job__location') || text('.location') || '',
                    description: text('#content') || text('.job__description') || '',
                    pay: Array.from(document.querySelectorAll('.pay-range, .pay-input, [class*="pay-range"], [class*="pay_range"]'))
                      .map(e => (e.innerText || '').trim()).join(' '),
                    language: document.documentElement.lang || '',
                    documentTitle: document.title || ''
                  };
                }""");
        String title = string(facts, "title");
        String documentTitle = string(facts, "documentTitle");
        Matcher forAt = Pattern.compile("(?i)^job application for (.+) at (.+)$").matcher(documentTitle.strip());
        if (title.isBlank() && forAt.matches()) {
            title = forAt.group(1);
        }
        Optional<String> company = Optional.of(string(facts, "company").replaceFirst("^(?i)at\\s+", "").strip())
                .filter(name -> !name.isBlank())
                .or(() -> forAt.matches() ? Optional.of(forAt.group(2).strip()) : Optional.empty());
        Optional<String> language = Optional.of(string(facts, "language")).filter(code -> code.matches("[a-zA-Z]{2}([-_].*)?"))
                .map(code -> code.substring(0, 2).toLowerCase(Locale.ROOT));
        return new PageFacts(title.isBlank() ? documentTitle : title, company,
                Optional.of(string(facts, "location")).filter(location -> !location.isBlank()),
                string(facts, "description"), language, salary(string(facts, "pay")));
    }

    /**
     * The form's questions in page order, ids as the API names them.
     *
     * @throws NyxException {@link ErrorCode#TIMEOUT} when the page does not answer in time
     */
    public static FormSchema form(Frame frame, Duration timeout) {
        return form(frame, timeout, Set.of());
    }

    /**
     * Like {@link #form(Frame, Duration)}, without opening the comboboxes of the questions whose ids are in
     * {@code known} (read elsewhere, from the API): those are listed with the options the scan saw.
     */
    public static FormSchema form(Frame frame, Duration timeout, Set<String> known) {
        List<Map<String, Object>> scanned = scan(frame);
        List<Question> questions = new ArrayList<>();
        for (Map<String, Object> entry : scanned) {
            String key = string(entry, "key");
            String label = string(entry, "label");
            QuestionType type = QuestionType.valueOf(string(entry, "kind"));
            List<Option> options = options(entry);
            if ("combobox".equals(entry.get("control")) && options.isEmpty() && type != QuestionType.SHORT_TEXT
                    && !known.contains(key)) {
                options = comboboxOptions(frame, key, string(entry, "listbox"), timeout);
                if (options.isEmpty() && type == QuestionType.SINGLE_SELECT) {
                    // an async select (a school search) lists options only once typed into: a type-ahead, answered
                    // with text, filled by typing it and picking the suggestion that fits
                    type = QuestionType.SHORT_TEXT;
                }
            }
            if (type == QuestionType.SINGLE_SELECT && isYesNo(options)) {
                type = QuestionType.YES_NO;
            }
            Optional<Integer> maxLength = entry.get("maxLength") instanceof Number number
                    ? Optional.of(number.intValue()) : Optional.empty();
            questions.add(new Question(key, label.isBlank() ? key : label, type, Boolean.TRUE.equals(entry.get("required")),
                    options, maxLength, Optional.ofNullable((String) entry.get("section")), Optional.empty()));
        }
        return new FormSchema(questions);
    }

    /** Runs the form scan (which also tags each control with {@code data-nyx-gh-key}). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> scan(Frame frame) {
        Object result = GreenhousePage.form(frame).evaluate(SCAN);
        return result instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The control tagged with a question key by the last {@link #scan}. */
    public static Locator tagged(Frame frame, String key) {
        return GreenhousePage.form(frame).locator(taggedSelector(key)).first();
    }

    /** The selector of a tagged control, for {@code has} filters (which need a selector-only locator). */
    public static String taggedSelector(String key) {
        return "[data-nyx-gh-key=\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static boolean isYesNo(List<Option> options) {
        return options.size() == 2 && options.stream().map(option -> option.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet()).equals(Set.of("yes", "no"));
    }

    private static List<Option> comboboxOptions(Frame frame, String key, String listbox, Duration stepTimeout) {
        // a menu that opens shows at once; one that loads only after typing never does: do not wait
        // a whole step time-out per such combobox
        Duration timeout = stepTimeout.compareTo(MENU_WAIT) < 0 ? stepTimeout : MENU_WAIT;
        Locator input = tagged(frame, key);
        Locator menu = frame.locator("[id=\"" + listbox + "\"]");
        // a follow-up question hides (and disables) its combobox until its trigger answer: show it
        // just long enough to read the options, then put it back as it was
        boolean revealed = Boolean.TRUE.equals(input.evaluate(REVEAL));
        try {
            Optional<List<Option>> quickly = readOptionsInPage(input, listbox);
            return quickly.isPresent() ? quickly.get() : readOptions(frame, input, menu, timeout);
        } finally {
            if (revealed) {
                input.evaluate(RESTORE);
            }
        }
    }

    private static final String REVEAL = """
            input => {
              const hidden = [];
              for (let e = input; e; e = e.parentElement) { if (e.hidden) { hidden.push(e); } }
              if (!hidden.length && !input.disabled) { return false; }
              hidden.forEach(e => { e.hidden = false; e.setAttribute('data-nyx-gh-was-hidden', ''); });
              if (input.disabled) { input.disabled = false; input.setAttribute('data-nyx-gh-was-disabled', ''); }
              return true;
            }""";
    private static final String RESTORE = """
            input => {
              document.querySelectorAll('[data-nyx-gh-was-hidden]').forEach(e => {
                e.hidden = true; e.removeAttribute('data-nyx-gh-was-hidden'); });
              if (input.hasAttribute('data-nyx-gh-was-disabled')) {
                input.disabled = true; input.removeAttribute('data-nyx-gh-was-disabled'); }
              input.blur();
            }""";

    /**
     * Opens a react-select's menu the way a press on its control does (a {@code mousedown} on
     * {@code div.select__control}, what react-select listens to), reads the options and closes it again,
     * all in one browser call: a long form opened a dozen menus with pointer clicks, hundreds of
     * milliseconds each. Empty when no menu opened that way (another widget): the caller clicks.
     */
    private static Optional<List<Option>> readOptionsInPage(Locator input, String listbox) {
        Object read;
        try {
            read = input.evaluate(OPEN_AND_READ, listbox);
        } catch (PlaywrightException e) {
            return Optional.empty();
        }
        if (!(read instanceof List<?> texts)) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        for (Object text : texts) {
            String label = String.valueOf(text).replaceAll("[\\s\u00a0]+", " ").strip();
            if (!label.isEmpty()) {
                options.add(new Option(label, label));
            }
        }
        return Optional.of(options);
    }

    private static final String OPEN_AND_READ = """
            async (input, listbox) => {
              const control = input.closest('.select__control');
              if (!control) { return null; }
              control.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true, button: 0, view: window}));
              let menu = null;
              for (let frame = 0; frame < 5 && !menu; frame++) {
                await new Promise(resolve => requestAnimationFrame(resolve));
                menu = document.getElementById(listbox);
              }
              if (!menu) { input.blur(); return null; }
              const texts = Array.from(menu.querySelectorAll('[role=option]')).map(option => option.innerText || '');
              input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, cancelable: true}));
              input.blur();
              return texts;
            }""";

    private static List<Option> readOptions(Frame frame, Locator input, Locator menu, Duration timeout) {
        try {
            input.click(new Locator.ClickOptions().setTimeout(timeout.toMillis()));
            menu.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
            List<Option> options = new ArrayList<>();
            for (String text : menu.locator("[role=option]").allInnerTexts()) {
                String label = text.replaceAll("[\\s\u00a0]+", " ").strip();
                if (!label.isEmpty()) {
                    options.add(new Option(label, label));
                }
            }
            frame.page().keyboard().press("Escape", new Keyboard.PressOptions());
            return options;
        } catch (PlaywrightException e) {
            // an async combobox lists nothing until typed into: its options stay unknown
            frame.page().keyboard().press("Escape");
            return List.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Option> options(Map<String, Object> entry) {
        Object raw = entry.get("options");
        if (!(raw instanceof List<?> list)) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> option = (Map<String, Object>) item;
            options.add(new Option(string(option, "value"), string(option, "label")));
        }
        return options;
    }

    static Optional<SalaryRange> salary(String text) {
        Matcher matcher = MONEY.matcher(text == null ? "" : text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String symbol = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
        String currency = matcher.group(7) != null ? matcher.group(7) : symbol == null ? null : SYMBOLS.get(symbol);
        if (currency == null) {
            return Optional.empty();
        }
        try {
            BigDecimal min = amount(matcher.group(2), matcher.group(3));
            BigDecimal max = amount(matcher.group(5), matcher.group(6));
            if (max.compareTo(min) < 0) {
                return Optional.empty();
            }
            String lower = text.toLowerCase(Locale.ROOT);
            SalaryPeriod period = lower.contains("hour") ? SalaryPeriod.HOUR
                    : lower.contains("month") ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
            return Optional.of(new SalaryRange(min, max, currency, period));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal amount(String digits, String thousands) {
        BigDecimal value = new BigDecimal(digits.replace(",", "").replaceAll("\\.(\\d{3})", "$1"));
        return thousands == null ? value : value.multiply(BigDecimal.valueOf(1000));
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    private static String resource(String name) {
        try (InputStream in = DomPostingReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NyxException(ErrorCode.INTERNAL, "The Greenhouse plugin misses its resource " + name
                        + "; rebuild the plugin.");
            }
            // comment lines would hide that the script is a function expression
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.stripLeading().startsWith("//")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new NyxException(ErrorCode.INTERNAL, "The Greenhouse plugin cannot read its resource " + name
                    + "; rebuild the plugin.", e);
        }
    }
}
