package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.Resume;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The {@link ApplyContext} of one application run. Posting, plan and resume are set by the
 * pipeline as the steps learn them; before that, {@link #plan()} and {@link #resume()} throw
 * {@code INVALID_STATE}. Notes go to the application's event log once it exists, else to the log.
 *
 * <p>Belongs to one application and its worker thread; not thread-safe. Public only for wiring.
 */
public final class DefaultApplyContext implements ApplyContext {
    private final Page page;
    private final Duration stepTimeout;
    private final boolean dryRun;
    private final Path evidenceRoot;
    private final Clock clock;
    private final ExtensionContext extensions;
    private final WebClient web;
    private Consumer<String> notes;
    private JobPosting posting;
    private Plan plan;
    private Resume resume;
    private Path evidenceDirectory;
    private BooleanSupplier captchaGate = () -> false;
    private String captchaRefusal;

    public DefaultApplyContext(Page page, Duration stepTimeout, boolean dryRun, Path evidenceRoot, Clock clock,
                               ExtensionContext extensions, WebClient web, Consumer<String> notes) {
        this.page = requireNonNull(page, "page is null");
        this.stepTimeout = requireNonNull(stepTimeout, "stepTimeout is null");
        this.dryRun = dryRun;
        this.evidenceRoot = requireNonNull(evidenceRoot, "evidenceRoot is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.extensions = requireNonNull(extensions, "extensions is null");
        this.web = requireNonNull(web, "web is null");
        this.notes = requireNonNull(notes, "notes is null");
        this.evidenceDirectory = evidenceRoot.resolve("unrecorded");
    }

    /** Called once the application is recorded: evidence and notes now belong to it. */
    void attach(long applicationId, Consumer<String> applicationNotes) {
        this.evidenceDirectory = evidenceRoot.resolve(Long.toString(applicationId));
        this.notes = requireNonNull(applicationNotes, "applicationNotes is null");
    }

    void posting(JobPosting fetched) {
        this.posting = requireNonNull(fetched, "fetched is null");
    }

    void plan(Plan planned) {
        this.plan = requireNonNull(planned, "planned is null");
    }

    void resume(Resume chosen) {
        this.resume = requireNonNull(chosen, "chosen is null");
    }

    /** What {@link #passCaptchas()} runs: the pipeline's CAPTCHA step for this application. */
    void captchaGate(BooleanSupplier gate) {
        this.captchaGate = requireNonNull(gate, "gate is null");
    }

    /** Remembers that the site held the submit click back for a CAPTCHA nobody solved, and why. */
    void refusedByCaptcha(String reason) {
        this.captchaRefusal = requireNonNull(reason, "reason is null");
    }

    /** Why the submit click was held back for a CAPTCHA, if it was. */
    Optional<String> captchaRefusal() {
        return Optional.ofNullable(captchaRefusal);
    }

    @Override
    public Page page() {
        return page;
    }

    @Override
    public Optional<JobPosting> posting() {
        return Optional.ofNullable(posting);
    }

    @Override
    public Plan plan() {
        if (plan == null) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The plan is made after fetchPosting: read it in fill or submit");
        }
        return plan;
    }

    @Override
    public Resume resume() {
        if (resume == null) {
            throw new NyxException(ErrorCode.INVALID_STATE, "The resume is chosen after fetchPosting: read it in fill");
        }
        return resume;
    }

    @Override
    public Duration stepTimeout() {
        return stepTimeout;
    }

    @Override
    public boolean dryRun() {
        return dryRun;
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
    public ExtensionContext extensions() {
        return extensions;
    }

    @Override
    public WebClient web() {
        return web;
    }

    @Override
    public boolean passCaptchas() {
        return captchaGate.getAsBoolean();
    }
}
