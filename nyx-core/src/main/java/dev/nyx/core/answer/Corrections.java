package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.AnswerBank;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.Correction;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The candidate's corrections to answers: {@code nyx.answers().correct(applicationId, question, answer)}
 * or {@code nyx answer ID "question" "answer"}. A correction is stored in the {@link AnswerBank}
 * with the application it was made in; nothing is overwritten (the history keeps every earlier value,
 * the newest wins), and from then on the {@link AnswerEngine} answers the same question, or one
 * meaning the same, with it before any rule or language model.
 *
 * <p>Called by the runner and host applications. Thread-safe. Throws {@link NyxException}:
 * {@code NOT_FOUND} for an unknown application id, {@code INVALID_INPUT} for a blank question or an
 * empty answer, and the store's {@code STORAGE_FAILURE}.
 */
public final class Corrections {
    private final AnswerBank bank;
    private final ApplicationStore applications;
    private final Clock clock;

    @Inject
    public Corrections(AnswerBank bank, ApplicationStore applications, Clock clock) {
        this.bank = requireNonNull(bank, "bank is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Records the candidate's answer to {@code question}, made while reviewing application
     * {@code applicationId}; returns it as stored.
     */
    public Correction correct(long applicationId, String question, String answer) {
        requireNonNull(question, "question is null");
        requireNonNull(answer, "answer is null");
        if (applications.find(applicationId).isEmpty()) {
            throw new NyxException(ErrorCode.NOT_FOUND, "no application with id " + applicationId
                    + ": give the id 'nyx apply' printed (or 'nyx queue' lists)");
        }
        if (question.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "the question is empty: give it as the form asks it,"
                    + " e.g. \"Are you willing to relocate?\"");
        }
        if (answer.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "the answer to \"" + question.strip() + "\" is empty:"
                    + " give the answer the form should get, e.g. \"Yes\"");
        }
        return bank.add(question.strip(), answer.strip(), Optional.of(applicationId), clock.instant());
    }

    /** Every correction of this question (compared normalised), oldest first. */
    public List<Correction> history(String question) {
        return bank.history(requireNonNull(question, "question is null"));
    }

    /** The newest correction of every question. */
    public List<Correction> latest() {
        return bank.latest();
    }
}
