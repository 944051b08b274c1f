package dev.nyx.testkit.greenhouse;

/** How a replica page labels a radio or checkbox group; real Greenhouse pages use all three. */
public enum GroupMarkup {
    /** {@code <fieldset>} with a {@code <legend>} (the new board's checkbox fieldsets). */
    FIELDSET_LEGEND,
    /** A {@code role=group} (or {@code radiogroup}) element named by {@code aria-labelledby}. */
    ROLE_GROUP,
    /** A plain {@code <label>} above a {@code <ul>} of options (classic field dumps). */
    LABEL_ABOVE_LIST
}
