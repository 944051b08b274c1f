package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/**
 * What the page showed after a submit click ({@link FormSubmitter#awaitOutcome}).
 *
 * @param confirmed whether it confirmed the application
 * @param message   the confirmation's text (for a rejection: the errors joined by "; ")
 * @param errors    the page's own error messages, as "Field: message" where the field is known; empty
 *                  when confirmed
 * @param url       the page's address when the outcome was seen
 */
public record SubmitOutcome(boolean confirmed, String message, List<String> errors, URI url) {
    public SubmitOutcome {
        requireNonNull(message, "message is null");
        errors = List.copyOf(errors);
        requireNonNull(url, "url is null");
    }

    /** A confirmation showing {@code message}. */
    public static SubmitOutcome confirmation(URI url, String message) {
        return new SubmitOutcome(true, message, List.of(), url);
    }

    /** A rejection with the page's {@code errors}. */
    public static SubmitOutcome rejection(URI url, List<String> errors) {
        return new SubmitOutcome(false, String.join("; ", errors), errors, url);
    }
}
