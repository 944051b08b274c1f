package dev.nyx.core.match.internal;

/** Where a posting's work happens, as far as its text says. Not part of the API. */
public enum Workplace {
    REMOTE, HYBRID, ONSITE, UNKNOWN;

    /** How people read it in a reason. */
    public String describe() {
        return switch (this) {
            case REMOTE -> "remote";
            case HYBRID -> "hybrid";
            case ONSITE -> "on-site";
            case UNKNOWN -> "unspecified";
        };
    }
}
