package dev.nyx.core.storage.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns database failures into {@link NyxException}s and recognises the constraint violations
 * the stores rely on. SQLStates are the same on H2 and PostgreSQL. Stateless; thread-safe.
 */
final class StorageErrors {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    /** H2 reports a missing parent row with its own code; PostgreSQL uses 23503 for both directions. */
    static final String H2_PARENT_MISSING = "23506";

    private StorageErrors() {
    }

    /** Runs a database call; a Jdbi failure becomes {@code STORAGE_FAILURE} saying what could not be done. */
    static <T> T call(String what, Supplier<T> databaseCall) {
        try {
            return databaseCall.get();
        } catch (JdbiException e) {
            throw failure(what, e);
        }
    }

    static void run(String what, Runnable databaseCall) {
        call(what, () -> {
            databaseCall.run();
            return null;
        });
    }

    static NyxException failure(String what, Throwable cause) {
        // the message carries the SQLState, not the driver text: that may quote stored values
        String state = sqlState(cause).map(code -> " (SQLState " + code + ")").orElse("");
        return new NyxException(ErrorCode.STORAGE_FAILURE, "could not " + what + state
                + "; check that the database is reachable and try again", cause);
    }

    static boolean isUniqueViolation(Throwable failure) {
        return sqlState(failure).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    static boolean isForeignKeyViolation(Throwable failure) {
        return sqlState(failure).filter(state -> state.equals(FOREIGN_KEY_VIOLATION) || state.equals(H2_PARENT_MISSING))
                .isPresent();
    }

    /** The SQLState of the first {@link SQLException} in the cause chain (or its chained exceptions). */
    static Optional<String> sqlState(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof SQLException sqlException) {
                for (SQLException chained = sqlException; chained != null; chained = chained.getNextException()) {
                    if (chained.getSQLState() != null) {
                        return Optional.of(chained.getSQLState());
                    }
                }
            }
        }
        return Optional.empty();
    }

    static NyxException applicationNotFound(long id) {
        return new NyxException(ErrorCode.NOT_FOUND, "application " + id + " does not exist; "
                + "use the id returned by ApplicationStore.create");
    }
}
