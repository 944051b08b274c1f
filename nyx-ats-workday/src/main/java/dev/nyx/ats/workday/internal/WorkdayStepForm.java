package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Question;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills one step of the Workday apply wizard, whatever its questions (ATS-NOTES 3.3 to 3.5, both UI generations):
 * reads the step's fields generically from its page container ({@link StepReader}), has the host answer them
 * ({@link ApplyContext#answer}) with ids prefixed by the step key ({@code applicationQuestions.primaryQuestionnaire--abc},
 * {@code myInformation.countryDropdown}, {@code myExperience.workExperience-1--location}), and fills each answer with
 * the actions a person takes ({@link StepFieldFiller}). A field that appears only after an answer (a follow-up
 * question) is read and answered in the next round, until no new field shows. On "My Experience" it first adds one
 * panel per job and per school of {@link ApplyContext#experience()} and uploads {@link ApplyContext#resume()}
 * ({@link ExperienceFiller}); panel fields the entry does not give (a job's location) are asked like the rest.
 * A required field the page already shows a value for (a step saved before, Workday's autofill) is asked as
 * optional: an answer replaces the value, none keeps it. Hidden inputs and the {@code beecatcher} honeypot are never
 * touched.
 *
 * <p>The caller (the adapter's step loop) detects the step, then calls {@link #fill}, then clicks Save and Continue.
 * Calling it again on the same step (after a validation error) fills what is missing and keeps what is there.
 * Stateless; use from the thread that drives the page.
 */
public final class WorkdayStepForm {
    /** Rounds of reading after answers before a step that keeps showing new fields counts as broken. */
    private static final int ROUNDS = 6;

    /**
     * What one step's filling did.
     *
     * @param stepKey          the step's key, the prefix of the question ids
     * @param questions        the questions asked, in the order asked
     * @param answers          the answers filled in
     * @param workEntries      the work experience panels filled
     * @param educationEntries the education panels filled
     * @param uploaded         the file names uploaded
     */
    public record StepResult(String stepKey, List<Question> questions, AnswerSet answers, int workEntries,
                             int educationEntries, List<String> uploaded) {
        public StepResult {
            requireNonNull(stepKey, "stepKey is null");
            questions = List.copyOf(questions);
            requireNonNull(answers, "answers is null");
            uploaded = List.copyOf(uploaded);
        }
    }

    private WorkdayStepForm() {
    }

    /**
     * Reads, answers and fills the step shown in {@code container}.
     *
     * @param page      the page the wizard runs in
     * @param container the step's page container ({@code contactInformationPage}, {@code applyFlowMyExpPage}, ...)
     * @param stepKey   the step's key, prefixed to every question id ({@code myInformation})
     * @param context   the application's context: answers, experience, resume, notes
     * @throws NyxException {@link ErrorCode#INPUT_REQUIRED} from {@link ApplyContext#answer} when a required question
     *                      has no answer (nothing more of the step is filled); {@link ErrorCode#FILL_FAILED} naming the
     *                      field when a widget does not take its value; {@link ErrorCode#OPTION_NOT_FOUND} when no
     *                      option fits an answer
     */
    public static StepResult fill(Page page, Locator container, String stepKey, ApplyContext context) {
        requireNonNull(page, "page is null");
        requireNonNull(container, "container is null");
        requireNonNull(stepKey, "stepKey is null");
        requireNonNull(context, "context is null");
        StepFieldFiller filler = new StepFieldFiller(page, context);
        Set<String> handled = new HashSet<>();
        List<String> uploaded = new ArrayList<>();
        ExperienceFiller.Filled experience = ExperienceFiller.fill(page, container, stepKey, context, filler, handled);
        uploaded.addAll(experience.uploaded());
        List<Question> asked = new ArrayList<>();
        Map<String, Answer> filled = new LinkedHashMap<>();
        for (int round = 0; ; round++) {
            List<StepField> fresh = new ArrayList<>();
            for (StepField field : StepReader.scan(container, stepKey)) {
                if (handled.add(field.id())) {
                    fresh.add(field);
                }
            }
            if (fresh.isEmpty()) {
                break;
            }
            if (round >= ROUNDS) {
                throw new NyxException(ErrorCode.FILL_FAILED, "The Workday step " + stepKey + " kept showing new"
                        + " fields after " + ROUNDS + " rounds of answers (last: '" + fresh.get(0).label() + "').");
            }
            fillRound(page, stepKey, context, filler, fresh, asked, filled, uploaded);
        }
        return new StepResult(stepKey, asked, new AnswerSet(List.copyOf(filled.values())), experience.work(),
                experience.education(), uploaded);
    }

    private static void fillRound(Page page, String stepKey, ApplyContext context, StepFieldFiller filler,
                                  List<StepField> fresh, List<Question> asked, Map<String, Answer> filled,
                                  List<String> uploaded) {
        List<StepField> toAsk = new ArrayList<>();
        for (StepField field : fresh) {
            if (field.kind() == StepField.Kind.FILE) {
                filler.uploadResume(field).ifPresent(uploaded::add);
            } else if (!filler.fillKnown(field)) {
                toAsk.add(StepReader.withOptions(page, field, context.stepTimeout()));
            }
        }
        if (toAsk.isEmpty()) {
            return;
        }
        List<Question> questions = toAsk.stream().map(field -> StepFieldFiller.question(stepKey, field)).toList();
        asked.addAll(questions);
        AnswerSet answers = context.answer(questions);
        for (int index = 0; index < toAsk.size(); index++) {
            Question question = questions.get(index);
            Optional<Answer> answer = answers.forQuestion(question.id());
            if (answer.isEmpty() || answer.get().values().isEmpty()) {
                continue;
            }
            try {
                filler.fill(toAsk.get(index), question, answer.get());
            } catch (PlaywrightException e) {
                throw new NyxException(ErrorCode.FILL_FAILED, "The Workday field '" + question.label() + "' on step "
                        + stepKey + " could not be set: " + StepReader.firstLine(e), e);
            }
            filled.put(question.id(), answer.get());
        }
    }
}
