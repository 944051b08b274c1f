package dev.nyx.core.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import dev.nyx.core.problem.Problem;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.spi.ErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Collects every problem of one validation run, with positions from the document. Not thread-safe. */
public final class Problems {
    private final Optional<SourceDocument> document;
    private final List<Problem> problems = new ArrayList<>();
    private Predicate<String> hiddenPaths = path -> false;

    public Problems(Optional<SourceDocument> document) {
        this.document = requireNonNull(document, "document is null");
        document.ifPresent(source -> problems.addAll(source.parseProblems()));
    }

    /**
     * Marks paths whose values must not appear in messages (sensitive profile fields, secrets);
     * {@link Node} then describes their values by type only.
     */
    public void hideValuesAt(Predicate<String> paths) {
        this.hiddenPaths = requireNonNull(paths, "paths is null");
    }

    /** Whether the value at {@code path} must not appear in messages. */
    public boolean isHidden(String path) {
        return hiddenPaths.test(path);
    }

    /** Records a problem at {@code path}, positioned at the path or its nearest ancestor in the file. */
    public void add(String path, String message) {
        Optional<JsonLocation> location = document.flatMap(source -> source.locate(path));
        problems.add(new Problem(path, location.flatMap(SourceDocument::lineOf), location.flatMap(SourceDocument::columnOf),
                message));
    }

    /** Records a problem that has no position in the file (e.g. from an environment variable). */
    public void addUnpositioned(String path, String message) {
        problems.add(Problem.at(path, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws a {@link ValidationException} listing every problem, in file order, when there is one. */
    public void throwIfAny(ErrorCode code, String source) {
        if (!problems.isEmpty()) {
            List<Problem> ordered = new ArrayList<>(problems);
            ordered.sort(Comparator.comparing((Problem problem) -> problem.line().orElse(Integer.MAX_VALUE)));
            throw new ValidationException(code, source, ordered);
        }
    }
}
