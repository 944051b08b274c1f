package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One question of a Workday wizard step as the page shows it: a {@code formField-*} wrapper (or a labelled control
 * outside one) with its widget kind, read by {@link StepReader}.
 *
 * @param token     the mark {@link StepReader} put on the wrapper ({@code data-nyx-wd}), to find it again
 * @param kind      the widget, from the markup
 * @param id        the field's id on the page: the control's {@code id} (fkit), its {@code data-automation-id}
 *                  (legacy), a group's name, else the wrapper's suffix; panel fields of the legacy generation are
 *                  prefixed with the panel ({@code workExperience-1.jobTitle})
 * @param label     the label a person reads, markers dropped
 * @param required  whether the page marks it required
 * @param options   the offered options (radios, check boxes; dropdown and multi-select options once read)
 * @param dateParts for dates: the parts in page order ({@code Month}, {@code Day}, {@code Year})
 * @param panel     for fields of a My Experience panel: the panel ({@code workExperience-1}, {@code education-2})
 * @param key       the field's key within its panel or step ({@code jobTitle}, {@code schoolName})
 * @param section   the heading of the step or panel the field sits under, if any
 * @param filled    whether the page shows a value already (a step saved before, Workday's autofill)
 */
record StepField(String token, Kind kind, String id, String label, boolean required, List<String> options,
                 List<String> dateParts, Optional<String> panel, String key, Optional<String> section,
                 boolean filled) {

    /** The widget kinds of ATS-NOTES 3.5. */
    enum Kind { TEXT, TEXT_AREA, DROPDOWN, MULTISELECT, RADIO, CHECKBOX, CHECKBOXES, DATE, FILE }

    StepField {
        requireNonNull(token, "token is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        options = List.copyOf(options);
        dateParts = List.copyOf(dateParts);
        requireNonNull(panel, "panel is null");
        requireNonNull(key, "key is null");
        requireNonNull(section, "section is null");
    }

    /** The wrapper's selector in the page. */
    String selector() {
        return "[data-nyx-wd=\"" + token + "\"]";
    }

    /** The same field with the options read from its popup. */
    StepField withOptions(List<String> read) {
        return new StepField(token, kind, id, label, required, read, dateParts, panel, key, section, filled);
    }
}
