package dev.nyx.ats.workday.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.FuzzyText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Workday's searchable multi-select (ATS-NOTES 3.5): {@code multiSelectContainer} with a {@code searchBox}, its popup
 * appended to {@code <body>} ({@code data-automation-widget=wd-popup} with {@code data-associated-widget} naming the
 * container), categories ({@code promptOption} with a chevron) that open their leaves ({@code promptLeafNode}), and
 * the chosen entries as chips ({@code selectedItem}). Chosen as a person does: typing and Enter, clicking entries.
 *
 * <p>Stateless; use from the thread that drives the page.
 */
final class MultiSelect {
    private static final String PROMPT_OPTIONS = """
            popup => [...popup.querySelectorAll('[data-automation-id=promptOption]')]
                .filter(option => !option.closest('[data-automation-id=selectedItemList]'))
                .map(option => {
                  const li = option.closest('li, [role=option]');
                  const chevron = !!((li || option).querySelector('[data-automation-id=promptChevron], [data-automation-id*=chevron i]'));
                  const leafNodes = popup.querySelector('[data-automation-id=promptLeafNode]') !== null;
                  const text = option.getAttribute('data-automation-label')
                      || [...option.childNodes].filter(node => node.nodeType === 3).map(node => node.textContent).join('').trim()
                      || (option.innerText || '').trim();
                  return {text, category: chevron || (leafNodes && !option.closest('[data-automation-id=promptLeafNode]'))};
                })""";

    /** One entry of a multi-select popup: a leaf to choose, or a category that opens leaves. */
    record PromptOption(String text, boolean category) {
    }

    private MultiSelect() {
    }

    /** Opens a multi-select's popup at its top level (clicking its search box) and returns the popup. */
    static Locator open(Page page, StepField field, Duration timeout) {
        Locator container = page.locator(field.selector() + " [data-automation-id=multiSelectContainer]").first();
        Locator search = container.locator("[data-automation-id=searchBox]").first();
        StepWidgets.closePopups(page, field);
        search.click(new Locator.ClickOptions().setTimeout(timeout.toMillis()));
        Locator popup = popupOf(page, container);
        StepWidgets.await(page, timeout, () -> popup.locator("[data-automation-id=promptOption]").count() > 0
                ? Optional.of(true) : Optional.empty());
        return popup;
    }

