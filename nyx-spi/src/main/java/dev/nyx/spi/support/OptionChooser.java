package dev.nyx.spi.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks options by fuzzy text in every kind of choice control: native selects (visible or hidden),
 * select2, react-select and other ARIA comboboxes, listbox buttons with popups appended to
 * {@code <body>} (Workday), searchable inputs, radio and checkbox groups.
 */
final class OptionChooser {

    private static final Logger LOG = LoggerFactory.getLogger(OptionChooser.class);
    // Placeholder entries that are never an answer.
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(please select.*|select( one| an option)?|choose( one| an option)?|no options?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final String IS_INPUT = "e => e.matches('input, textarea')";
    /** How long a just-opened menu may stay without options and without any change before it counts as empty. */
    private static final Duration NO_OPTIONS_QUIET = Duration.ofMillis(200);

    private record Offered(String token, String text) {
    }

    private OptionChooser() {
    }

    /** Whether an option's text is a placeholder ("Please select", "Choose one"), never an answer. */
    static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(FuzzyText.normalize(text)).matches();
    }

    static String choose(Scope scope, FormField field, String question, String wanted) {
        for (String shown : ValueReader.read(scope, field).values()) {
            if (FuzzyText.score(wanted, shown) == 1.0) {
                return shown; // already chosen: choosing again could toggle it off
            }
        }
        return switch (field.kind()) {
            case NATIVE_SELECT, SELECT2 -> chooseNative(scope, field, question, wanted);
            case COMBOBOX, LISTBOX_BUTTON, TEXT -> choosePopup(scope, field, question, wanted);
            case RADIO_GROUP, CHECKBOX_GROUP -> chooseMember(scope, field, question, wanted);
            default -> throw new NyxException(ErrorCode.INVALID_STATE, "'" + question + "' is a "
                    + field.kind() + ", not a field with options; use the text, checkbox or upload helpers.");
        };
    }

