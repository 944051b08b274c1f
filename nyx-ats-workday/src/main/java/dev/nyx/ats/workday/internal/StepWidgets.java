package dev.nyx.ats.workday.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.FuzzyText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The Workday widgets the shared filler does not know (ATS-NOTES 3.5): the popups of button-listbox dropdowns appended
 * to {@code <body>} ({@code data-automation-widget=wd-popup}, found by the button's {@code aria-controls}) and the date
 * parts ({@code dateInputWrapper} with Month/Day/Year spinbuttons); searchable multi-selects are {@link MultiSelect}.
 * Every action is one a person does: clicks, typing, Enter.
 *
 * <p>Stateless; use from the thread that drives the page.
 */
final class StepWidgets {
    static final String POPUP = "body > [data-automation-widget=wd-popup]";
    private static final Pattern PLACEHOLDER = Pattern.compile("^(select one|please select|choose one)?$");
    private static final Duration POLL = Duration.ofMillis(50);
    private StepWidgets() {
    }

    static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(FuzzyText.normalize(text)).matches();
    }

    /** Opens a dropdown (unless open) and returns its listbox, the popup element its {@code aria-controls} names. */
    static Locator openDropdown(Page page, Locator button, String label, Duration timeout) {
        if (button.getAttribute("aria-expanded") == null) {
            button.click(new Locator.ClickOptions().setTimeout(timeout.toMillis()));
        }
        String listId = await(page, timeout, () -> Optional.ofNullable(button.getAttribute("aria-controls"))
                .filter(id -> !id.isBlank()))
                .orElseThrow(() -> new NyxException(ErrorCode.FILL_FAILED, "The dropdown '" + label
                        + "' did not open its list (no aria-controls after the click)."));
        Locator list = page.locator("[id=\"" + listId + "\"]");
        await(page, timeout, () -> list.locator("[role=option]").count() > 0 ? Optional.of(true) : Optional.empty());
        return list;
    }

    /** The texts of options ({@code data-automation-label}, else the text). */
    static List<String> optionTexts(Locator options) {
        List<String> texts = new ArrayList<>();
        for (Object text : (List<?>) options.evaluateAll("options => options.map(option => {"
                + " const labelled = option.querySelector('[data-automation-label]');"
                + " return (labelled && labelled.getAttribute('data-automation-label'))"
                + " || option.getAttribute('data-automation-label') || (option.innerText || '').trim(); })")) {
            texts.add(String.valueOf(text).replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    /**
     * Picks the option of a dropdown that fits {@code wanted} best: opens it, clicks the option in its popup, and
     * checks that the button shows it.
     */
    static String chooseInDropdown(Page page, Locator button, String label, String wanted, Duration timeout) {
        String shown = button.innerText().strip();
        if (!isPlaceholder(shown) && FuzzyText.score(wanted, shown) == 1.0) {
            return shown;
        }
        Locator list = openDropdown(page, button, label, timeout);
        List<String> texts = optionTexts(list.locator("[role=option]"));
        List<String> choices = texts.stream().filter(text -> !isPlaceholder(text)).toList();
        FuzzyText.Match match;
        try {
            match = FuzzyText.pick(label, wanted, choices);
        } catch (NyxException e) {
            button.click();
            throw e;
        }
        list.locator("[role=option]").nth(texts.indexOf(match.text())).click(
                new Locator.ClickOptions().setTimeout(timeout.toMillis()));
        if (await(page, timeout, () -> button.innerText().contains(match.text()) ? Optional.of(true)
                : Optional.empty()).isEmpty()) {
            throw new NyxException(ErrorCode.FILL_FAILED, "The dropdown '" + label + "' does not show the option '"
                    + match.text() + "' after it was clicked.");
        }
        return match.text();
    }

    /**
     * Types a date into the field's spinbuttons (Month, Day, Year as the page orders them), each as a person types it,
     * and checks that each part keeps its value.
     */
    static void typeDate(Page page, StepField field, Map<String, Integer> values, Duration timeout) {
        for (String part : field.dateParts()) {
            Integer value = values.get(part);
            if (value == null) {
                continue;
            }
            String text = part.equals("Year") ? String.format("%04d", value) : String.format("%02d", value);
            Locator input = page.locator(field.selector() + " [data-nyx-wd-part=\"" + part + "\"]").first();
            input.click(new Locator.ClickOptions().setTimeout(timeout.toMillis()));
            input.press("Control+a");
            input.press("Backspace");
            input.pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(15));
            input.press("Tab");
            String shown = input.inputValue().replaceAll("\\D", "");
            if (shown.isEmpty() || Integer.parseInt(shown) != value) {
                input.fill(text);
                input.dispatchEvent("change");
                input.blur();
                shown = input.inputValue().replaceAll("\\D", "");
            }
            if (shown.isEmpty() || Integer.parseInt(shown) != value) {
                throw new NyxException(ErrorCode.FILL_FAILED, "The " + part.toLowerCase() + " of the date '"
                        + field.label() + "' does not keep the typed value.");
            }
        }
    }

    /** Closes any open Workday popup: the field's dropdown toggled shut, else Escape, else a click on a heading. */
    static void closePopups(Page page, StepField field) {
        try {
            Locator popups = page.locator(POPUP);
            if (popups.count() == 0) {
                return;
            }
            Locator button = page.locator(field.selector() + " button[aria-haspopup=listbox][aria-expanded]");
            if (button.count() > 0) {
                button.first().click();
            }
            if (popups.count() > 0) {
                page.keyboard().press("Escape");
            }
            if (popups.count() > 0) {
                Locator heading = page.locator("h1, h2").first();
                if (heading.count() > 0) {
                    heading.click();
                }
            }
        } catch (PlaywrightException e) {
            // closing is a courtesy: the next field's click closes what is left
        }
    }

    /** Polls {@code check} until it gives a value or {@code timeout} passes. */
    static <T> Optional<T> await(Page page, Duration timeout, Supplier<Optional<T>> check) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = check.get();
            if (value.isPresent() || System.nanoTime() > end) {
                return value;
            }
            page.waitForTimeout(POLL.toMillis());
        }
    }
}
