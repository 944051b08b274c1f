package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.AnswerBank;
import dev.nyx.core.storage.Correction;
import dev.nyx.core.storage.TextKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link AnswerBank} on Jdbi over the append-only {@code corrections} table. Thread-safe. */
public final class JdbiAnswerBank implements AnswerBank {

    /** SQL for the {@code corrections} table. */
    public interface Dao {
        @SqlUpdate("INSERT INTO corrections (question, question_key, answer, application_id, corrected_at)"
                + " VALUES (:question, :questionKey, :answer, :applicationId, :at)")
        @GetGeneratedKeys("id")
        long insert(@Bind("question") String question, @Bind("questionKey") String questionKey,
                    @Bind("answer") String answer, @Bind("applicationId") Long applicationId, @Bind("at") Instant at);

        @SqlQuery("SELECT id, question, answer, application_id, corrected_at FROM ("
                + " SELECT c.*, ROW_NUMBER() OVER (PARTITION BY question_key ORDER BY corrected_at DESC, id DESC)"
                + " AS newest_first FROM corrections c) ranked WHERE newest_first = 1 ORDER BY question_key")
        List<Correction> latest();

        @SqlQuery("SELECT * FROM corrections WHERE question_key = :questionKey ORDER BY corrected_at, id")
        List<Correction> history(@Bind("questionKey") String questionKey);
    }

    private final Jdbi jdbi;

    public JdbiAnswerBank(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public Correction add(String question, String answer, Optional<Long> applicationId, Instant at) {
        String key = questionKey(question);
        requireNonNull(answer, "answer is null");
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(at, "at is null");
        Instant stored = Rows.storable(at);
        long id = call("record a correction", () -> jdbi.withExtension(Dao.class,
                dao -> dao.insert(question, key, answer, applicationId.orElse(null), stored)));
        return new Correction(id, question, answer, applicationId, stored);
    }

    @Override
    public List<Correction> latest() {
        return call("read the latest corrections", () -> jdbi.withExtension(Dao.class, Dao::latest));
    }

    @Override
    public List<Correction> history(String question) {
        String key = questionKey(question);
        return call("read the corrections of a question", () -> jdbi.withExtension(Dao.class, dao -> dao.history(key)));
    }

    private static String questionKey(String question) {
        requireNonNull(question, "question is null");
        String key = TextKeys.normalize(question);
        if (key.isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "question \"" + question
                    + "\" has no letters or digits; give the question as the form asks it");
        }
        return key.length() > 1000 ? key.substring(0, 1000) : key;
    }
}
