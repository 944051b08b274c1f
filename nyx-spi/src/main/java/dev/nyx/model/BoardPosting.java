package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * One open posting as a job board lists it, before its page is fetched.
 *
 * @param url      the posting's own URL, which {@code fetchPosting} takes
 * @param title    the title the board shows
 * @param location the location the board shows, if any
 */
public record BoardPosting(URI url, String title, Optional<String> location) {
    public BoardPosting {
        requireNonNull(url, "url is null");
        requireNonNull(title, "title is null");
        requireNonNull(location, "location is null");
    }
}
