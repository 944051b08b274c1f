package dev.nyx.core.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.UnansweredQuestion;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Profile;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormStepsTest {
    private static final Profile SAMPLE = new ProfileLoader().load(
            Path.of("..", "nyx-examples", "sample", "profile.yaml"));

    private static JobPosting posting(Optional<String> language) {
        return new JobPosting(PostingKey.of("acme", "1"), URI.create("https://jobs.example.com/1"), "acme",
                "Engineer", "Acme", Optional.empty(), "", Optional.empty(), language, FormSchema.empty());
    }

    @Test
    void should_choose_the_resume_in_the_posting_language_when_there_is_one() {
        assertThat(FormSteps.chooseResume(SAMPLE, posting(Optional.of("de")))).map(Resume::id).contains("de");
    }

    @Test
    void should_choose_the_default_resume_when_no_resume_has_the_posting_language() {
        assertThat(FormSteps.chooseResume(SAMPLE, posting(Optional.of("fr")))).map(Resume::id).contains("en");
        assertThat(FormSteps.chooseResume(SAMPLE, posting(Optional.empty()))).map(Resume::id).contains("en");
    }

    @Test
    void should_name_every_missing_question_and_what_to_do_when_answers_are_missing() {
        List<UnansweredQuestion> missing = List.of(
                new UnansweredQuestion(Question.of("q1", "Why Acme?", QuestionType.LONG_TEXT, true),
                        "no rule or answer-bank entry answers this question", Optional.empty()),
                new UnansweredQuestion(Question.of("q2", "Visa type?", QuestionType.SHORT_TEXT, true),
                        "the profile does not say (visa)", Optional.of("visa")));

        String reason = FormSteps.missingAnswers(missing);

        assertThat(reason).contains("'Why Acme?'").contains("'Visa type?'").contains("nyx.answers");
    }
}
