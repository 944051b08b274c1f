package dev.nyx.model;

/** What an {@link Event} records. */
public enum EventType {
    /** An application moved from one status to another. */
    STATUS_CHANGED,
    /** A question was answered (the answer's source and cost are in the data). */
    ANSWERED,
    /** The posting was fetched or matched; details in the data. */
    POSTING,
    /** A step failed; the reason is in the message. */
    ERROR,
    /** A session started, progressed or ended. */
    SESSION,
    /** Anything else worth keeping: a note from the pipeline or an extension. */
    NOTE,
    /** One pass of the CAPTCHA gate: kinds, solvers and cost in the data, never a token. */
    CAPTCHA
}
