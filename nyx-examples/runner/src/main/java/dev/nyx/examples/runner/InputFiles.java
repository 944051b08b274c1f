package dev.nyx.examples.runner;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a file named on the command line, saying what is wrong with it: missing, a folder, or something else. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Returns {@code file} when it is a regular file.
     *
     * @param what what the file is for ("Profile file")
     * @param hint what to do about it ("check --profile")
     * @throws NyxException {@link ErrorCode#NOT_FOUND} naming the file, what it is instead, and the hint
     */
    static Path requireFile(Path file, String what, String hint) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        String problem = Files.isDirectory(file) ? "is a folder, not a file"
                : Files.exists(file) ? "is not a regular file" : "does not exist";
        throw new NyxException(ErrorCode.NOT_FOUND, what + " '" + file + "' " + problem + ": " + hint);
    }
}
