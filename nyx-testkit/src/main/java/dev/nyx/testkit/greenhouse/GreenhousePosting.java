package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A fixture job post on a Greenhouse replica board.
 *
 * @param boardToken      the board ({@code acme} in {@code /acme/jobs/4012345})
 * @param id              the job post id used in URLs
 * @param internalJobId   the job id behind the post
 * @param title           job title (plain text)
 * @param companyName     company name (plain text)
 * @param location        the posting's location name
 * @param descriptionHtml description as HTML (the API escapes it; pages sanitise it)
 * @param updatedAt       last update
 * @param questions       questions in page order: standard fields first, then custom ones
 * @param locationQuestion whether the candidate's location is asked
 * @param eeoc            whether the EEOC section is shown
 * @param open            false for a closed posting
 * @param locationWidget  how the pages render the location question
 * @param education       Greenhouse's education block, when the form has one (pages only; not in the API)
 */
public record GreenhousePosting(String boardToken, long id, long internalJobId, String title, String companyName,
                                String location, String descriptionHtml, OffsetDateTime updatedAt,
                                List<GreenhouseQuestion> questions, LocationQuestion locationQuestion,
                                boolean eeoc, boolean open, LocationWidget locationWidget,
                                Optional<EducationSection> education) {
    public GreenhousePosting {
        requireNonNull(locationWidget, "locationWidget is null");
        requireNonNull(education, "education is null");
        requireNonNull(boardToken, "boardToken is null");
        requireNonNull(title, "title is null");
        requireNonNull(companyName, "companyName is null");
        requireNonNull(location, "location is null");
        requireNonNull(descriptionHtml, "descriptionHtml is null");
        requireNonNull(updatedAt, "updatedAt is null");
        questions = List.copyOf(questions);
        requireNonNull(locationQuestion, "locationQuestion is null");
        if (!boardToken.matches("[a-z0-9-]+")) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "board token '" + boardToken + "' must be lower-case letters, digits and dashes");
        }
    }

    /** A posting with the pages' default location widget and no education block. */
    public GreenhousePosting(String boardToken, long id, long internalJobId, String title, String companyName,
                             String location, String descriptionHtml, OffsetDateTime updatedAt,
                             List<GreenhouseQuestion> questions, LocationQuestion locationQuestion, boolean eeoc,
                             boolean open) {
        this(boardToken, id, internalJobId, title, companyName, location, descriptionHtml, updatedAt, questions,
                locationQuestion, eeoc, open, LocationWidget.DEFAULT, Optional.empty());
    }

    /** The post id as text, as it appears in URLs and {@link dev.nyx.testkit.Submission#postingId()}. */
    public String postingId() {
        return Long.toString(id);
    }

    /** The question that has a field with this API name. */
    public Optional<GreenhouseQuestion> questionFor(String fieldName) {
        return questions.stream()
                .filter(question -> question.fields().stream().anyMatch(field -> field.name().equals(fieldName)))
                .findFirst();
    }

    /** Custom questions ({@code question_{id}}) in order; their index is the classic page's answer index. */
    public List<GreenhouseQuestion> customQuestions() {
        return questions.stream().filter(GreenhouseQuestion::isCustom).toList();
    }
}
