package dev.nyx.core.problem;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One thing wrong with an input file or setting, as {@link ValidationException} reports it.
 *
 * @param path    where in the document, e.g. {@code nyx.salary.currency} or {@code work[2].startDate}
 *                (list indexes count from 0); empty for problems with the file as a whole (syntax errors)
 * @param line    1-based line in the file, when the parser knows it
 * @param column  1-based column in the file, when the parser knows it
 * @param message what is wrong and what is expected; never contains secrets or sensitive values
 */
public record Problem(String path, Optional<Integer> line, Optional<Integer> column, String message) {
    public Problem {
        requireNonNull(path, "path is null");
        requireNonNull(line, "line is null");
        requireNonNull(column, "column is null");
        requireNonNull(message, "message is null");
    }

    /** A problem without a known position (e.g. from an environment variable). */
    public static Problem at(String path, String message) {
        return new Problem(path, Optional.empty(), Optional.empty(), message);
    }

    /**
     * One line for people: {@code nyx.salary.currency (line 14): "EURO" is not ...}; for
     * problems with the whole file, {@code line 3, column 7: ...}.
     */
    public String describe() {
        if (path.isEmpty()) {
            String position = line.map(value -> "line " + value + column.map(col -> ", column " + col).orElse(""))
                    .orElse("file");
            return position + ": " + message;
        }
        return path + line.map(value -> " (line " + value + ")").orElse("") + ": " + message;
    }
}
