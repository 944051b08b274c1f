package dev.nyx.core.qa;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.qa.internal.Contradictions;
import dev.nyx.core.qa.internal.FieldChecks;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * QA before submit: checks a filled form as the page shows it (the adapter's read-back, not what was
 * meant to be typed) against the questions, the answers and the profile. It finds
 * <ul>
 *   <li>a required field with no answer, or empty on the page ({@link QaFinding.Kind#EMPTY_REQUIRED});</li>
 *   <li>an options question showing something that is not one of its options
 *       ({@link QaFinding.Kind#NOT_AN_OPTION});</li>
 *   <li>a value over the field's declared {@code maxLength}, or cut by the page ({@link QaFinding.Kind#TOO_LONG});</li>
 *   <li>answers contradicting each other or the profile's work authorisation, sponsorship, relocation or
 *       remote preference ({@link QaFinding.Kind#CONTRADICTION});</li>
 *   <li>template placeholders left in ({@code {{company}}}, {@code [Company Name]}, {@code TODO}, ...)
 *       ({@link QaFinding.Kind#PLACEHOLDER}).</li>
 * </ul>
 * Any finding stops the submit: the pipeline records each as an event and moves the application to
 * {@code NEEDS_INPUT} with the reasons, since the candidate can fix them.
 *
 * <p>Called by the pipeline after filling (and again after an LLM review changed answers). Stateless
 * and thread-safe; throws only for null arguments.
 */
public final class FormQa {

    @Inject
    public FormQa() {
        // stateless; injectable so hosts can see it in the assembly
    }

    /**
     * Checks the filled form.
     *
     * @param form    the posting's questions
     * @param answers the answers that were filled
     * @param shown   what the page shows per question id ({@code AtsAdapter#readBack}); empty when the
     *                adapter cannot read back, and then the answers stand in for the page
     * @param profile the candidate's profile (for contradictions)
     * @param posting what is known about the posting (the country authorisation questions mean)
     */
    public QaReport check(FormSchema form, AnswerSet answers, Map<String, List<String>> shown, Profile profile,
                          PostingContext posting) {
        requireNonNull(form, "form is null");
        requireNonNull(answers, "answers is null");
        requireNonNull(shown, "shown is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(posting, "posting is null");
        boolean readsBack = !shown.isEmpty();
        List<QaFinding> findings = new ArrayList<>();
        for (Question question : form.questions()) {
            Optional<Answer> answer = answers.forQuestion(question.id());
            Optional<List<String>> onPage = Optional.ofNullable(shown.get(question.id()));
            Optional<QaFinding> empty = FieldChecks.required(question, answer, onPage, readsBack);
            empty.ifPresent(findings::add);
            if (empty.isEmpty()) {
                FieldChecks.option(question, answer, onPage).ifPresent(findings::add);
            }
            FieldChecks.length(question, answer, onPage).ifPresent(findings::add);
            FieldChecks.placeholder(question, answer, onPage).ifPresent(findings::add);
        }
        findings.addAll(Contradictions.find(form, answers, profile, posting));
        return new QaReport(findings);
    }
}
