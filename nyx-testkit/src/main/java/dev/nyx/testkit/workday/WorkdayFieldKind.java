package dev.nyx.testkit.workday;

/**
 * The kinds of field a replica wizard step shows, each rendered with Workday's own widget (ATS-NOTES 3.5).
 */
public enum WorkdayFieldKind {
    /** A one-line {@code input[type=text]}. */
    TEXT,
    /** A {@code textarea}. */
    TEXT_AREA,
    /**
     * A {@code button[aria-haspopup=listbox]} showing "Select One" or the chosen option, whose listbox popup is
     * appended to {@code <body>}.
     */
    DROPDOWN,
    /**
     * A searchable multi-select ({@code multiSelectContainer}, {@code searchBox}, chips in
     * {@code selectedItemList}); with categories, options sit under a category (see {@link WorkdayField#categories()}).
     */
    MULTISELECT,
    /** Radio buttons in a {@code fieldset}, one per option; the state is in {@code aria-checked}. */
    RADIO,
    /** One checkbox (an agreement, an acknowledgement); its value is "true" when ticked. */
    CHECKBOX,
    /** A {@code fieldset} of checkboxes, one per option, any number ticked. */
    CHECKBOXES,
    /**
     * A full date in a {@code dateInputWrapper}: Month/Day/Year spinbuttons ({@code dateSectionMonth-input}, ...)
     * and a {@code dateIcon} calendar with {@code datePickerSelectedToday}; recorded as {@code MM/DD/YYYY}.
     */
    DATE,
    /** Month and year spinbuttons only; recorded as {@code MM/YYYY}. */
    MONTH_YEAR,
    /** A year spinbutton only; recorded as {@code YYYY}. */
    YEAR,
    /** An {@code input[type=file]} ({@code file-upload-input-ref}); recorded as the file name. */
    FILE,
    /** An input a person cannot see (a honeypot): it must stay empty, or the save is refused. */
    HIDDEN
}
