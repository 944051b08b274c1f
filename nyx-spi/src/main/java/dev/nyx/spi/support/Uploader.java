package dev.nyx.spi.support;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sets a file on a file input, or through the file chooser an upload button opens, and waits for completion. */
final class Uploader {

    private Uploader() {
    }

    static void upload(Scope scope, FormField field, Path file, UploadCompletion completion) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new NyxException(ErrorCode.NOT_FOUND, "The file to upload to '" + field.label()
                    + "' does not exist or cannot be read; check the resume path in the profile.");
        }
        double millis = scope.timeoutMillis();
        Runnable setFile = field.kind() == ControlKind.FILE
                ? () -> field.control().setInputFiles(file, new Locator.SetInputFilesOptions().setTimeout(millis))
                : () -> {
                    // the button may click an input in another form (Greenhouse's S3 upload form)
                    FileChooser chooser = scope.page().waitForFileChooser(
                            new Page.WaitForFileChooserOptions().setTimeout(millis),
                            () -> field.control().click(new Locator.ClickOptions().setTimeout(millis)));
                    chooser.setFiles(file);
                };
        try {
            completion.around(scope.page(), file, setFile, scope.timeout());
        } catch (TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "The upload to '" + field.label() + "' did not finish within "
                    + scope.timeout().toMillis() + " ms (" + Checker.firstLine(e) + ").", e);
        }
    }
}
