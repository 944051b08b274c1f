package dev.nyx.core.problem;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input (profile, configuration) has one or more problems; all of them are reported at once.
 * Thrown by {@code ProfileLoader} with {@link ErrorCode#INVALID_PROFILE} and by {@code ConfigLoader}
 * with {@link ErrorCode#INVALID_CONFIGURATION}. The message reads
 * {@code profile.yaml has 2 problems:} followed by one {@link Problem#describe()} line each.
 */
public class ValidationException extends NyxException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * @param code     {@link ErrorCode#INVALID_PROFILE}, {@link ErrorCode#INVALID_CONFIGURATION} or another fitting code
     * @param source   what was read, as the user knows it (usually the file name)
     * @param problems at least one problem
     */
    public ValidationException(ErrorCode code, String source, List<Problem> problems) {
        super(code, summarize(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** What was read, e.g. {@code profile.yaml}. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order where known. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summarize(String source, List<Problem> problems) {
        requireNonNull(source, "source is null");
        requireNonNull(problems, "problems is null");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return source + " has " + count + ":" + problems.stream().map(problem -> "\n  - " + problem.describe())
                .collect(Collectors.joining());
    }
}
