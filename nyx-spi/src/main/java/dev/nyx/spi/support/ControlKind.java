package dev.nyx.spi.support;

/**
 * The kinds of form control the helpers recognise. {@link FormFiller#find} reports one for each
 * field it finds; the helpers pick their strategy from it.
 */
public enum ControlKind {
    /** A single-line {@code input} (text, email, tel, number, url, date, …), also typeahead inputs without a role. */
    TEXT,
    /** A {@code textarea}. */
    TEXT_AREA,
    /** A {@code contenteditable} element or an element with {@code role=textbox}. */
    RICH_TEXT,
    /** A native {@code select}, visible or hidden behind an unknown widget. */
    NATIVE_SELECT,
    /** A native {@code select} hidden behind a select2 widget (Greenhouse classic). */
    SELECT2,
    /** A {@code role=combobox} control: react-select, ARIA comboboxes, typeaheads with a role. */
    COMBOBOX,
    /** A button opening a listbox popup ({@code button[aria-haspopup=listbox]}, Workday dropdowns). */
    LISTBOX_BUTTON,
    /** Radios that belong together (fieldset, radiogroup, form-field wrapper or same name). */
    RADIO_GROUP,
    /** Checkboxes that belong together (fieldset, group or form-field wrapper). */
    CHECKBOX_GROUP,
    /** One checkbox: native, visually hidden behind its label, or {@code role=checkbox}/{@code switch}. */
    CHECKBOX,
    /** One radio: native, visually hidden behind its label, or {@code role=radio}. */
    RADIO,
    /** An {@code input[type=file]}, visible or hidden. */
    FILE,
    /** An "Attach"/"Upload"/"Choose file" button that opens a file chooser for a labelled field. */
    UPLOAD_BUTTON
}
