package dev.nyx.testkit.greenhouse;

/** How a replica page ties a question's label to its control; real pages use all of these. */
public enum LabelWiring {
    /** {@code <label for="id">}. */
    FOR,
    /** {@code <label>Text <input></label>}. */
    WRAPPING,
    /** A separate element referenced by {@code aria-labelledby}. */
    ARIA_LABELLEDBY,
    /** No label at all, only a {@code placeholder} (optional fields only). */
    PLACEHOLDER_ONLY
}
