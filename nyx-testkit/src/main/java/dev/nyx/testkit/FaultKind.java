package dev.nyx.testkit;

/** What an injected {@link Fault} does to a matching request. */
public enum FaultKind {
    /** Waits, then serves the request normally. */
    DELAY,
    /** Answers with a status code (500, 404, 429 with {@code Retry-After}, ...) instead of the page. */
    STATUS,
    /** Answers with a 302 redirect. */
    REDIRECT,
    /** Lets the site answer its form submission with a validation error shown on the page. */
    VALIDATION_ERROR
}
