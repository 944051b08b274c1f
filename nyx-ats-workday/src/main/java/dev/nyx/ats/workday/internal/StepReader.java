package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the questions of a Workday wizard step from its page container, generically, in both UI generations
 * (ATS-NOTES 3.4 and 3.5): every {@code formField-*} wrapper and every labelled control outside one, with the label
 * from its {@code label}, {@code legend} or {@code aria-label}, the required marker, and the widget kind from the
 * markup. Hidden inputs, controls a person cannot see and honeypots ({@code beecatcher}) are never fields. The
 * options of button-listbox dropdowns and searchable multi-selects are not in the page until the widget opens:
 * {@link #withOptions} opens each popup (appended to {@code <body>}), reads it and closes it again.
 *
 * <p>Stateless; use from the thread that drives the page.
 */
final class StepReader {
    /** Options read from one multi-select at most; a longer list (schools) is searched, not listed. */
    private static final int MAX_OPTIONS = 200;
    private static final String POPUP = "body > [data-automation-widget=wd-popup]";

    private static final String SCAN = PageScripts.load("step-fields.js");

    private StepReader() {
    }

    /**
     * The fields the container shows now, in page order; dropdown and multi-select options not yet read.
     *
     * @throws NyxException {@link ErrorCode#FILL_FAILED} when the browser fails reading the step
     */
    static List<StepField> scan(Locator container, String stepKey) {
        requireNonNull(container, "container is null");
        Object listed;
        try {
            listed = container.evaluate(SCAN);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.FILL_FAILED, "The browser failed while reading the fields of the Workday"
                    + " step " + stepKey + ": " + firstLine(e), e);
        }
        List<StepField> fields = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Object entry : listed instanceof List<?> list ? list : List.of()) {
            if (!(entry instanceof Map<?, ?> map)) {
                continue;
            }
            String id = string(map, "id");
            String unique = id;
            for (int count = 2; !ids.add(unique); count++) {
                unique = id + "_" + count;
            }
            String panel = string(map, "panel");
            String section = string(map, "section");
            fields.add(new StepField(string(map, "token"), StepField.Kind.valueOf(string(map, "kind")), unique,
                    displayLabel(string(map, "label"), unique), Boolean.TRUE.equals(map.get("required")),
                    strings(map.get("options")), strings(map.get("parts")),
                    panel.isEmpty() ? Optional.empty() : Optional.of(panel), string(map, "key"),
                    section.isEmpty() ? Optional.empty() : Optional.of(section), Boolean.TRUE.equals(map.get("filled"))));
        }
        return fields;
    }

    /**
     * The field with its options: a dropdown's or a multi-select's popup is opened, read and closed (a multi-select's
     * categories are opened one by one for their leaves); other fields as they are.
     */
    static StepField withOptions(Page page, StepField field, Duration timeout) {
        try {
            return switch (field.kind()) {
                case DROPDOWN -> field.withOptions(dropdownOptions(page, field, timeout));
                case MULTISELECT -> field.withOptions(multiSelectOptions(page, field, timeout));
                default -> field;
            };
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.FILL_FAILED, "Could not read the options of '" + field.label()
                    + "' on the Workday step: " + firstLine(e), e);
        } finally {
            StepWidgets.closePopups(page, field);
        }
    }

    private static List<String> dropdownOptions(Page page, StepField field, Duration timeout) {
        Locator button = page.locator(field.selector() + " button[aria-haspopup=listbox]").first();
        Locator list = StepWidgets.openDropdown(page, button, field.label(), timeout);
        List<String> options = new ArrayList<>();
        for (String option : StepWidgets.optionTexts(list.locator("[role=option]"))) {
            if (!StepWidgets.isPlaceholder(option)) {
                options.add(option);
            }
        }
        return options;
    }

    private static List<String> multiSelectOptions(Page page, StepField field, Duration timeout) {
        Locator top = MultiSelect.open(page, field, timeout);
        List<MultiSelect.PromptOption> entries = MultiSelect.promptOptions(top);
        List<String> options = new ArrayList<>();
        for (MultiSelect.PromptOption entry : entries) {
            if (options.size() >= MAX_OPTIONS) {
                break;
            }
            if (!entry.category()) {
                options.add(entry.text());
                continue;
            }
            Locator popup = MultiSelect.open(page, field, timeout);
            MultiSelect.clickPromptOption(popup, entry.text());
            Locator leaves = MultiSelect.awaitLeaves(page, field, entry.text(), timeout);
            for (MultiSelect.PromptOption leaf : MultiSelect.promptOptions(leaves)) {
                if (!leaf.category() && !leaf.text().equals(entry.text())) {
                    options.add(leaf.text());
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(options));
    }

    private static String displayLabel(String label, String id) {
        String shown = label.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip()
                .replaceAll("\\s*(\\*|\u2731)\\s*$", "").strip();
        return shown.isEmpty() ? id : shown;
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null && !item.toString().isBlank()) {
                    strings.add(item.toString().strip());
                }
            }
        }
        return strings;
    }

    static String firstLine(Throwable error) {
        String message = String.valueOf(error.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
