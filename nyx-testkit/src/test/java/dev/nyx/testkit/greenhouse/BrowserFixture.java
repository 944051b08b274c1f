package dev.nyx.testkit.greenhouse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Launches Debian's headless Chromium the way STACK.md says works on this machine. */
final class BrowserFixture {
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private BrowserFixture() {
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/lib/chromium/chromium-headless-shell"))
                .setArgs(ARGS)
                .setHeadless(true));
    }

    /** A "PDF" whose bytes include NUL, 0xFF, CR LF and dashes, so broken multipart handling shows. */
    static byte[] resumeBytes() {
        byte[] text = "%PDF-1.4\r\n--boundary-lookalike\r\n\u0000binary\r\n\r\n--\r\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[text.length + 256];
        System.arraycopy(text, 0, bytes, 0, text.length);
        for (int index = 0; index < 256; index++) {
            bytes[text.length + index] = (byte) index;
        }
        return bytes;
    }

    static Path writeResume(Path directory) {
        try {
            return Files.write(directory.resolve("Ada Lovelace CV.pdf"), resumeBytes());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
