package dev.nyx.testkit.workday.internal;

import static dev.nyx.testkit.workday.internal.WorkdayPages.escape;
import static dev.nyx.testkit.workday.internal.WorkdayPages.json;

import dev.nyx.testkit.workday.UiGeneration;
import dev.nyx.testkit.workday.WorkdayTenant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first wizard step, "My Information", in both UI generations (ATS-NOTES 3.3 to 3.5): the progress bar, "How
 * Did You Hear About Us?" as a searchable multi-select with categories, "previous worker" radios, the country and
 * phone device type as button-listbox dropdowns whose popups are appended to {@code <body>}, the legal name,
 * address and phone number. LEGACY puts {@code data-automation-id} on the controls; FKIT gives them
 * {@code id}/{@code name} such as {@code name--legalName--firstName} and keeps {@code data-automation-id} on the
 * {@code formField-*} wrappers and the widgets. "Save and Continue" ({@code bottom-navigation-next-button} /
 * {@code pageFooterNextButton}) checks the required fields: missing ones show the {@code errorBanner} "Errors
 * Found" and "Error: The field {Label} is required and must have a value."; a complete step is posted (as JSON,
 * to a replica-only endpoint) and the wizard moves on, or the banner shows the server's refusal (an expired
 * session). Stateless.
 */
public final class MyInformationStep {
    /** The step's field keys, in page order, as the replica records them. */
    public static final List<String> KEYS = List.of("source", "previousWorker", "country", "firstName", "lastName",
            "addressLine1", "city", "postalCode", "phoneDeviceType", "phoneNumber");
    /** "How did you hear" categories and their leaves (a category with no leaves is itself a choice). */
    public static final Map<String, List<String>> SOURCES = Map.of(
            "Job Board", List.of("LinkedIn", "Indeed", "Glassdoor"),
            "Company Website", List.of(),
            "Referral", List.of("Employee Referral", "Recruiter Referral"));
    public static final List<String> COUNTRIES = List.of("United States of America", "United Kingdom", "France",
            "Germany");
    public static final List<String> DEVICE_TYPES = List.of("Mobile", "Home", "Work");

