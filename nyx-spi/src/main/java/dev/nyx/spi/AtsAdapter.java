package dev.nyx.spi;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Applies to postings on one job site (an applicant tracking system): the filling port, on top of the
 * scraping port it extends ({@link PostingSource}: {@code name}, {@code supports}, {@code recognises},
 * {@code fetchPosting}, and optionally {@code listBoard}).
 *
 * <p>The pipeline calls {@link #supports} to resolve the adapter for a URL (falling back to
 * {@link #recognises} on the loaded page), then per application, on one worker thread:
 * {@link #fetchPosting}, {@link #fill}, {@link #readBack} and, unless in dry run and only after the
 * submission is claimed and recorded as {@code SUBMITTING}, {@link #submit} exactly once. Every phase
 * is handed what it needs: the posting {@code fetchPosting} returned goes to the later phases as an
 * argument, and their {@link ApplyContext} carries the plan and the resume. Each call runs behind a
 * guard with a time-out and the plugin's class loader; any throwable fails the application with the
 * adapter's name in the reason.
 *
 * <p>Instances are shared between applications: implementations are stateless and thread-safe; they
 * receive their plugin's {@link ExtensionContext} (settings, clock, data folder) through an
 * {@code @jakarta.inject.Inject} constructor. Throw {@link NyxException} with a fitting
 * {@link ErrorCode} (posting closed, form rejected with the page's own validation messages, ...) or a
 * code of the plugin's own ({@link ErrorCodeSupplier}).
 */
public interface AtsAdapter extends PostingSource, ExtensionPoint {

    /**
     * Fills the form (every step of a wizard) with the answers; never submits. The page may be the one
     * {@link #fetchPosting} left, or a fresh one when an application is resumed: open the form if it is
     * not shown.
     */
    void fill(JobPosting posting, AnswerSet answers, ApplyContext context);

    /**
     * What the filled form shows now, read back from the page (not what was meant to be typed): question
     * id to the displayed value(s) (text, chosen option labels, checked options, chosen file names), for
     * the pipeline's checks before submit. Called after {@link #fill}, never submits. Questions the
     * adapter cannot read (not shown, unknown widget) are left out; the default reads nothing.
     */
    default Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
        return Map.of();
    }

    /**
     * Submits the filled form once and returns the site's confirmation evidence. When the click brings
     * up a CAPTCHA, run {@link ApplyContext#passCaptchas()} and act on its result.
     */
    Confirmation submit(JobPosting posting, ApplyContext context);
}
