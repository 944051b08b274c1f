package dev.nyx.testkit.greenhouse;

/** How a replica page renders the "Location (City)" question, as real boards do (ATS-NOTES 1.4, 1.5). */
public enum LocationWidget {
    /** Classic: a jQuery-UI-like type-ahead over the board's places; new board: a combobox listing places. */
    DEFAULT,
    /** New board: an async combobox that lists places only after typing (the real {@code #candidate-location}). */
    TYPE_AHEAD,
    /** Either style: location autocomplete switched off, a plain text input. */
    PLAIN_TEXT
}
