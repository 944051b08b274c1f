package dev.nyx.core.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small profiles for tests. */
final class ProfileFiles {
    static final Path SAMPLE_FOLDER = Path.of("..", "nyx-examples", "sample").toAbsolutePath().normalize();

    /** A minimal valid profile; {@code nyxExtra} lines are appended to its nyx section (indented by two). */
    static String minimalYaml(String nyxExtra) {
        return """
                basics:
                  name: Jane Doe
                  email: jane.doe@example.com
                nyx:
                  resumes:
                    - id: en
                      path: cv.pdf
                """ + nyxExtra.indent(2);
    }

    static Path write(Path folder, String fileName, String content) {
        try {
            Files.writeString(folder.resolve("cv.pdf"), "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
            return Files.writeString(folder.resolve(fileName), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProfileFiles() {
    }
}