    private record Field(String key, String kind, String label, boolean required, String legacyId, String fkitId,
                         List<String> options) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("source", "multiselect", "How Did You Hear About Us?", true, "source", "source--source", List.of()),
            new Field("previousWorker", "radio", "Have you previously worked for COMPANY?", true, "previousWorker",
                    "candidateIsPreviousWorker", List.of("Yes", "No")),
            new Field("country", "dropdown", "Country", true, "countryDropdown", "country--country", COUNTRIES),
            new Field("firstName", "text", "First Name", true, "legalNameSection_firstName", "name--legalName--firstName",
                    List.of()),
            new Field("lastName", "text", "Last Name", true, "legalNameSection_lastName", "name--legalName--lastName",
                    List.of()),
            new Field("addressLine1", "text", "Address Line 1", false, "addressSection_addressLine1",
                    "address--addressLine1", List.of()),
            new Field("city", "text", "City", true, "addressSection_city", "address--city", List.of()),
            new Field("postalCode", "text", "Postal Code", false, "addressSection_postalCode", "address--postalCode",
                    List.of()),
            new Field("phoneDeviceType", "dropdown", "Phone Device Type", true, "phone-device-type",
                    "phoneNumber--phoneType", DEVICE_TYPES),
            new Field("phoneNumber", "text", "Phone Number", true, "phone-number", "phoneNumber--phoneNumber",
                    List.of()));

    private MyInformationStep() {
    }

    /** The step's page; {@code saveUrl} is where "Save and Continue" posts the values. */
    public static String page(WorkdayTenant tenant, String saveUrl) {
        boolean legacy = tenant.ui() == UiGeneration.LEGACY;
        StringBuilder form = new StringBuilder();
        StringBuilder config = new StringBuilder("[");
        for (Field field : FIELDS) {
            String label = field.label().replace("COMPANY", tenant.company());
            String wrapper = legacy ? "formField-" + field.legacyId()
                    : "formField-" + field.fkitId().replaceFirst("^[^-]+--", "");
            String selector = control(field, legacy);
            form.append("<div data-automation-id=\"").append(wrapper).append("\">")
                    .append(field.kind().equals("radio") ? "" : "<label>" + escape(label)
                            + (field.required() ? "<abbr title=\"required\">*</abbr>" : "") + "</label>")
                    .append(widget(field, label, legacy))
                    .append("<div data-automation-id=\"errorMessage\" hidden></div></div>");
            config.append("{key:").append(json(field.key())).append(",kind:").append(json(field.kind()))
                    .append(",label:").append(json(label)).append(",required:").append(field.required())
                    .append(",selector:").append(json(selector)).append(",wrapper:")
                    .append(json("[data-automation-id=\"" + wrapper + "\"]")).append(",options:")
                    .append(field.options().stream().map(WorkdayPages::json).collect(Collectors.joining(",", "[", "]")))
                    .append("},");
        }
        config.append("]");
        String sources = SOURCES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> json(entry.getKey()) + ":" + entry.getValue().stream().map(WorkdayPages::json)
                        .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{", "}"));
        String next = legacy
                ? "<button type=\"button\" data-automation-id=\"bottom-navigation-next-button\">Save and Continue</button>"
                : "<button type=\"button\" data-automation-id=\"pageFooterNextButton\">Save and Continue</button>";
        String container = legacy ? "contactInformationPage" : "applyFlowMyInfoPage";
        String body = progressBar(1)
                + "<div data-automation-id=\"errorBanner\" role=\"alert\" hidden><h3>Errors Found</h3><ul></ul></div>"
                + "<div data-automation-id=\"" + container + "\"><h2>My Information</h2>" + form + "</div>"
                + "<footer>" + next + "</footer>"
                + "<script>" + SCRIPT.replace("FIELDS_CONFIG", config).replace("SOURCES_CONFIG", sources)
                .replace("SAVE_URL", json(saveUrl)).replace("NEXT_SELECTOR", json(legacy
                        ? "[data-automation-id=bottom-navigation-next-button]" : "[data-automation-id=pageFooterNextButton]"))
                + "</script>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(tenant.company())
                + " | My Information</title></head><body>" + body + "</body></html>";
    }

    /** The progress bar with the usual six steps, {@code active} counted from 1. */
    public static String progressBar(int active) {
        List<String> steps = List.of("My Information", "My Experience", "Application Questions",
                "Voluntary Disclosures", "Self Identify", "Review");
        StringBuilder bar = new StringBuilder("<ol data-automation-id=\"progressBar\">");
        for (int index = 0; index < steps.size(); index++) {
            String state = index + 1 < active ? "progressBarCompletedStep"
                    : index + 1 == active ? "progressBarActiveStep" : "progressBarInactiveStep";
            bar.append("<li data-automation-id=\"").append(state).append("\">")
                    .append(index + 1 == active ? "<span>current step " + active + " of " + steps.size() + "</span>" : "")
                    .append(escape(steps.get(index))).append("</li>");
        }
        return bar.append("</ol>").toString();
    }

    private static String control(Field field, boolean legacy) {
        return switch (field.kind()) {
            case "multiselect" -> "[data-automation-id=\"formField-source\"] [data-automation-id=multiSelectContainer]";
            case "radio" -> legacy ? "[data-automation-id=\"previousWorker\"]" : "[data-automation-id=\"formField-candidateIsPreviousWorker\"] fieldset";
            default -> legacy ? "[data-automation-id=\"" + field.legacyId() + "\"]" : "[id=\"" + field.fkitId() + "\"]";
        };
    }

    private static String widget(Field field, String label, boolean legacy) {
        String identity = legacy ? "data-automation-id=\"" + field.legacyId() + "\""
                : "id=\"" + field.fkitId() + "\" name=\"" + field.fkitId().replaceFirst("^[^-]+--", "") + "\"";
        String required = field.required() ? " Required" : "";
        return switch (field.kind()) {
            case "text" -> "<input type=\"text\" " + identity + " aria-required=\"" + field.required() + "\">";
            case "dropdown" -> "<button type=\"button\" " + identity + " aria-haspopup=\"listbox\" value=\"\" aria-label=\""
                    + escape(label) + " Select One" + required + "\">Select One</button>";
            case "radio" -> {
                String name = legacy ? "previousWorker" : "candidateIsPreviousWorker";
                String yes = legacy ? "1" : "candidateIsPreviousWorker-yes";
                String no = legacy ? "2" : "candidateIsPreviousWorker-no";
                yield "<fieldset" + (legacy ? " data-automation-id=\"previousWorker\"" : "") + "><legend>"
                        + escape(label) + "<abbr title=\"required\">*</abbr></legend>"
                        + "<input type=\"radio\" id=\"" + yes + "\" name=\"" + name + "\" value=\"true\" aria-checked=\"false\">"
                        + "<label for=\"" + yes + "\">Yes</label>"
                        + "<input type=\"radio\" id=\"" + no + "\" name=\"" + name + "\" value=\"false\" aria-checked=\"false\">"
                        + "<label for=\"" + no + "\">No</label></fieldset>";
            }
            case "multiselect" -> "<div data-automation-id=\"multiSelectContainer\" id=\"ms-" + field.key() + "\">"
                    + "<ul data-automation-id=\"selectedItemList\"></ul>"
                    + "<div data-automation-id=\"multiselectInputContainer\"><input type=\"text\" data-automation-id=\"searchBox\""
                    + (legacy ? "" : " id=\"" + field.fkitId() + "\"") + " placeholder=\"Search\" aria-label=\""
                    + escape(label) + "\"><span data-automation-id=\"promptIcon\" role=\"button\">&#9776;</span></div></div>";
            default -> throw new IllegalStateException("unknown kind " + field.kind());
        };
    }

    private static final String SCRIPT = """
            (() => {
              const fields = FIELDS_CONFIG;
              const sources = SOURCES_CONFIG;
              let popupCount = 0;
              const closePopups = () => {
                for (const popup of document.querySelectorAll('body > [data-automation-widget=wd-popup]')) popup.remove();
                for (const button of document.querySelectorAll('button[aria-haspopup=listbox][aria-expanded]')) {
                  button.removeAttribute('aria-expanded');
                  button.removeAttribute('aria-controls');
                }
              };
              const option = (text, leaf) => {
                const li = document.createElement('li');
                li.setAttribute('role', 'option');
                const div = document.createElement('div');
                div.setAttribute('data-automation-id', 'promptOption');
                div.setAttribute('data-automation-label', text);
                div.textContent = text;
                if (leaf === false) {
                  const chevron = document.createElement('span');
                  chevron.setAttribute('data-automation-id', 'promptChevron');
                  chevron.textContent = ' >';
                  div.appendChild(chevron);
                  li.appendChild(div);
                  return li;
                }
                const node = document.createElement('div');
                node.setAttribute('data-automation-id', 'promptLeafNode');
                node.appendChild(div);
                li.appendChild(node);
                return li;
              };
              const popup = (associated) => {
                const wrapper = document.createElement('div');
                wrapper.setAttribute('data-automation-widget', 'wd-popup');
                if (associated) wrapper.setAttribute('data-associated-widget', associated);
                const ul = document.createElement('ul');
                ul.setAttribute('role', 'listbox');
                ul.id = 'wd-listbox-' + (++popupCount);
                wrapper.appendChild(ul);
                document.body.appendChild(wrapper);
                return ul;
              };
              for (const field of fields) {
                const control = document.querySelector(field.selector);
                if (field.kind === 'dropdown') {
                  const choose = text => {
                    control.textContent = text;
                    control.value = text;
                    control.setAttribute('aria-label', field.label + ' ' + text + (field.required ? ' Required' : ''));
                    closePopups();
                  };
                  control.addEventListener('click', event => {
                    event.stopPropagation();
                    const wasOpen = control.hasAttribute('aria-expanded');
                    closePopups();
                    if (wasOpen) return;
                    const ul = popup(null);
                    for (const text of ['Select One', ...field.options]) {
                      const li = option(text, true);
                      li.addEventListener('click', clicked => { clicked.stopPropagation(); choose(text === 'Select One' ? '' : text); if (text === 'Select One') control.textContent = 'Select One'; });
                      ul.appendChild(li);
                    }
                    control.setAttribute('aria-expanded', 'true');
                    control.setAttribute('aria-controls', ul.id);
                  });
                  control.addEventListener('keydown', event => {
                    if (!control.hasAttribute('aria-expanded')) return;
                    const ul = document.getElementById(control.getAttribute('aria-controls'));
                    if (event.key === 'Enter') {
                      const active = ul.querySelector('[aria-selected=true]');
                      if (active) choose(active.textContent);
                      event.preventDefault();
                      return;
                    }
                    if (event.key.length !== 1) return;
                    control.dataset.typed = ((control.dataset.typed || '') + event.key).toLowerCase();
                    for (const li of ul.querySelectorAll('li')) li.removeAttribute('aria-selected');
                    const match = [...ul.querySelectorAll('li')].find(li => li.textContent.toLowerCase().startsWith(control.dataset.typed));
                    if (match) match.setAttribute('aria-selected', 'true');
                  });
                  control.addEventListener('blur', () => { control.dataset.typed = ''; });
                } else if (field.kind === 'multiselect') {
                  const container = control;
                  const input = container.querySelector('[data-automation-id=searchBox]');
                  const chips = container.querySelector('[data-automation-id=selectedItemList]');
                  const select = text => {
                    if ([...chips.querySelectorAll('[data-automation-id=promptOption]')].some(chip => chip.textContent === text)) return;
                    const chip = document.createElement('li');
                    chip.setAttribute('data-automation-id', 'selectedItem');
                    chip.innerHTML = '<div data-automation-id="promptOption"></div><span data-automation-id="DELETE_charm" role="button">x</span>';
                    chip.firstChild.textContent = text;
                    chip.lastChild.addEventListener('click', () => chip.remove());
                    chips.appendChild(chip);
                    input.value = '';
                    closePopups();
                  };
                  const show = entries => {
                    closePopups();
                    const ul = popup(container.id);
                    for (const [text, leaf, children] of entries) {
                      const li = option(text, leaf);
                      li.addEventListener('click', clicked => {
                        clicked.stopPropagation();
                        if (leaf) select(text);
                        else show(children.map(child => [child, true, []]));
                      });
                      ul.appendChild(li);
                    }
                  };
                  const top = () => Object.keys(sources).sort().map(name => sources[name].length
                      ? [name, false, sources[name]] : [name, true, []]);
                  const search = query => {
                    const wanted = query.trim().toLowerCase();
                    const leaves = [];
                    for (const name of Object.keys(sources).sort()) {
                      if (!sources[name].length) leaves.push(name);
                      for (const child of sources[name]) leaves.push(child);
                    }
                    return leaves.filter(text => text.toLowerCase().includes(wanted));
                  };
                  input.addEventListener('click', event => { event.stopPropagation(); show(top()); });
                  container.querySelector('[data-automation-id=promptIcon]').addEventListener('click', event => {
                    event.stopPropagation();
                    show(top());
                  });
                  input.addEventListener('keydown', event => {
                    if (event.key !== 'Enter' && event.key !== 'Tab') return;
                    event.preventDefault();
                    const matches = search(input.value);
                    if (matches.length === 1 && event.key === 'Enter') select(matches[0]);
                    else show(matches.map(text => [text, true, []]));
                  });
                } else if (field.kind === 'radio') {
                  for (const radio of control.querySelectorAll('input[type=radio]')) {
                    radio.addEventListener('change', () => {
                      for (const other of control.querySelectorAll('input[type=radio]')) {
                        other.setAttribute('aria-checked', String(other.checked));
                      }
                    });
                  }
                }
              }
              document.addEventListener('click', () => closePopups());
              const valueOf = field => {
                const control = document.querySelector(field.selector);
                if (field.kind === 'text') return control.value.trim() ? [control.value.trim()] : [];
                if (field.kind === 'dropdown') return control.value ? [control.value] : [];
                if (field.kind === 'radio') {
                  const checked = control.querySelector('input[type=radio]:checked');
                  return checked ? [checked.nextElementSibling.textContent] : [];
                }
                return [...control.querySelectorAll('[data-automation-id=selectedItem] [data-automation-id=promptOption]')]
                    .map(chip => chip.textContent);
              };
              document.querySelector(NEXT_SELECTOR).addEventListener('click', async () => {
                const banner = document.querySelector('[data-automation-id=errorBanner]');
                const list = banner.querySelector('ul');
                list.innerHTML = '';
                const values = {};
                let missing = 0;
                for (const field of fields) {
                  values[field.key] = valueOf(field);
                  const error = document.querySelector(field.wrapper + ' [data-automation-id=errorMessage]');
                  if (field.required && values[field.key].length === 0) {
                    const text = 'Error: The field ' + field.label + ' is required and must have a value.';
                    error.textContent = text;
                    error.hidden = false;
                    const item = document.createElement('li');
                    item.textContent = text;
                    list.appendChild(item);
                    missing++;
                  } else {
                    error.hidden = true;
                    error.textContent = '';
                  }
                }
                banner.hidden = missing === 0;
                if (missing) return;
                const response = await fetch(SAVE_URL, {method: 'POST', headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({step: 'myInformation', values: values}), credentials: 'same-origin'});
                const answer = await response.json();
                if (answer.next) {
                  location.assign(answer.next);
                  return;
                }
                const item = document.createElement('li');
                item.textContent = answer.error || 'Something went wrong. Please try again.';
                list.appendChild(item);
                banner.hidden = false;
              });
            })();
            """;
}
