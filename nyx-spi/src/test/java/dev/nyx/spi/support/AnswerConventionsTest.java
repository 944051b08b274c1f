package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer conventions SchemaFiller applies before it touches the page. */
class AnswerConventionsTest {

    @TempDir
    Path folder;

    @Test
    void should_map_yes_no_words_and_option_values_to_labels_when_choosing() {
        Question yesNo = Question.withOptions("q", "Authorized?", QuestionType.YES_NO, true,
                List.of(new Option("1", "Yes"), new Option("0", "No")));
        assertThat(AnswerConventions.optionText(yesNo, "true")).isEqualTo("Yes");
        assertThat(AnswerConventions.optionText(yesNo, "0")).isEqualTo("No");
        assertThat(AnswerConventions.optionText(yesNo, "no")).isEqualTo("no");
        assertThat(AnswerConventions.optionText(yesNo, "n")).isEqualTo("No");
    }

    @Test
    void should_upload_the_resume_when_the_file_answer_is_its_id_or_the_question_asks_for_a_resume() throws IOException {
        // given
        Resume resume = new Resume("cv-en", Files.writeString(folder.resolve("cv.pdf"), "%PDF"), Optional.empty(), true);
        Path other = Files.writeString(folder.resolve("letter.pdf"), "%PDF");
        Question attachment = Question.of("attachment", "Attachments", QuestionType.FILE, false);
        Question resumeQuestion = Question.of("resume", "Resume/CV", QuestionType.FILE, true);

        // when / then
        assertThat(AnswerConventions.fileFor(attachment, "cv-en", resume)).hasValue(resume.path());
        assertThat(AnswerConventions.fileFor(attachment, other.toString(), resume)).hasValue(other);
        assertThat(AnswerConventions.fileFor(resumeQuestion, "default", resume)).hasValue(resume.path());
        assertThat(AnswerConventions.fileFor(Question.of("cover_letter", "Cover Letter", QuestionType.FILE, false),
                "Dear Acme, hire me.", resume)).isEmpty();
    }
}
