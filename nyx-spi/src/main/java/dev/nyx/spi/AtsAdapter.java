package dev.nyx.spi;

import com.microsoft.playwright.Page;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Applies to postings on one job site (an applicant tracking system).
 *
 * <p>The pipeline calls {@link #supports} to resolve the adapter for a URL (falling back to
 * {@link #recognises} on the loaded page), then per application, on one worker thread:
 * {@link #fetchPosting}, {@link #fill} and, unless in dry run and only after the submission is
 * claimed and recorded as {@code SUBMITTING}, {@link #submit} exactly once. Each call runs
 * behind a guard with a time-out and the plugin's class loader; any throwable fails the
 * application with the adapter's name in the reason.
 *
 * <p>Instances are shared between applications: implementations are stateless and thread-safe.
 * Throw {@link NyxException} with a fitting {@link ErrorCode} (posting closed, form rejected
 * with the page's own validation messages, ...).
 */
public interface AtsAdapter extends ExtensionPoint {

    /** A short, unique, lower-case name ("greenhouse"), used by {@code --ats} and in records. */
    String name();

    /** Whether this adapter handles the URL by its host and path alone. */
    boolean supports(URI url);

    /** Fallback for unknown hosts: whether a loaded page carries this site's form (e.g. an embedded board). */
    default boolean recognises(Page page) {
        return false;
    }

    /** Loads the posting and its form schema; the context's page is free to use. */
    JobPosting fetchPosting(URI url, ApplyContext context);

    /** Fills the form (every step of a wizard) with the answers; never submits. */
    void fill(ApplyContext context, AnswerSet answers);

    /** Submits the filled form once and returns the site's confirmation evidence. */
    Confirmation submit(ApplyContext context);

    /**
     * What the filled form shows now, read back from the page (not what was meant to be typed): question
     * id to the displayed value(s) (text, chosen option labels, checked options, chosen file names), for
     * the pipeline's checks before submit. Called after {@link #fill}, never submits. Questions the
     * adapter cannot read (not shown, unknown widget) are left out; the default reads nothing, so
     * adapters written before this method keep working.
     */
    default Map<String, List<String>> readBack(ApplyContext context, FormSchema form) {
        return Map.of();
    }
}
