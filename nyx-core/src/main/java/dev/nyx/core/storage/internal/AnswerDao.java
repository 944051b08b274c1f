package dev.nyx.core.storage.internal;

import dev.nyx.model.Answer;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code answers} table. */
public interface AnswerDao {

    /** One answer as stored; lists are JSON text. */
    record AnswerRow(long applicationId, String questionId, int position, String question, String answerValues,
                     String source, double confidence, String factsUsed, long tokensIn, long tokensOut) {
    }

    @SqlUpdate("DELETE FROM answers WHERE application_id = :applicationId")
    int deleteAll(@Bind("applicationId") long applicationId);

    @SqlBatch("INSERT INTO answers (application_id, question_id, position, question, answer_values, source, confidence,"
            + " facts_used, tokens_in, tokens_out) VALUES (:applicationId, :questionId, :position, :question,"
            + " :answerValues, :source, :confidence, :factsUsed, :tokensIn, :tokensOut)")
    void insertAll(@BindMethods List<AnswerRow> rows);

    @SqlQuery("SELECT * FROM answers WHERE application_id = :applicationId ORDER BY position")
    List<Answer> forApplication(@Bind("applicationId") long applicationId);
}
