package dev.nyx.core.storage.internal;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import java.util.ArrayList;
import java.util.List;

/** Answers to table rows, keeping their order. Thread-safe. */
final class AnswerRows {

    private final Json json;

    AnswerRows(Json json) {
        this.json = json;
    }

    List<AnswerDao.AnswerRow> rows(long applicationId, AnswerSet answers) {
        List<AnswerDao.AnswerRow> rows = new ArrayList<>(answers.answers().size());
        for (Answer answer : answers.answers()) {
            rows.add(new AnswerDao.AnswerRow(applicationId, answer.questionId(), rows.size(), answer.question(),
                    json.write(answer.values()), answer.source().name(), answer.confidence(),
                    json.write(answer.factsUsed()), answer.tokens().input(), answer.tokens().output()));
        }
        return rows;
    }
}