    /** The entries a multi-select popup shows. */
    static List<PromptOption> promptOptions(Locator popup) {
        List<PromptOption> options = new ArrayList<>();
        if (popup.count() == 0) {
            return options;
        }
        for (Object entry : (List<?>) popup.evaluate(PROMPT_OPTIONS)) {
            Map<?, ?> map = (Map<?, ?>) entry;
            String text = String.valueOf(map.get("text")).replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                options.add(new PromptOption(text, Boolean.TRUE.equals(map.get("category"))));
            }
        }
        return options;
    }

    /** Clicks the entry with exactly this text in a multi-select popup. */
    static void clickPromptOption(Locator popup, String text) {
        Locator option = popup.locator("[data-automation-id=promptOption][data-automation-label=\"" + text.replace("\"", "\\\"")
                + "\"]");
        if (option.count() == 0) {
            option = popup.locator("[data-automation-id=promptOption]", new Locator.LocatorOptions()
                    .setHasText(Pattern.compile("^\\s*" + Pattern.quote(text) + "(\\s*>)?\\s*$")));
        }
        option.first().click();
    }

    /** The popup once a category's leaves replaced its top level. */
    static Locator awaitLeaves(Page page, StepField field, String category, Duration timeout) {
        Locator container = page.locator(field.selector() + " [data-automation-id=multiSelectContainer]").first();
        Locator popup = popupOf(page, container);
        StepWidgets.await(page, timeout, () -> {
            List<PromptOption> shown = promptOptions(popup);
            return !shown.isEmpty() && shown.stream().noneMatch(option -> option.text().equals(category)
                    && option.category()) ? Optional.of(true) : Optional.empty();
        });
        return popup;
    }

    /**
     * Chooses {@code wanted} in a searchable multi-select as a person does: types it into the search box and presses
     * Enter (one match is chosen at once); otherwise picks the fitting entry of the results, opening a category for
     * its leaves; otherwise browses the categories from the top. Returns the chip's text.
     *
     * @throws NyxException {@link ErrorCode#OPTION_NOT_FOUND} when no entry fits, {@link ErrorCode#FILL_FAILED}
     *                      when no chip shows the choice afterwards
     */
    static String choose(Page page, StepField field, String wanted, Duration timeout) {
        Locator container = page.locator(field.selector() + " [data-automation-id=multiSelectContainer]").first();
        Optional<String> chosen = chip(container, wanted);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Locator search = container.locator("[data-automation-id=searchBox]").first();
        StepWidgets.closePopups(page, field);
        search.click(new Locator.ClickOptions().setTimeout(timeout.toMillis()));
        search.fill("");
        search.pressSequentially(wanted, new Locator.PressSequentiallyOptions().setDelay(10));
        int chipsBefore = chips(container).size();
        search.press("Enter");
        Locator popup = popupOf(page, container);
        Duration quick = shorter(timeout, Duration.ofSeconds(2));
        StepWidgets.await(page, quick, () -> chips(container).size() > chipsBefore
                || popup.locator("[data-automation-id=promptOption]").count() > 0 ? Optional.of(true) : Optional.empty());
        chosen = chip(container, wanted);
        if (chosen.isEmpty() && chips(container).size() > chipsBefore) {
            chosen = Optional.of(chips(container).get(chips(container).size() - 1));
        }
        if (chosen.isEmpty()) {
            Optional<String> picked = pickIn(page, field, popup, wanted, timeout);
            if (picked.isEmpty()) {
                picked = browse(page, field, wanted, timeout);
            }
            String text = picked.orElseThrow(() -> new NyxException(ErrorCode.OPTION_NOT_FOUND, "No entry of '"
                    + field.label() + "' fits the wanted answer (a value of length " + wanted.length()
                    + "), neither among the search results nor in its categories."));
            chosen = StepWidgets.await(page, timeout, () -> chip(container, text));
        }
        StepWidgets.closePopups(page, field);
        return chosen.orElseThrow(() -> new NyxException(ErrorCode.FILL_FAILED, "'" + field.label()
                + "' shows no chip for the chosen entry after it was picked."));
    }

    /** Picks the entry fitting {@code wanted} in the popup as shown (a category is opened for its leaves). */
    private static Optional<String> pickIn(Page page, StepField field, Locator popup, String wanted, Duration timeout) {
        List<PromptOption> shown = promptOptions(popup);
        Optional<FuzzyText.Match> match = FuzzyText.best(wanted, shown.stream().map(PromptOption::text).toList());
        if (match.isEmpty()) {
            return Optional.empty();
        }
        PromptOption option = shown.get(match.get().index());
        clickPromptOption(popup, option.text());
        if (!option.category()) {
            return Optional.of(option.text());
        }
        Locator leaves = awaitLeaves(page, field, option.text(), timeout);
        return pickIn(page, field, leaves, wanted, timeout);
    }

    /** Walks the categories from the top level for the leaf fitting {@code wanted}. */
    private static Optional<String> browse(Page page, StepField field, String wanted, Duration timeout) {
        Locator top = open(page, field, timeout);
        List<PromptOption> entries = promptOptions(top);
        Optional<FuzzyText.Match> direct = FuzzyText.best(wanted, entries.stream().filter(entry -> !entry.category())
                .map(PromptOption::text).toList());
        if (direct.isPresent()) {
            clickPromptOption(top, direct.get().text());
            return Optional.of(direct.get().text());
        }
        for (PromptOption entry : entries) {
            if (!entry.category()) {
                continue;
            }
            Locator popup = open(page, field, timeout);
            clickPromptOption(popup, entry.text());
            Locator leaves = awaitLeaves(page, field, entry.text(), timeout);
            List<PromptOption> shown = promptOptions(leaves);
            Optional<FuzzyText.Match> match = FuzzyText.best(wanted, shown.stream().map(PromptOption::text).toList());
            if (match.isPresent()) {
                clickPromptOption(leaves, match.get().text());
                return Optional.of(match.get().text());
            }
        }
        StepWidgets.closePopups(page, field);
        return Optional.empty();
    }

    /** The texts of a multi-select's chips. */
    static List<String> chips(Locator container) {
        List<String> texts = new ArrayList<>();
        for (Object text : (List<?>) container.locator("[data-automation-id=selectedItem]").evaluateAll(
                "chips => chips.map(chip => { const option = chip.querySelector('[data-automation-id=promptOption]');"
                        + " return ((option || chip).innerText || '').trim(); })")) {
            texts.add(String.valueOf(text).replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    private static Optional<String> chip(Locator container, String wanted) {
        return chips(container).stream().filter(text -> FuzzyText.score(wanted, text) >= 0.95).findFirst();
    }

    private static Locator popupOf(Page page, Locator container) {
        String id = container.getAttribute("id");
        Locator associated = page.locator(StepWidgets.POPUP + "[data-associated-widget=\"" + id + "\"]");
        return id != null && associated.count() > 0 ? associated.last() : page.locator(StepWidgets.POPUP).last();
    }

    private static Duration shorter(Duration first, Duration second) {
        return first.compareTo(second) < 0 ? first : second;
    }
}