    private static String chooseNative(Scope scope, FormField field, String question, String wanted) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Map<String, Object> option : Scripts.list(scope.eval(field.control(), Scripts.NATIVE_OPTIONS))) {
            String text = Scripts.string(option, "text");
            if (!Scripts.bool(option, "disabled") && !Scripts.string(option, "value").isEmpty()
                    && !PLACEHOLDER.matcher(FuzzyText.normalize(text)).matches()) {
                options.add(option);
            }
        }
        FuzzyText.Match match = FuzzyText.pick(question, wanted, options.stream().map(o -> Scripts.string(o, "text")).toList());
        String value = Scripts.string(options.get(match.index()), "value");
        List<String> values = new ArrayList<>();
        if (field.multiple()) {
            values.addAll(selectedValues(scope, field));
        }
        values.add(value);
        if (field.kind() == ControlKind.SELECT2 && !field.multiple()) {
            trySelect2(scope, field, match.text());
        } else if (field.visible()) {
            try {
                field.control().selectOption(values.toArray(String[]::new),
                        new Locator.SelectOptionOptions().setTimeout(scope.quick().toMillis()));
            } catch (PlaywrightException e) {
                LOG.debug("selectOption on '{}' failed, setting the select directly: {}", question, Checker.firstLine(e));
            }
        }
        if (!selectedValues(scope, field).containsAll(values)) {
            // the widget did not take it: set the (hidden) select and fire the events widgets listen to
            scope.eval(field.control(), Scripts.SET_NATIVE_SELECT, values);
        }
        if (!selectedValues(scope, field).contains(value)) {
            throw new NyxException(ErrorCode.FILL_FAILED, "The select '" + question + "' does not keep the option '"
                    + match.text() + "'; the page resets it.");
        }
        return match.text();
    }

    private static List<String> selectedValues(Scope scope, FormField field) {
        List<String> selected = new ArrayList<>();
        for (Map<String, Object> option : Scripts.list(scope.eval(field.control(), Scripts.NATIVE_OPTIONS))) {
            if (Scripts.bool(option, "selected")) {
                selected.add(Scripts.string(option, "value"));
            }
        }
        return selected;
    }

    private static void trySelect2(Scope scope, FormField field, String optionText) {
        Object token = scope.eval(field.control(), Scripts.MARK_SELECT2);
        if (token == null) {
            return;
        }
        Locator container = scope.marked("data-nyx-widget", token.toString());
        try {
            Locator opener = container.locator("a.select2-choice, .select2-selection, ul.select2-choices").first();
            scope.eval(container, Scripts.PRESS_SELECT2); // select2 opens on mousedown, not on click
            Optional<Map<String, Object>> drop = awaitSelect2Drop(scope, container);
            if (drop.isEmpty()) {
                opener.click(new Locator.ClickOptions().setTimeout(scope.quick().toMillis()));
                drop = awaitSelect2Drop(scope, container);
            }
            if (drop.isEmpty()) {
                return; // no drop opened: the caller sets the select itself
            }
            List<Offered> results = awaitOptions(scope, field.control(), Duration.ZERO, Optional.empty());
            String search = Scripts.string(drop.get(), "search");
            if (results.isEmpty() && !search.isEmpty()) {
                // a type-ahead select2 (remote data, a minimum input length) lists nothing until typed:
                // waiting for options it will never show cost seconds per field
                TextFiller.typeSearch(scope, scope.marked("data-nyx-search", search), optionText);
                results = awaitOptions(scope, field.control(), scope.timeout(), Optional.empty());
            } else if (results.isEmpty()) {
                results = awaitOptions(scope, field.control(), scope.quick(), Optional.empty());
            }
            Optional<FuzzyText.Match> match = FuzzyText.best(optionText, results.stream().map(Offered::text).toList());
            if (match.isPresent()) {
                scope.marked("data-nyx-option", results.get(match.get().index()).token())
                        .click(new Locator.ClickOptions().setTimeout(scope.quick().toMillis()));
            } else {
                scope.page().keyboard().press("Escape");
            }
        } catch (PlaywrightException e) {
            LOG.debug("The select2 widget did not take the option, setting its select directly: {}", Checker.firstLine(e));
        }
    }

    /** The state of the select2 drop once one is open, waiting up to the quick limit for it. */
    private static Optional<Map<String, Object>> awaitSelect2Drop(Scope scope, Locator container) {
        return Waits.until(scope, scope.quick(), () -> scope.eval(container, Scripts.SELECT2_DROP) instanceof Map<?, ?> state
                ? Optional.of(Scripts.map(state)) : Optional.empty());
    }

    private static String choosePopup(Scope scope, FormField field, String question, String wanted) {
        Locator control = field.control();
        List<Offered> offered = open(scope, field);
        Optional<FuzzyText.Match> match = FuzzyText.best(wanted, texts(offered));
        if (match.isEmpty() && Boolean.TRUE.equals(scope.eval(control, IS_INPUT))) {
            // long or async lists only show what fits the typed text
            List<Offered> before = offered;
            TextFiller.typeSearch(scope, control, wanted);
            offered = awaitOptions(scope, control, scope.timeout(), Optional.empty());
            if (offered.isEmpty()) {
                throw new NyxException(ErrorCode.OPTION_NOT_FOUND, "No option of '" + question
                        + "' appeared after typing the wanted answer (a value of length " + wanted.length()
                        + "); offered before typing: " + FuzzyText.describe(texts(before))
                        + ". Change the answer to one of the offered options.");
            }
            Waits.settled(scope, Duration.ofMillis(150), scope.quick()); // let late suggestions replace stale ones
            offered = awaitOptions(scope, control, scope.quick(), Optional.empty());
        }
        if (match.isEmpty()) {
            try {
                match = Optional.of(FuzzyText.pick(question, wanted, texts(offered)));
            } catch (NyxException e) {
                scope.page().keyboard().press("Escape");
                throw e;
            }
        }
        String chosen = offered.get(match.get().index()).text();
        if (!clickOption(scope, control, offered.get(match.get().index()))
                && Waits.until(scope, scope.quick(), () -> shows(scope, field, chosen) ? Optional.of(true)
                : Optional.<Boolean>empty()).isEmpty()) {
            // the menu closed before the click reached the option (a blur handler of an earlier pick
            // closing it late), and the field never showed it: open the menu once more and click again
            LOG.debug("The menu of '{}' closed before the option was clicked; opening it again", question);
            open(scope, field).stream().filter(again -> again.text().equals(chosen)).findFirst()
                    .ifPresent(again -> clickOption(scope, control, again));
        }
        verifyShown(scope, field, question, chosen);
        return chosen;
    }

    /**
     * Clicks an offered option; true when the click reached it, false when the option went away with its
     * menu before (the caller checks what the field shows). Some menus rebuild their options when the
     * pointer moves onto one (to move the focus style), replacing the node between Playwright's mouse
     * move and its click: the rebuilt option inherits the marked one's token in the browser
     * ({@code keepOptionTokens}), so the click's own retry finds it at once. Should a menu rebuild it
     * otherwise, the option with the same text is looked up again and clicked, until the step timeout
     * is used up.
     */
    private static boolean clickOption(Scope scope, Locator control, Offered option) {
        return clickOption(scope, control, option, Optional.empty());
    }

    private static boolean clickOption(Scope scope, Locator control, Offered option, Optional<String> extraSelector) {
        long attempts = Math.max(1, scope.timeout().toMillis() / Math.max(1, scope.quick().toMillis()));
        Locator marked = scope.marked("data-nyx-option", option.token());
        if (pointAndClick(scope, marked)) {
            return true;
        }
        for (long attempt = 1; ; attempt++) {
            try {
                marked.click(new Locator.ClickOptions().setTimeout(attempt == attempts ? scope.timeoutMillis()
                        : scope.quick().toMillis()));
                return true;
            } catch (TimeoutError replaced) {
                if (attempt >= attempts) {
                    throw replaced;
                }
                Optional<Offered> same = awaitOptions(scope, control, scope.quick(), extraSelector).stream()
                        .filter(offered -> offered.text().equals(option.text())).findFirst();
                if (same.isEmpty()) {
                    // the menu closed: the click landed after all, or verifyShown will say it did not
                    LOG.debug("The option '{}' is gone and its menu closed: {}", option.text(), Checker.firstLine(replaced));
                    return false;
                }
                marked = scope.marked("data-nyx-option", same.get().token());
            }
        }
    }

    /**
     * Clicks the middle of an option with the mouse, as a person does, when nothing covers it. Menus that
     * rebuild the option under the pointer (react-select moving its focus style) made Playwright's own
     * click wait and retry for 100-300 ms per option; a click at the point reaches the rebuilt option.
     * False (nothing clicked) when the option is covered or has no box: the caller's click handles it.
     */
    private static boolean pointAndClick(Scope scope, Locator option) {
        try {
            if (!Boolean.TRUE.equals(scope.eval(option, Scripts.CLEAR_POINT))) {
                return false;
            }
            BoundingBox box = option.boundingBox(new Locator.BoundingBoxOptions().setTimeout(scope.quick().toMillis()));
            if (box == null) {
                return false;
            }
            scope.page().mouse().click(box.x + box.width / 2, box.y + box.height / 2);
            return true;
        } catch (PlaywrightException e) {
            LOG.debug("Could not click the option at its middle, clicking it as an element: {}", Checker.firstLine(e));
            return false;
        }
    }

    private static List<Offered> open(Scope scope, FormField field) {
        Locator control = field.control();
        if (field.kind() == ControlKind.LISTBOX_BUTTON) {
            control.click(new Locator.ClickOptions().setTimeout(scope.timeoutMillis()));
        } else {
            // react-select covers its input with the placeholder; the click still reaches the control
            control.click(new Locator.ClickOptions().setForce(true).setTimeout(scope.timeoutMillis()));
        }
        // an async select lists nothing until typed into ("Start typing to search"): once the page has
        // gone quiet without options, an input gets the wanted text typed instead of a longer wait
        List<Offered> offered = awaitOptions(scope, control, scope.quick(), NO_OPTIONS_QUIET, Optional.empty());
        if (offered.isEmpty() && !Boolean.TRUE.equals(scope.eval(control, IS_INPUT))) {
            offered = awaitOptions(scope, control, scope.quick(), Optional.empty());
        }
        // an expanded but empty menu (async selects) needs typing, not another key
        if (offered.isEmpty() && !"true".equals(control.getAttribute("aria-expanded"))) {
            control.press("ArrowDown", new Locator.PressOptions().setTimeout(scope.timeoutMillis()));
            offered = awaitOptions(scope, control, scope.quick(), Optional.empty());
        }
        return offered;
    }

    /** The options a control's popup shows, waiting up to {@code limit} for the first to appear. */
    static List<Offered> awaitOptions(Scope scope, Locator control, Duration limit, Optional<String> extraSelector) {
        return awaitOptions(scope, control, limit, limit, extraSelector);
    }

    /** Like {@link #awaitOptions(Scope, Locator, Duration, Optional)}, giving up once the page stayed quiet for {@code quiet}. */
    private static List<Offered> awaitOptions(Scope scope, Locator control, Duration limit, Duration quiet,
                                              Optional<String> extraSelector) {
        Map<String, Object> arg = new HashMap<>();
        extraSelector.ifPresent(selector -> arg.put("extra", selector));
        return Waits.untilOrQuiet(scope, limit, quiet, () -> {
            List<Offered> offered = new ArrayList<>();
            for (Map<String, Object> option : Scripts.list(scope.eval(control, Scripts.POPUP_OPTIONS, arg))) {
                String text = Scripts.string(option, "text");
                if (!PLACEHOLDER.matcher(FuzzyText.normalize(text)).matches()) {
                    offered.add(new Offered(Scripts.string(option, "token"), text));
                }
            }
            return offered.isEmpty() ? Optional.<List<Offered>>empty() : Optional.of(offered);
        }).orElse(List.of());
    }

    /** Types {@code typed} into a typeahead and picks the suggestion fitting {@code wanted} best. */
    static String typeAhead(Scope scope, FormField field, String typed, String wanted, Optional<String> suggestions) {
        Locator control = field.control();
        TextFiller.typeSearch(scope, control, typed);
        List<Offered> offered = awaitOptions(scope, control, scope.timeout(), suggestions);
        if (offered.isEmpty()) {
            throw new NyxException(ErrorCode.TIMEOUT, "No suggestions appeared for '" + field.label() + "' within "
                    + scope.timeout().toMillis() + " ms after typing a value of length " + typed.length()
                    + "; check that the site's suggestion service answers, or pass the suggestion selector.");
        }
        Waits.settled(scope, Duration.ofMillis(150), scope.quick()); // let late suggestions replace stale ones
        List<Offered> latest = awaitOptions(scope, control, scope.quick(), suggestions);
        offered = latest.isEmpty() ? offered : latest;
        FuzzyText.Match match;
        try {
            match = FuzzyText.pick(field.label(), wanted, texts(offered));
        } catch (NyxException e) {
            control.press("Escape");
            throw e;
        }
        Offered chosen = offered.get(match.index());
        // a list re-rendered under the pointer replaces the node: clickOption finds the same text again
        clickOption(scope, control, chosen, suggestions);
        if (ValueReader.read(scope, field).isEmpty()) {
            throw new NyxException(ErrorCode.FILL_FAILED, "'" + field.label()
                    + "' shows no value after picking the suggestion '" + chosen.text() + "'.");
        }
        return chosen.text();
    }

    private static String chooseMember(Scope scope, FormField field, String question, String wanted) {
        List<Map<String, Object>> members = Scripts.list(scope.eval(field.control(), Scripts.MEMBERS));
        FuzzyText.Match match = FuzzyText.pick(question, wanted, members.stream().map(m -> Scripts.string(m, "text")).toList());
        Locator member = scope.marked("data-nyx-member", Scripts.string(members.get(match.index()), "token"));
        Checker.setChecked(scope, member, true, question + " / " + match.text());
        return match.text();
    }

    /** Whether the field shows {@code chosen} now. */
    private static boolean shows(Scope scope, FormField field, String chosen) {
        String wantedText = FuzzyText.normalize(chosen);
        return ValueReader.read(scope, field).values().stream().map(FuzzyText::normalize)
                .anyMatch(value -> !value.isEmpty() && (value.contains(wantedText) || wantedText.contains(value)));
    }

    private static void verifyShown(Scope scope, FormField field, String question, String chosen) {
        Optional<Boolean> shown = Waits.until(scope, scope.quick(),
                () -> shows(scope, field, chosen) ? Optional.of(true) : Optional.empty());
        if (shown.isEmpty()) {
            throw new NyxException(ErrorCode.FILL_FAILED, "'" + question + "' does not show the option '" + chosen
                    + "' after it was clicked (it shows " + ValueReader.read(scope, field).values().size()
                    + " value(s)); the widget may need a site-specific helper.");
        }
    }

    private static List<String> texts(List<Offered> offered) {
        return offered.stream().map(Offered::text).toList();
    }
}
