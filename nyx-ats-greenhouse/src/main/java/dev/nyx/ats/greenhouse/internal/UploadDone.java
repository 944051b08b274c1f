package dev.nyx.ats.greenhouse.internal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import dev.nyx.spi.support.UploadCompletion;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * When a Greenhouse upload is done, in the frame that holds the form: on classic boards the file goes
 * to S3 through a separate form first and is done once the main form's hidden
 * {@code job_application[<field>_url]} is set; on the new board the hidden file input holds the file
 * (or the page shows its name). Stateless.
 */
final class UploadDone implements UploadCompletion {
    private static final String DONE = """
            ([key, name]) => {
              if (document.querySelector('[data-uploading]')) { return false; }
              const url = document.querySelector('input[name="job_application[' + key + '_url]"]');
              if (url) { return !!url.value; }
              const inputs = Array.from(document.querySelectorAll('input[type=file]'))
                .filter(i => i.id === key || i.name === key);
              if (inputs.some(i => i.files && Array.from(i.files).some(f => f.name === name))) { return true; }
              return (document.body.innerText || '').includes(name);
            }""";

    private final Frame frame;
    private final String key;

    UploadDone(Frame frame, String key) {
        this.frame = requireNonNull(frame, "frame is null");
        this.key = requireNonNull(key, "key is null");
    }

    @Override
    public void around(Page page, Path file, Runnable upload, Duration timeout) {
        upload.run();
        frame.waitForFunction(DONE, List.of(key, file.getFileName().toString()),
                new Frame.WaitForFunctionOptions().setTimeout(timeout.toMillis()));
    }
}
