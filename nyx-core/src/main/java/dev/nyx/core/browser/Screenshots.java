package dev.nyx.core.browser;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves evidence screenshots (the confirmation page, a failure) into an application's evidence
 * folder. Evidence is a by-product: this never throws because the page is gone or the disk is
 * full; it logs a warning and returns empty.
 *
 * <p>Stateless and thread-safe; call it from the thread that owns the page (inside
 * {@link Browsers#withContext}).
 */
public final class Screenshots {

    private static final Logger log = LoggerFactory.getLogger(Screenshots.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final double TIMEOUT_MILLIS = 15_000;

    private final Clock clock;

    @Inject
    public Screenshots(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Takes a full-page screenshot into {@code directory} (created if missing) as
     * {@code <label>-<UTC time>.png}.
     *
     * @param label what the picture shows, e.g. {@code confirmation} or {@code failure}
     * @return the file written, or empty when the page could not be captured
     */
    public Optional<Path> fullPage(Page page, Path directory, String label) {
        requireNonNull(page, "page is null");
        requireNonNull(directory, "directory is null");
        requireNonNull(label, "label is null");
        String safeLabel = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        Path file = directory.resolve(safeLabel + "-" + STAMP.format(clock.instant()) + ".png");
        if (page.isClosed()) {
            log.warn("No {} screenshot: the page is already closed", safeLabel);
            return Optional.empty();
        }
        try {
            Files.createDirectories(directory);
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setTimeout(TIMEOUT_MILLIS));
            log.debug("Saved {} screenshot to {}", safeLabel, file);
            return Optional.of(file);
        } catch (PlaywrightException | IOException e) {
            log.warn("No {} screenshot in {}: {}", safeLabel, directory, e.getMessage());
            return Optional.empty();
        }
    }
}
