package dev.nyx.ats.workday.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.FuzzyText;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The panels of Workday's "My Experience" sections (ATS-NOTES 3.4): the sections' Add / Add Another buttons
 * ({@code add-button}, or a button labelled Add under the Work Experience / Education heading) and the panels they add
 * ({@code workExperience-{n}} / {@code education-{n}} in legacy, controls {@code workExperience-{n}--jobTitle} in fkit),
 * in their page order. Stateless; use from the thread that drives the page.
 */
final class ExperiencePanels {
    private static final Pattern NUMBER = Pattern.compile("-(\\d+)$");
    private static final String ADD_BUTTONS = """
            (root) => {
              const text = el => el ? (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim() : '';
              const buttons = [...root.querySelectorAll('button, [role=button]')].filter(button =>
                  button.getAttribute('data-automation-id') === 'add-button'
                  || /^add( another)?\\b/i.test(text(button) || button.getAttribute('aria-label') || ''));
              window.__nyxWdAdd = window.__nyxWdAdd || 0;
              return buttons.filter(button => button.offsetParent !== null).map(button => {
                let section = button.getAttribute('aria-label') || '';
                for (let node = button.parentElement; node && !/work|educat/i.test(section); node = node.parentElement) {
                  const auto = node.getAttribute('data-automation-id') || '';
                  const heading = [...node.children].find(child => /^(H2|H3|H4|H5|LEGEND)$/.test(child.tagName));
                  const labelled = (node.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                      .map(id => text(document.getElementById(id))).join(' ');
                  section = /workExperience|education/i.test(auto) ? auto : (labelled || text(heading) || section);
                  if (node === root) break;
                }
                if (!button.getAttribute('data-nyx-wd-add')) button.setAttribute('data-nyx-wd-add', 'a' + (++window.__nyxWdAdd));
                return {token: button.getAttribute('data-nyx-wd-add'), section};
              });
            }""";

    /** A section with panels. */
    enum Section {
        WORK("workExperience"), EDUCATION("education");

        final String prefix;

        Section(String prefix) {
            this.prefix = prefix;
        }
    }

    private ExperiencePanels() {
    }

    /** The Add button of each section the container shows, by a mark ({@code data-nyx-wd-add}) to click it with. */
    static Map<Section, String> addButtons(Locator container) {
        Map<Section, String> buttons = new LinkedHashMap<>();
        for (Object entry : (List<?>) container.evaluate(ADD_BUTTONS)) {
            Map<?, ?> map = (Map<?, ?>) entry;
            String section = FuzzyText.normalize(String.valueOf(map.get("section")).replaceAll("([a-z])([A-Z])", "$1 $2"));
            Section kind = section.contains("educat") ? Section.EDUCATION
                    : section.contains("work") || section.contains("experience") ? Section.WORK : null;
            if (kind != null) {
                buttons.putIfAbsent(kind, String.valueOf(map.get("token")));
            }
        }
        return buttons;
    }

    /** The fields of the section's panel number {@code index} (from 0), adding panels until there is one. */
    static List<StepField> panel(Page page, Locator container, String stepKey, Section section, int index,
                                 Map<Section, String> addButtons, Duration timeout) {
        List<String> panels = panels(container, stepKey, section);
        if (panels.size() <= index) {
            // the button may have been re-rendered ("Add" becomes "Add Another"): look it up again
            String token = Optional.ofNullable(addButtons(container).get(section)).orElse(addButtons.get(section));
            try {
                container.locator("[data-nyx-wd-add=\"" + token + "\"]").click(
                        new Locator.ClickOptions().setTimeout(timeout.toMillis()));
            } catch (PlaywrightException e) {
                throw new NyxException(ErrorCode.FILL_FAILED, "The Add button of the Workday section " + section.prefix
                        + " could not be clicked: " + StepReader.firstLine(e), e);
            }
            panels = StepWidgets.await(page, timeout, () -> {
                List<String> now = panels(container, stepKey, section);
                return now.size() > index ? Optional.of(now) : Optional.empty();
            }).orElseThrow(() -> new NyxException(ErrorCode.FILL_FAILED, "Clicking Add in the Workday section "
                    + section.prefix + " showed no new panel within " + timeout.toMillis() + " ms."));
        }
        String name = panels.get(index);
        return StepReader.scan(container, stepKey).stream().filter(field -> field.panel().equals(Optional.of(name)))
                .toList();
    }

    private static List<String> panels(Locator container, String stepKey, Section section) {
        return StepReader.scan(container, stepKey).stream().flatMap(field -> field.panel().stream())
                .filter(panel -> panel.startsWith(section.prefix + "-")).distinct()
                .sorted(Comparator.comparingInt(ExperiencePanels::number)).toList();
    }

    private static int number(String panel) {
        var matcher = NUMBER.matcher(panel);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
