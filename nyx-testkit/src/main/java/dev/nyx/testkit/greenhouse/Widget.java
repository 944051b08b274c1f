package dev.nyx.testkit.greenhouse;

/**
 * The control a replica page renders a question with options as, among those real Greenhouse pages
 * use (ATS-NOTES 1.4, 1.5). {@link #DEFAULT} is the page style's own: select2 on the classic page,
 * react-select on the new board for selects; a checkbox group for multi-choice questions on the
 * classic page and for {@link dev.nyx.model.QuestionType#CHECKBOX} questions.
 */
public enum Widget {
    /** The page style's own control for the question's kind. */
    DEFAULT,
    /** Classic: a {@code <select>} hidden behind a select2 widget. */
    SELECT2,
    /** Either style: a plain, visible {@code <select>} (multiple for multi-choice questions). */
    NATIVE_SELECT,
    /** Either style: radio buttons, one per option (single choice). */
    RADIO_GROUP,
    /** Either style: checkboxes, one per option (multi-choice). */
    CHECKBOX_GROUP,
    /** New board: a react-select combobox (single or multi). */
    REACT_SELECT,
    /**
     * A type-ahead: classic, a select2 that lists nothing until two characters are typed (as its
     * remote school search); new board, an async react-select that lists options only after typing.
     */
    TYPE_AHEAD
}
