package dev.nyx.model;

/** What the effort policy decided for a posting. */
public enum Decision {
    SKIP, AWAIT_APPROVAL, APPLY
}
