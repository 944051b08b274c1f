package dev.nyx.spi;

import com.microsoft.playwright.Page;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Plan;
import dev.nyx.model.Resume;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What the pipeline hands an {@link AtsAdapter} for one application: its own browser page
 * (in a browser context no other application shares), the posting once fetched, the plan,
 * the resume to upload, and host services. Only the profile facts an adapter needs reach it:
 * answers come separately as an {@code AnswerSet}.
 *
 * <p>One context belongs to one application and one thread; it is not shared.
 */
public interface ApplyContext {

    /** The page of this application's browser context. The pipeline closes it; adapters must not. */
    Page page();

    /** The posting, once {@link AtsAdapter#fetchPosting} returned it. */
    Optional<JobPosting> posting();

    /** The policy's plan for this application. */
    Plan plan();

    /** The resume chosen for this posting. */
    Resume resume();

    /** How long one step (navigation, a wizard page, the submit) may take before it fails as a time-out. */
    Duration stepTimeout();

    /** Whether this is a dry run; the pipeline then never calls {@link AtsAdapter#submit}. */
    boolean dryRun();

    /** A folder for this application's evidence (screenshots, page dumps). */
    Path evidenceDirectory();

    /** The clock every time reading should use. */
    Clock clock();

    /** Appends a note to this application's event log; never pass secrets or profile values. */
    void note(String message);

    /** Host services and this adapter's settings. */
    ExtensionContext extensions();

    /** HTTP for the site's public API, under the same network rules as the browser. */
    WebClient web();

    /**
     * Runs the host's CAPTCHA gate on the page as it is now: detects the CAPTCHAs it shows, asks the
     * configured solvers and injects their tokens, running each widget's callback (which often submits
     * the form itself). For {@link AtsAdapter#submit}: call it when the submit click brought up a
     * challenge instead of the confirmation (invisible reCAPTCHA, a server's "captcha failed"). The
     * pipeline solves the challenges it can see <em>before</em> the click on its own.
     *
     * <p>Click submit again afterwards only when the page shows that the first click was held back
     * for the CAPTCHA and the callback did not submit: never twice otherwise. Blocks while solvers
     * (or a person, for a hand-off) work; the cost is added to the application.
     *
     * @return whether the page may go on: every challenge on it was solved (or there was none).
     *         {@code false} when no solver cleared one; the pipeline then records why, and the adapter
     *         should throw {@link ErrorCode#CAPTCHA_UNSOLVED}. A host without a gate returns {@code false}.
     */
    default boolean passCaptchas() {
        return false;
    }
}
