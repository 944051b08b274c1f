package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Evidence that a site accepted an application.
 *
 * @param finalUrl    the page the browser ended on
 * @param message     the confirmation text the site showed
 * @param screenshot  a screenshot of that page, if taken
 */
public record Confirmation(URI finalUrl, String message, Optional<Path> screenshot) {
    public Confirmation {
        requireNonNull(finalUrl, "finalUrl is null");
        requireNonNull(message, "message is null");
        requireNonNull(screenshot, "screenshot is null");
    }
}
