package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * How {@link FormFiller#upload} knows a file upload has finished. Many forms post the file to a
 * separate endpoint first (Greenhouse posts to S3 from another form, Lever parses the resume,
 * Workday lists the file as an upload item); the main form is ready only afterwards.
 *
 * <p>An implementation runs {@code upload} and returns once the upload is done. It may throw
 * Playwright's {@code TimeoutError}; {@link FormFiller} turns that into a
 * {@link dev.nyx.spi.ErrorCode#TIMEOUT} naming the field. Implementations are stateless.
 */
@FunctionalInterface
public interface UploadCompletion {

    /**
     * Runs {@code upload} and waits until the page shows the upload finished.
     *
     * @param page    the page
     * @param file    the file being uploaded
     * @param upload  sets the file on the input (or the file chooser)
     * @param timeout how long the wait may take
     */
    void around(Page page, Path file, Runnable upload, Duration timeout);

    /** Does not wait: the file input itself is submitted with the form. */
    static UploadCompletion immediate() {
        return (page, file, upload, timeout) -> upload.run();
    }

    /** Waits until an element matching {@code selector} is visible (e.g. {@code .resume-upload-success}). */
    static UploadCompletion elementVisible(String selector) {
        requireNonNull(selector, "selector is null");
        return (page, file, upload, timeout) -> {
            upload.run();
            page.locator(selector).first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
        };
    }

    /** Waits until an element matching {@code selector} shows the uploaded file's name (e.g. {@code #resume_filename}). */
    static UploadCompletion fileNameShown(String selector) {
        requireNonNull(selector, "selector is null");
        return (page, file, upload, timeout) -> {
            upload.run();
            page.waitForFunction("([selector, name]) => Array.from(document.querySelectorAll(selector))"
                            + ".some(e => (e.textContent || '').includes(name))",
                    java.util.List.of(selector, file.getFileName().toString()),
                    new Page.WaitForFunctionOptions().setTimeout(timeout.toMillis()));
        };
    }

    /** Waits until the (usually hidden) input matching {@code selector} has a non-empty value (e.g. {@code resume_url}). */
    static UploadCompletion valueSet(String selector) {
        requireNonNull(selector, "selector is null");
        return (page, file, upload, timeout) -> {
            upload.run();
            page.waitForFunction("selector => { const e = document.querySelector(selector); return !!e && !!e.value; }",
                    selector, new Page.WaitForFunctionOptions().setTimeout(timeout.toMillis()));
        };
    }

    /** Waits for a network response the upload causes (listening starts before the file is set). */
    static UploadCompletion response(Predicate<Response> matches) {
        requireNonNull(matches, "matches is null");
        return (page, file, upload, timeout) -> page.waitForResponse(matches,
                new Page.WaitForResponseOptions().setTimeout(timeout.toMillis()), upload);
    }

    /** Both conditions: this one wraps {@code next} (so a response wait can surround an element wait). */
    default UploadCompletion and(UploadCompletion next) {
        requireNonNull(next, "next is null");
        return (page, file, upload, timeout) -> around(page, file, () -> next.around(page, file, upload, timeout), timeout);
    }
}
