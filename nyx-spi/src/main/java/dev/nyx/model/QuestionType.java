package dev.nyx.model;

/** The kind of control a form question is answered with. */
public enum QuestionType {
    SHORT_TEXT,
    LONG_TEXT,
    SINGLE_SELECT,
    MULTI_SELECT,
    YES_NO,
    CHECKBOX,
    NUMBER,
    DATE,
    FILE,
    /** A control no adapter could classify; {@link Question#rawControl()} keeps its markup or type. */
    UNKNOWN;

    /** Whether an answer must be one (or several) of the question's offered options. */
    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT || this == YES_NO;
    }
}
