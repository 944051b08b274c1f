package dev.nyx.testkit.lever;

/**
 * The kinds of question a Lever custom question card holds (ATS-NOTES 2.3): each renders as its own
 * control under {@code li.application-question} with the name {@code cards[<card id>][field<N>]}.
 */
public enum LeverCardKind {
    /** {@code input[type=text].card-field-input} */
    TEXT,
    /** {@code textarea.card-field-input} */
    TEXTAREA,
    /** radio buttons ({@code ul[data-qa=multiple-choice]}): one answer */
    MULTIPLE_CHOICE,
    /** checkboxes ({@code ul[data-qa=checkboxes]}): any number of answers, one value each */
    MULTIPLE_SELECT,
    /** a native {@code select} with a "Select ..." placeholder */
    DROPDOWN
}
