package dev.nyx.testkit.workday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.AnswerEngine;
import dev.nyx.core.answer.AnswerResult;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Answer;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's expected values follow from the profile and its answer rules: the core's answer engine, given
 * each generated field as a question (the candidate's own answers and the rules, no language model, no embeddings),
 * gives the expected value, except where the engine leaves the field to others on purpose: free text for the
 * language model, the signature date (no rule: the adapter signs with today's date), and
 * conditional fields the page does not show (the adapter never fills what is hidden). A checkbox's flag is compared
 * as ticked ("Yes") or not ("No").
 */
class WorkdayVariantsAnswersTest {
    /** Fields the engine leaves to others on purpose (step.field), whatever the seed. */
    private static final Map<String, String> LEFT_TO_OTHERS = Map.of(
            WorkdayVariants.SELF_IDENTIFY + ".dateSignedOn", "no rule: the adapter signs with today's date");

    @TempDir
    Path temp;

    @Test
    void should_give_the_expected_values_when_the_answer_engine_answers_the_generated_fields() {
        // given
        Profile profile = new ProfileLoader().load(WorkdayVariants.writeProfile(temp));
        AnswerEngine engine = new AnswerEngine(Clock.systemUTC());
        List<String> wrong = new ArrayList<>();

        // when
        for (WorkdayVariant variant : LongStream.rangeClosed(1, 100).mapToObj(WorkdayVariants::generate).toList()) {
            PostingContext posting = new PostingContext(Optional.of(countryCode(variant.posting())),
                    Optional.of(variant.tenant().company()), Optional.of(variant.posting().title()), Optional.of("en"));
            for (WorkdayStep step : variant.wizard().steps()) {
                List<Question> questions = step.fields().stream().filter(WorkdayVariantsAnswersTest::engineAnswers)
                        .map(field -> question(step, field)).toList();
                AnswerResult result = engine.answer(new FormSchema(questions), posting, profile);
                for (Question question : questions) {
                    if (LEFT_TO_OTHERS.containsKey(question.id())) {
                        continue;
                    }
                    WorkdayExpected expected = variant.expected().get(question.id());
                    List<String> values = result.answers().answers().stream()
                            .filter(answer -> answer.questionId().equals(question.id())).findFirst()
                            .map(Answer::values).orElse(List.of());
                    if (question.type() == QuestionType.CHECKBOX) {
                        values = values.equals(List.of("Yes")) ? List.of("true") : List.of();
                    }
                    expected.mismatch(values, LocalDate.now()).ifPresent(why -> wrong.add("seed " + variant.seed()
                            + " " + question.id() + ": " + why));
                }
            }
        }

        // then
        assertThat(wrong).isEmpty();
    }

    /** Fields the answer engine answers: not honeypots, not free text, not conditional fields left hidden. */
    private static boolean engineAnswers(WorkdayField field) {
        return field.kind() != WorkdayFieldKind.HIDDEN && field.kind() != WorkdayFieldKind.TEXT_AREA
                && field.shownWhen().isEmpty();
    }

    private static Question question(WorkdayStep step, WorkdayField field) {
        QuestionType type = switch (field.kind()) {
            case TEXT_AREA -> QuestionType.LONG_TEXT;
            case DROPDOWN, RADIO -> field.options().equals(List.of("Yes", "No")) ? QuestionType.YES_NO
                    : QuestionType.SINGLE_SELECT;
            case MULTISELECT, CHECKBOXES -> QuestionType.MULTI_SELECT;
            case CHECKBOX -> QuestionType.CHECKBOX;
            case DATE -> QuestionType.DATE;
            case YEAR -> QuestionType.NUMBER;
            default -> QuestionType.SHORT_TEXT;
        };
        List<Option> options = field.choices().stream().map(choice -> new Option(choice, choice)).toList();
        return new Question(step.key() + "." + field.key(), field.label(), type, field.required(), options,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static String countryCode(WorkdayPosting posting) {
        String location = posting.location();
        return location.endsWith("France") ? "FR" : location.endsWith("Germany") ? "DE"
                : location.endsWith("Kingdom") ? "GB" : "US";
    }
}
