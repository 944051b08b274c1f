package dev.nyx.model;

/** Where a session stands. */
public enum SessionStatus {
    RUNNING, COMPLETED, STOPPED_BY_LIMIT, FAILED
}
