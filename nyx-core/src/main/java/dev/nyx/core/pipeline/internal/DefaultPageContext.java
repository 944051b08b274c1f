package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.WebClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The {@link PageContext} of one application run. Notes go to the log until the application is
 * recorded, then to its event log; evidence goes to {@code <evidenceRoot>/unrecorded} until then, then
 * to {@code <evidenceRoot>/<applicationId>}.
 *
 * <p>Belongs to one application and its worker thread; not thread-safe. Public only for wiring.
 */
public final class DefaultPageContext implements PageContext {
    private final Page page;
    private final Duration stepTimeout;
    private final Path evidenceRoot;
    private final Clock clock;
    private final WebClient web;
    private Consumer<String> notes;
    private Path evidenceDirectory;

    public DefaultPageContext(Page page, Duration stepTimeout, Path evidenceRoot, Clock clock, WebClient web,
                              Consumer<String> notes) {
        this.page = requireNonNull(page, "page is null");
        this.stepTimeout = requireNonNull(stepTimeout, "stepTimeout is null");
        this.evidenceRoot = requireNonNull(evidenceRoot, "evidenceRoot is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.web = requireNonNull(web, "web is null");
        this.notes = requireNonNull(notes, "notes is null");
        this.evidenceDirectory = evidenceRoot.resolve("unrecorded");
    }

    /** Called once the application is recorded: evidence and notes now belong to it. */
    void attach(long applicationId, Consumer<String> applicationNotes) {
        this.evidenceDirectory = evidenceRoot.resolve(Long.toString(applicationId));
        this.notes = requireNonNull(applicationNotes, "applicationNotes is null");
    }

    @Override
    public Page page() {
        return page;
    }

    @Override
    public Duration stepTimeout() {
        return stepTimeout;
    }

    @Override
    public Path evidenceDirectory() {
        return evidenceDirectory;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void note(String message) {
        notes.accept(requireNonNull(message, "message is null"));
    }

    @Override
    public WebClient web() {
        return web;
    }
}
